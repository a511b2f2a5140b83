package dev.asgsim.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency lines of DESIGN.md: cli -> simulator, aws-adapter -> core, and nothing back. */
@AnalyzeClasses(packages = "dev.asgsim",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /** Test code shared through test-jars (core's fixtures) is not production code either. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
  }

  @ArchTest
  static final ArchRule coreUsesNoAwsSdkCliChartsOrMath = noClasses()
      .that().resideInAPackage("dev.asgsim.core..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "software.amazon..", "picocli..", "org.jfree..", "org.apache.commons.math3..")
      .because("core is the embeddable model: no AWS SDK, CLI, chart or math library (DESIGN.md)");

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule = noClasses()
      .that().resideInAPackage("dev.asgsim.core..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.asgsim.simulator..", "dev.asgsim.aws..", "dev.asgsim.cli..", "dev.asgsim.bench..")
      .because("every module depends on core, core on none of them");

  @ArchTest
  static final ArchRule simulatorDoesNotSeeAwsAdapter = noClasses()
      .that().resideInAPackage("dev.asgsim.simulator..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.asgsim.aws..", "software.amazon..")
      .allowEmptyShould(true)
      .because("simulator and aws-adapter never see each other (DESIGN.md)");

  @ArchTest
  static final ArchRule awsAdapterDoesNotSeeSimulator = noClasses()
      .that().resideInAPackage("dev.asgsim.aws..")
      .should().dependOnClassesThat().resideInAPackage("dev.asgsim.simulator..")
      .allowEmptyShould(true)
      .because("simulator and aws-adapter never see each other (DESIGN.md)");

  @ArchTest
  static final ArchRule simulatorInternalsStayInside = noClasses()
      .that().resideOutsideOfPackages("dev.asgsim.simulator", "dev.asgsim.simulator.internal..")
      .should().dependOnClassesThat().resideInAPackage("dev.asgsim.simulator.internal..")
      .because("the group model is the run loop's internals, not API: callers observe a run through "
          + "SimulationListener and SimulationResult");

  @ArchTest
  static final ArchRule nothingDependsOnCli = noClasses()
      .that().resideOutsideOfPackage("dev.asgsim.cli..")
      .should().dependOnClassesThat().resideInAPackage("dev.asgsim.cli..")
      .because("the CLI is the top of the graph");

  /**
   * One slice per package. The single edge allowed back is the root command ({@code dev.asgsim.cli.Main})
   * registering subcommands that live in subpackages of cli and use its shared helpers.
   */
  @ArchTest
  static final ArchRule noPackageCycles = slices()
      .matching("dev.asgsim.(**)")
      .should().beFreeOfCycles()
      .ignoreDependency(resideInAPackage("dev.asgsim.cli"), resideInAPackage("dev.asgsim.cli.."));
}
