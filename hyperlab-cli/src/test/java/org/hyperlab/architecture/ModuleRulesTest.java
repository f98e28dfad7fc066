package org.hyperlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import org.hyperlab.core.train.Trainer;

/**
 * The module rules of {@code docs/architecture.md}, checked on the main classes of every module (this module's
 * tests see them all). Dependencies point one way: cli → dashboard, bench, report → sweep → core; spark → sweep;
 * only the CLI uses the bench module and nothing uses the CLI.
 */
@AnalyzeClasses(packages = "org.hyperlab",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleRulesTest.DoNotIncludeTestJars.class})
class ModuleRulesTest {
    /**
     * Test classes other modules share through their test-jars (core's fuzz and seed helpers, report's fixtures)
     * are tests too: {@link ImportOption.DoNotIncludeTests} only recognizes {@code target/test-classes}, while a
     * reactor build puts {@code *-tests.jar} on this module's class path.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }

    private static final String CORE = "org.hyperlab.core..";
    private static final String SWEEP = "org.hyperlab.sweep..";
    private static final String REPORT = "org.hyperlab.report..";
    private static final String BENCH = "org.hyperlab.bench..";
    private static final String DASHBOARD = "org.hyperlab.dashboard..";
    private static final String SPARK = "org.hyperlab.spark..";
    private static final String CLI = "org.hyperlab.cli..";
    private static final String TENSOR = "org.hyperlab.core.tensor";

    /** The sweep's immutable trial and study records (and seed derivation), used by its samplers, pruners and storage. */
    /** Every package is its own slice, so a cycle inside a module counts as much as one across modules. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.hyperlab.(**)").should().beFreeOfCycles();

    /**
     * The matrix types and the thread pool sit below every kernel: {@code tensor.storage} and
     * {@code tensor.runtime} use none of the kernel packages, so the kernels may use them without a cycle.
     */
    @ArchTest
    static final ArchRule storageAndRuntimeStandBelowTheKernels = noClasses()
            .that().resideInAnyPackage(TENSOR + ".storage..", TENSOR + ".runtime..")
            .should().dependOnClassesThat().resideInAnyPackage(TENSOR, TENSOR + ".simd..", TENSOR + ".sparse..");

    /** Kernel dispatch has one place: only {@code core.tensor} reaches the SIMD and sparse kernels. */
    @ArchTest
    static final ArchRule kernelSubpackagesOnlyUsedByTheTensorPackage = noClasses()
            .that().resideOutsideOfPackage(TENSOR + "..")
            .should().dependOnClassesThat().resideInAnyPackage(TENSOR + ".simd..", TENSOR + ".sparse..");

    /** Inside the kernel family the SIMD kernels stand below the sparse ones. */
    @ArchTest
    static final ArchRule simdKernelsDoNotUseTheSparseKernels = noClasses().that().resideInAPackage(TENSOR + ".simd..")
            .should().dependOnClassesThat().resideInAPackage(TENSOR + ".sparse..");

    /**
     * Each module uses only the modules below it. Dashboard and spark do not exist yet: their layers are optional,
     * and the rules for them are already in force for when they do.
     */
    @ArchTest
    static final ArchRule modulesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy(CORE)
            .layer("sweep").definedBy(SWEEP)
            .layer("report").definedBy(REPORT)
            .layer("bench").definedBy(BENCH)
            .optionalLayer("dashboard").definedBy(DASHBOARD)
            .optionalLayer("spark").definedBy(SPARK)
            .layer("cli").definedBy(CLI)
            .whereLayer("core").mayNotAccessAnyLayer()
            .whereLayer("sweep").mayOnlyAccessLayers("core")
            .whereLayer("report").mayOnlyAccessLayers("core", "sweep")
            .whereLayer("bench").mayOnlyAccessLayers("core", "sweep", "report")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("dashboard").mayOnlyAccessLayers("core", "sweep")
            .whereLayer("spark").mayOnlyAccessLayers("core", "sweep")
            .whereLayer("spark").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyAccessLayers("core", "sweep", "report", "bench", "dashboard")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer();

    /** Spark stays in its own module, so the CLI (and the quick start) never needs it. */
    @ArchTest
    static final ArchRule sparkOnlyInTheSparkModule = noClasses().that().resideOutsideOfPackage(SPARK)
            .should().dependOnClassesThat().resideInAPackage("org.apache.spark..");

    /** Layers reach the kernels through {@code core.tensor}, which alone picks a sparse product. */
    @ArchTest
    static final ArchRule layersDoNotUseTheSparseKernels = noClasses().that().resideInAPackage("org.hyperlab.core.nn..")
            .should().dependOnClassesThat().resideInAPackage(TENSOR + ".sparse..");

    /** A training run is assembled in one place: the training-run API builds every {@link Trainer}. */
    @ArchTest
    static final ArchRule trainersAreBuiltByTheTrainingRunApi = constructors().that().areDeclaredIn(Trainer.class)
            .should().onlyBeCalled().byClassesThat().resideInAPackage("org.hyperlab.core.run");
}
