package dev.calicokit.benchmarks;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.policy.Cluster;
import dev.calicokit.policy.ConnectivityReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The connectivity listing of {@link ClusterCorpus}'s cluster (500 workloads and 2,000 policies by
 * default): reading the documents into a {@link Cluster} and listing every allowed pair, each measured
 * from a fresh cluster so that no cache of an earlier listing is reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConnectivityBenchmark {
  @Param("500")
  public int workloads;

  @Param("2000")
  public int policies;

  private Manifest manifest;

  @Setup
  public void load() {
    manifest = Manifest.read(ClusterCorpus.yaml(workloads, policies));
  }

  /** The documents into a cluster: workloads, profiles, policies converted and sorted. */
  @Benchmark
  public Cluster build() {
    return Cluster.of(manifest);
  }

  /** Build and list every allowed connection. */
  @Benchmark
  public ConnectivityReport buildAndList() {
    return Cluster.of(manifest).connectivity();
  }
}
