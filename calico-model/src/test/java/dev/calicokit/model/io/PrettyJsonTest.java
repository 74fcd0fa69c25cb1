package dev.calicokit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@link PrettyJson}: two spaces per level for objects and arrays, LF only, one final newline. */
class PrettyJsonTest {
  @Test
  void objectsAndArraysAreIndentedAlikeWithLineFeeds() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("kind", "IPPool");
    tree.putArray("uses").add("Workload").add(1);
    tree.putObject("empty");
    assertThat(PrettyJson.write(tree)).isEqualTo(
        "{\n  \"kind\" : \"IPPool\",\n  \"uses\" : [\n    \"Workload\",\n    1\n  ],\n  \"empty\" : { }\n}\n");
  }
}
