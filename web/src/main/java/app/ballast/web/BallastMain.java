package app.ballast.web;

import app.ballast.web.db.DatabaseBootstrap;
import app.ballast.web.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Optional;

/** Starts the embedded database when no external one is configured, then Quarkus. */
@QuarkusMain
public class BallastMain {

    public static void main(String... args) {
        Optional<EmbeddedDatabase> embedded = DatabaseBootstrap.startUnlessConfigured();
        try {
            Quarkus.run(args);
        } finally {
            embedded.ifPresent(EmbeddedDatabase::close);
        }
    }
}
