package app.ballast.web.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The {@link OpsMessages} of the current request, for the texts the notifications, prices and jobs pages
 * compose in Java (notices, field errors, ages); English outside a request. Their own bundle rather than
 * {@link Messages}, which is near the 200 messages a bundle may hold (docs/i18n.md).
 */
public final class OpsPageMessages {

    private OpsPageMessages() {
    }

    public static OpsMessages current() {
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<RequestLanguage> language = Arc.container().instance(RequestLanguage.class)) {
                if (language.isAvailable() && language.get().chinese()) {
                    return MessageBundles.get(OpsMessages.class, Localized.Literal.of("zh-CN"));
                }
            }
        }
        return MessageBundles.get(OpsMessages.class);
    }
}
