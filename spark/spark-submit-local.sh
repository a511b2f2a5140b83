#!/usr/bin/env bash
# spark-submit without a Spark distribution, for trying asgsim-spark.jar on one machine. No Spark distribution is
# served by Maven Central, but Spark's jars are: this lays spark-core 3.5.9 and its dependencies (rocksdbjni left
# out) out as SPARK_HOME/jars, then does what bin/spark-submit -> bin/spark-class do: asks Spark's own launcher
# (org.apache.spark.launcher.Main) for the java command of org.apache.spark.deploy.SparkSubmit, and runs it.
# On a cluster, use the cluster's spark-submit instead (spark/README.md).
#
#   spark/spark-submit-local.sh [--scala 2.13|2.12] SPARK-SUBMIT-ARGUMENTS...
#   spark/spark-submit-local.sh --master 'local[2]' --class dev.asgsim.spark.SparkSweepMain \
#       spark/target/asgsim-spark.jar examples/sweeps/sweep-policies.yaml --out out/policies-spark
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scala=2.13
if [ "${1:-}" = "--scala" ]; then
  scala="$2"
  shift 2
fi
case "$scala" in 2.12|2.13) ;; *) echo "spark-submit-local: --scala is 2.12 or 2.13, not $scala" >&2; exit 2 ;; esac
home="$here/target/spark-3.5.9-scala$scala"

if [ ! -f "$home/RELEASE" ]; then
  echo "spark-submit-local: fetching Spark 3.5.9 (Scala $scala) jars from Maven Central into $home/jars ..." >&2
  mkdir -p "$home"
  cat > "$home/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.asgsim.local</groupId>
  <artifactId>spark-home</artifactId>
  <version>1</version>
  <dependencyManagement>
    <dependencies>
      <!-- What Spark 3.5's distribution ships; Maven's nearest-wins would pick a 1.7 API beside its 2.x binding. -->
      <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.7</version></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId>
      <artifactId>spark-core_$scala</artifactId>
      <version>3.5.9</version>
      <exclusions><exclusion><groupId>org.rocksdb</groupId><artifactId>rocksdbjni</artifactId></exclusion></exclusions>
    </dependency>
  </dependencies>
</project>
POM
  (cd "$home" && mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy-dependencies \
      -DoutputDirectory=jars >&2)
  touch "$home/RELEASE" # the launcher takes SPARK_HOME/jars as the class path of a release
fi

export SPARK_HOME="$home" SPARK_SCALA_VERSION="$scala"
# The launcher prints the command as NUL-separated words, then its own exit code (as bin/spark-class reads it).
cmd=()
while IFS= read -r -d '' word; do
  word="${word#$'\n'}"
  [ -n "$word" ] && cmd+=("$word")
done < <(java -Xmx128m -cp "$home/jars/*" org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit "$@";
         printf '%d\0' $?)
code="${cmd[${#cmd[@]}-1]}"
unset 'cmd[${#cmd[@]}-1]'
if [ "$code" != 0 ]; then
  exit "$code"
fi
exec "${cmd[@]}"
