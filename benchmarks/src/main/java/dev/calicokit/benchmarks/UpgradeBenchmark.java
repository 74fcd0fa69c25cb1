package dev.calicokit.benchmarks;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.Inference;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.ManifestUpgrade;
import dev.calicokit.model.diff.ManifestDiff;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
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
 * Infer, upgrade and diff of a hand-edited copy of an official calico.yaml ({@code -p file=PATH}), made
 * in code as people edit theirs: the pool CIDR set, an env var of their own with a comment, the MTU
 * changed, a comment on the ConfigMap; and the render of the options inferred, which upgrade and infer
 * both do, as the measure they are read against. The manifests are read once, in set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UpgradeBenchmark {
  @Param("")
  public String file;

  /** The release to upgrade to; an older one is a downgrade, allowed. */
  @Param("v3.32.1")
  public String to;

  private Manifest official;
  private Manifest edited;
  private ManifestOptions options;
  private CalicoRelease target;

  @Setup
  public void load() throws IOException {
    if (file.isEmpty()) {
      throw new IllegalArgumentException("give the manifest with -p file=PATH");
    }
    official = Manifest.read(Files.readAllBytes(Paths.get(file)));
    String text = official
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR", "10.48.0.0/16")
        .withEnv("calico-node", "calico-node", "HTTP_PROXY", "http://proxy.example.com:3128")
        .withConfigMapEntry("calico-config", "veth_mtu", "1410")
        .toYaml()
        .replaceFirst("\n( *)- name: HTTP_PROXY\n", "\n$1# the proxy of the lab\n$1- name: HTTP_PROXY\n")
        .replaceFirst("\n  veth_mtu: ", "\n  # jumbo frames on the underlay\n  veth_mtu: ");
    edited = Manifest.read(text);
    options = ManifestOptions.infer(edited).options();
    target = CalicoRelease.parse(to);
  }

  /** The options and residue of the edited file. */
  @Benchmark
  public Inference infer() {
    return ManifestOptions.infer(edited);
  }

  /** The edited file at {@code to}: infer, render, the residue replayed, the comments carried. */
  @Benchmark
  public ManifestUpgrade upgrade() {
    return ManifestUpgrade.to(edited, target, true);
  }

  /** The official file against the edited one, field by field. */
  @Benchmark
  public ManifestDiff diff() {
    return ManifestDiff.between(official, edited);
  }

  /** The measure: the render of the options inferred, once. */
  @Benchmark
  public Manifest render() {
    return CalicoManifest.render(options);
  }
}
