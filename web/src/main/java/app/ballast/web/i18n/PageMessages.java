package app.ballast.web.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The messages of the current request for static helpers of the pages (field errors of the forms);
 * English outside a request.
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static Messages current() {
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<RequestLanguage> language = Arc.container().instance(RequestLanguage.class)) {
                if (language.isAvailable()) {
                    return language.get().messages();
                }
            }
        }
        return MessageBundles.get(Messages.class);
    }
}
