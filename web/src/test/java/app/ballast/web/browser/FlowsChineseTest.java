package app.ballast.web.browser;

import io.quarkus.test.junit.QuarkusTest;

/** The main flows in a Chinese browser (zh-CN): the same steps as {@link FlowsEnglishTest}, every text in Chinese. */
@QuarkusTest
class FlowsChineseTest extends FlowsTest {

    @Override
    String language() {
        return "zh-CN";
    }
}
