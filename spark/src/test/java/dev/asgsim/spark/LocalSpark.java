package dev.asgsim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One in-process Spark ({@code local[2]}) shared by every test of the module: starting one costs seconds. Loopback
 * only, no UI; Spark's own shutdown hook stops it when the test JVM exits.
 */
final class LocalSpark {
  private static JavaSparkContext context;

  private LocalSpark() {}

  static synchronized JavaSparkContext context() {
    if (context == null) {
      context = new JavaSparkContext(new SparkConf()
          .setMaster("local[2]")
          .setAppName("asgsim-spark tests")
          .set("spark.driver.host", "127.0.0.1")
          .set("spark.driver.bindAddress", "127.0.0.1")
          .set("spark.ui.enabled", "false")
          .set("spark.ui.showConsoleProgress", "false"));
    }
    return context;
  }
}
