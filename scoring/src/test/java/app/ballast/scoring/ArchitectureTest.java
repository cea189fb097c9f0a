package app.ballast.scoring;

import app.ballast.domain.MarketDay;
import app.ballast.domain.scoring.ScoreCard;
import app.ballast.scoring.archfixture.UsesFramework;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Domain and scoring stay plain Java: no framework, persistence or web types (as portfolio's test checks too);
 * and domain's base types do not reach up into {@code domain.scoring}.
 */
class ArchitectureTest {

    static final ArchRule PLAIN_JAVA = noClasses()
            .that().resideInAnyPackage("app.ballast.domain..", "app.ballast.scoring..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta..", "javax.persistence..", "org.hibernate..", "io.vertx..",
                    "io.smallrye..");

    @Test
    void domainAndScoringDependOnNoFramework() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.ballast.domain", "app.ballast.scoring");

        assertTrue(classes.contain(ScoreCalculator.class), "scoring classes were imported");
        assertTrue(classes.contain(ScoreCard.class), "domain classes were imported");
        PLAIN_JAVA.check(classes);
    }

    /** The base value types (market day, ledger, tokenomics input) are below the score card, not beside it. */
    static final ArchRule BASE_TYPES_BELOW_SCORING = noClasses()
            .that().resideInAnyPackage("app.ballast.domain", "app.ballast.domain.tokenomics")
            .should().dependOnClassesThat().resideInAPackage("app.ballast.domain.scoring..");

    @Test
    void domainsBaseTypesNeedNothingFromDomainScoring() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.ballast.domain");

        assertTrue(classes.contain(MarketDay.class), "the base types were imported");
        BASE_TYPES_BELOW_SCORING.check(classes);
    }

    @Test
    void theRuleRejectsAClassThatUsesTheFramework() {
        JavaClasses fixture = new ClassFileImporter().importClasses(UsesFramework.class);

        assertTrue(PLAIN_JAVA.evaluate(fixture).hasViolation(), "a dependency on io.quarkus must be a violation");
    }
}
