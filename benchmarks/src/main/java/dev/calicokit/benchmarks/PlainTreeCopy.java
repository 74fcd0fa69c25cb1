package dev.calicokit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The whole-process floor for {@code calico render} and {@code calico fmt}: a program that only reads a
 * manifest as plain Jackson trees and writes them back as YAML to standard output. Time it as a process
 * beside the CLI: {@code java -cp benchmarks/target/benchmarks.jar dev.calicokit.benchmarks.PlainTreeCopy FILE}.
 */
public final class PlainTreeCopy {
  private PlainTreeCopy() {}

  /** Copies the manifest {@code args[0]} to standard output through plain trees. */
  public static void main(String[] args) throws IOException {
    ObjectMapper yaml = new YAMLMapper();
    OutputStream out = System.out;
    try (MappingIterator<JsonNode> it = yaml.readerFor(JsonNode.class).readValues(Files.readAllBytes(Paths.get(args[0])))) {
      while (it.hasNextValue()) {
        out.write(yaml.writeValueAsBytes(it.nextValue()));
      }
    }
    out.flush();
  }
}
