package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.testing.ReferenceData;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The walk's count equals the bytes of Jackson's compact JSON with Go's extra escapes counted, and
 * counts a character beyond the BMP as Go writes it.
 */
class GoJsonSizeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the walk must give: the JSON written, then Go's escapes that Jackson does not make. */
  private static long written(JsonNode tree) throws JsonProcessingException {
    byte[] json = JSON.writeValueAsBytes(tree);
    long n = json.length;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (b == '<' || b == '>' || b == '&') {
        n += 5;
      } else if (b == (byte) 0xE2 && i + 2 < json.length && json[i + 1] == (byte) 0x80
          && (json[i + 2] == (byte) 0xA8 || json[i + 2] == (byte) 0xA9)) {
        n += 3;
      }
    }
    return n;
  }

  @Test
  void everyDocumentOfTheNewestReferenceFilesCountsAsWritten() throws JsonProcessingException {
    int documents = 0;
    for (Path file : ReferenceData.manifestFiles(ReferenceData.releaseDirs())) {
      if (!file.toString().contains("v3.32.1") && !file.toString().contains("v3.24.0")) {
        continue; // the oldest and the newest release: all shapes, a tenth of the time
      }
      for (JsonNode doc : ReferenceData.documents(file)) {
        assertThat(GoJsonSize.of(doc)).as(file + " document " + documents).isEqualTo(written(doc));
        documents++;
      }
    }
    assertThat(documents).isGreaterThan(500);
  }

  @Test
  void escapesScalarsAndEmptyContainersCountAsWritten() throws JsonProcessingException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode tree = f.objectNode()
        .put("html", "<&>")
        .put("separators", "\u2028\u2029")
        .put("quotes", "\"\\/")
        .put("controls", "\b\t\n\f\r\u0000\u001f\u007f")
        .put("scripts", "é€")
        .put("int", 42).put("negative", -7L).put("double", 0.1).put("exponent", 1.0e-12)
        .put("nan", Double.NaN).put("infinity", Double.NEGATIVE_INFINITY)
        .put("decimal", new BigDecimal("1E+3")).put("big", new BigInteger("123456789012345678901234567890"))
        .put("yes", true).put("no", false).putNull("nothing");
    tree.putObject("empty");
    tree.putArray("none");
    tree.putArray("list").add(1).add("two").addObject().put("three", 3);
    tree.put("binary", new byte[] {1, 2, 3, 4});
    assertThat(GoJsonSize.of(tree)).isEqualTo(written(tree));
    // Beyond the BMP, Go writes the character's four UTF-8 bytes where Jackson writes two \\u escapes.
    assertThat(GoJsonSize.of(f.textNode("😀"))).isEqualTo(2 + 4);
    assertThat(GoJsonSize.of(f.objectNode().put("a", "<&>\u2028")))
        .isEqualTo("{\"a\":\"\\u003c\\u0026\\u003e\\u2028\"}".length());
  }
}
