package dev.asgsim.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Spark, Scala and Hadoop stay in this module: core and simulator (and so the CLI) never see them (issue 16). */
@AnalyzeClasses(packages = "dev.asgsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlySparkSeesSpark = noClasses()
      .that().resideOutsideOfPackage("dev.asgsim.spark..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
      .because("core, simulator and the CLI stay Spark-free; the spark module is the only door to a cluster");

  @ArchTest
  static final ArchRule sparkModuleSeesSimulatorAndCoreOnly = noClasses()
      .that().resideInAPackage("dev.asgsim.spark..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.asgsim.cli..", "dev.asgsim.aws..")
      .because("the spark module runs sweeps: it needs the simulator, not the CLI or the AWS adapter");

  /** Keeps the first rule honest: the import holds the simulator's classes, and this module's do use Spark. */
  @ArchTest
  static final ArchRule theExecutionUsesSpark = classes()
      .that().haveSimpleName("SparkExecution")
      .should().dependOnClassesThat().resideInAPackage("org.apache.spark..");
}
