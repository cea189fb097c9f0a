package app.ballast.web.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every template rendered during a request the request's language, in one place, so that no page
 * class has to: {@code {msg:…}} expressions then resolve in that language (outside a request, English).
 */
@ApplicationScoped
public class TemplateLocale {

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(TemplateLocale::apply);
    }

    static void apply(TemplateInstance instance) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<RequestLanguage> language = Arc.container().instance(RequestLanguage.class)) {
            if (language.isAvailable()) {
                instance.setLocale(language.get().locale());
            }
        } catch (RuntimeException noHttpRequest) {
            // a request context without an HTTP request (a test method, an event): the template's own locale
        }
    }
}
