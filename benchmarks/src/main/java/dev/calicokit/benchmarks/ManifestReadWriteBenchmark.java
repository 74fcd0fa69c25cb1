package dev.calicokit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
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
 * Reading and writing a whole manifest through the typed {@link Manifest} (every document bound to
 * its typed class on read), beside the floor of reading and writing the same file as plain Jackson
 * trees, in the same run. The file is given with {@code -p file=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ManifestReadWriteBenchmark {
  @Param("")
  public String file;

  private String text;
  private List<JsonNode> trees;
  private Manifest manifest;

  @Setup
  public void load() throws IOException {
    if (file.isEmpty()) {
      throw new IllegalArgumentException("give the manifest with -p file=PATH");
    }
    text = Files.readString(Paths.get(file));
    trees = treeRead();
    manifest = Manifest.read(text);
  }

  /** The floor: the file as plain Jackson trees. */
  @Benchmark
  public List<JsonNode> treeRead() throws IOException {
    return PlainTrees.read(text);
  }

  /**
   * The file read into the typed manifest: every document typed and checked against its type (built-in
   * kinds as the tree their fabric8 object writes, bound to it on first use; Calico kinds bound).
   */
  @Benchmark
  public Manifest typedRead() {
    return Manifest.read(text);
  }

  /** The file read into the typed manifest, and every built-in document bound to its fabric8 object. */
  @Benchmark
  public int typedReadAndBind() {
    int bound = 0;
    for (ManifestDocument d : Manifest.read(text).documents()) {
      bound += d.as(HasMetadata.class).isPresent() ? 1 : 0;
    }
    return bound;
  }

  /** The floor: plain Jackson trees written as YAML documents. */
  @Benchmark
  public String treeWrite() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (JsonNode t : trees) {
      sb.append(PlainTrees.YAML.writeValueAsString(t));
    }
    return sb.toString();
  }

  /** The typed manifest written in canonical form. */
  @Benchmark
  public String typedWrite() {
    return manifest.toYaml();
  }
}
