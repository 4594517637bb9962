package io.kumofleet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the main code (DESIGN.md section 4): {@code cli}, {@code rest} -> {@code fleet}
 * -> ({@code fanout}, {@code kumo}, {@code metrics}, {@code store}); {@code schedule} -> {@code fleet},
 * {@code store}; {@code kumod} and {@code text} import nothing of the project; {@code metrics} does no
 * I/O; only the serve and simulate wiring imports {@code sim}; no package cycles.
 */
class ArchitectureTest {

    private static final String ROOT = "io.kumofleet";

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersDependDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("entry").definedBy(ROOT)
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("rest").definedBy(ROOT + ".rest..")
                .layer("schedule").definedBy(ROOT + ".schedule..")
                .layer("fleet").definedBy(ROOT + ".fleet..")
                .layer("security").definedBy(ROOT + ".security..")
                .layer("engine").definedBy(ROOT + ".fanout..", ROOT + ".kumo..", ROOT + ".metrics..",
                        ROOT + ".store..", ROOT + ".dns..")
                .layer("simulator").definedBy(ROOT + ".sim..")
                .layer("config").definedBy(ROOT + ".config..")
                .layer("vocabulary").definedBy(ROOT + ".kumod..", ROOT + ".text..")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("entry")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("schedule").mayOnlyBeAccessedByLayers("rest")
                .whereLayer("fleet").mayOnlyBeAccessedByLayers("cli", "rest", "schedule")
                .whereLayer("security").mayOnlyBeAccessedByLayers("rest", "fleet", "schedule")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "rest", "schedule", "fleet", "engine", "simulator")
                .whereLayer("simulator").mayOnlyBeAccessedByLayers("cli")
                .check(main);
    }

    @Test
    void fanoutKumoMetricsAndStoreNeverReachUpwards() {
        noClasses().that().resideInAnyPackage(ROOT + ".fanout..", ROOT + ".kumo..", ROOT + ".metrics..",
                        ROOT + ".store..", ROOT + ".dns..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".fleet..", ROOT + ".schedule..",
                        ROOT + ".rest..", ROOT + ".cli..", ROOT + ".security..", ROOT + ".sim..")
                .check(main);
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".fanout..", ROOT + ".kumo..",
                        ROOT + ".metrics..")
                .check(main);
        noClasses().that().resideInAnyPackage(ROOT + ".metrics..", ROOT + ".kumo..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".fanout..", ROOT + ".store..")
                .check(main);
    }

    @Test
    void kumodAndTextImportNothingOfTheProject() {
        noClasses().that().resideInAPackage(ROOT + ".kumod..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".kumod..", "java..", "io.netty.util..")
                .check(main);
        noClasses().that().resideInAPackage(ROOT + ".text..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".text..", "java..")
                .check(main);
    }

    @Test
    void metricsDoesNoIo() {
        noClasses().that().resideInAPackage(ROOT + ".metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..",
                        "java.nio.channels..", "java.net..", "io.vertx..", "io.netty..", "io.smallrye.mutiny..",
                        "jakarta.ws.rs..", "org.eclipse.microprofile.rest.client..")
                .check(main);
    }

    @Test
    void onlyTheServeAndSimulateWiringImportsTheSimulator() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".sim..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".cli.SimulateCommand")
                .and().doNotHaveFullyQualifiedName(ROOT + ".cli.EmbeddedSimulatorNodes")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".sim..")
                .check(main);
    }

    @Test
    void theSimulatorSharesOnlyKumodsWireTypesAndVocabulary() {
        noClasses().that().resideInAPackage(ROOT + ".sim..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".fanout..", ROOT + ".metrics..",
                        ROOT + ".store..", ROOT + ".dns..", ROOT + ".text..")
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".kumo")
                .check(main);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }
}
