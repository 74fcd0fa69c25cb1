package dev.calicokit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The floor every benchmark compares with: YAML documents read as plain Jackson trees, nothing more. */
final class PlainTrees {
  static final ObjectMapper YAML = new YAMLMapper();

  private PlainTrees() {}

  /** Every document of a YAML text as a tree. */
  static List<JsonNode> read(String yaml) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNextValue()) {
        out.add(it.nextValue());
      }
    }
    return out;
  }
}
