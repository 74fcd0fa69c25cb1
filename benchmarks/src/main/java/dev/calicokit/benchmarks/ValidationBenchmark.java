package dev.calicokit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
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
 * Validating a whole manifest (every layer: structure, CEL, Calico's rules, across documents) beside
 * the floor of reading the same text as plain Jackson trees, in the same run. The manifest is either a
 * file ({@code -p file=PATH}) or, with {@code -p policies=N}, N varied policies from {@link PolicyCorpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {
  @Param("")
  public String file;

  @Param("0")
  public int policies;

  private final Validator validator = Validator.detectingRelease();
  private String text;

  @Setup
  public void load() throws IOException {
    if (policies > 0) {
      text = PolicyCorpus.yaml(policies);
    } else if (!file.isEmpty()) {
      text = Files.readString(Paths.get(file));
    } else {
      throw new IllegalArgumentException("give -p file=PATH or -p policies=N");
    }
    ValidationReport first = validator.validate(text);
    if (first.hasErrors()) {
      throw new IllegalStateException("the benchmark input has errors:\n" + first.toText());
    }
  }

  /** The floor: the text as plain Jackson trees. */
  @Benchmark
  public List<JsonNode> treeRead() throws IOException {
    return PlainTrees.read(text);
  }

  /** Reading and validating the text with every layer; schemas and CEL programs are already built. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(text);
  }
}
