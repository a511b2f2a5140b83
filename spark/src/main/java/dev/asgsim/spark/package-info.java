/**
 * Sweeps on Apache Spark: the same sweep file, the same {@code Sweep}, the same outputs as {@code asgsim sweep}, with
 * the simulations spread over a cluster's executors ({@link dev.asgsim.spark.SparkExecution}). The driver reads the
 * inputs (from any Hadoop file system), makes every request and assembles every row; executors only simulate. The
 * only module that sees Spark or Hadoop.
 */
package dev.asgsim.spark;
