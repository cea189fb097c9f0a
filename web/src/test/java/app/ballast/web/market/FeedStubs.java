package app.ballast.web.market;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the feed stub for every {@code @QuarkusTest} of the module (one server for the whole run). */
@QuarkusTestResource(value = FeedStubResource.class, restrictToAnnotatedClass = false)
public final class FeedStubs {
    private FeedStubs() {
    }
}
