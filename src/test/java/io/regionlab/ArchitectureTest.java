package io.regionlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md that the compiler cannot check. */
@AnalyzeClasses(packages = "io.regionlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * A feature's core (model, rules, writers, scoring, scheduling) lives in
     * {@code io.regionlab.<feature>.core}; today that is {@code exam.core}, and topology, review and
     * generate join by putting their cores in {@code topology.core}, {@code review.core} and
     * {@code generate.core}, with nothing to change here. A feature whose whole package is core
     * (no edges at all) joins by adding its package, e.g. {@code "io.regionlab.topology.."}.
     */
    private static final String[] CORE = {"io.regionlab.*.core.."};

    @ArchTest
    static final ArchRule coresUseNoFramework = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta..", "org.hibernate..", "io.vertx..", "io.smallrye..",
                    "software.amazon..", "org.eclipse.microprofile..")
            .because("the core is plain Java, unit-tested without starting anything");

    @ArchTest
    static final ArchRule examStandsAlone = noClasses().that().resideInAPackage("io.regionlab.exam..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.regionlab.topology..", "io.regionlab.review..", "io.regionlab.generate..", "io.regionlab.deploy..")
            .because("a review finding names the questions that teach it by id, not by import")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnDeploy = noClasses().that().resideOutsideOfPackage("io.regionlab.deploy..")
            .should().dependOnClassesThat().resideInAPackage("io.regionlab.deploy..")
            .because("deploy uses generate and topology; nothing points back")
            .allowEmptyShould(true);
}
