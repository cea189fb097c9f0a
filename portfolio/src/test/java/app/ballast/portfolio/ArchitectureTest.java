package app.ballast.portfolio;

import app.ballast.domain.LedgerEntry;
import app.ballast.portfolio.archfixture.UsesFramework;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain, scoring and portfolio stay plain Java: no framework, persistence or web types. */
class ArchitectureTest {

    static final ArchRule PLAIN_JAVA = noClasses()
            .that().resideInAnyPackage("app.ballast.domain..", "app.ballast.scoring..", "app.ballast.portfolio..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta..", "javax.persistence..", "org.hibernate..", "io.vertx..",
                    "io.smallrye..");

    @Test
    void domainScoringAndPortfolioDependOnNoFramework() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.ballast");

        assertTrue(classes.contain(HoldingsCalculator.class), "portfolio classes were imported");
        assertTrue(classes.contain(LedgerEntry.class), "domain classes were imported");
        PLAIN_JAVA.check(classes);
    }

    @Test
    void theRuleRejectsAClassThatUsesTheFramework() {
        JavaClasses fixture = new ClassFileImporter().importClasses(UsesFramework.class);

        EvaluationResult result = PLAIN_JAVA.evaluate(fixture);

        assertTrue(result.hasViolation(), "a dependency on io.quarkus must be a violation");
    }
}
