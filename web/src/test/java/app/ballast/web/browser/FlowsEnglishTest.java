package app.ballast.web.browser;

import io.quarkus.test.junit.QuarkusTest;

/** The main flows in an English browser (en-US): see {@link FlowsTest}. */
@QuarkusTest
class FlowsEnglishTest extends FlowsTest {
}
