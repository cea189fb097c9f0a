package app.ballast.web.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database for every {@code @QuarkusTest} of the module (one server for the whole run). */
@QuarkusTestResource(value = EmbeddedDatabaseResource.class, restrictToAnnotatedClass = false)
public final class DatabaseTestResource {
    private DatabaseTestResource() {
    }
}
