package app.ballast.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Ballast's own settings (prefix {@code ballast}). */
@ConfigMapping(prefix = "ballast")
public interface BallastConfig {

    /** True when BallastMain started the embedded MariaDB (set by it, not by hand). */
    @WithDefault("false")
    boolean embedded();

    Signup signup();

    Demo demo();

    interface Signup {
        /** Whether new users may sign up on the page and by {@code POST /api/signup}. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Demo {
        /** Create the demo user and portfolio; unset means "only on the embedded database". */
        Optional<Boolean> enabled();

        @WithDefault("demo")
        String username();

        @WithDefault("demo")
        String password();
    }

    default boolean demoEnabled() {
        return demo().enabled().orElse(embedded());
    }
}
