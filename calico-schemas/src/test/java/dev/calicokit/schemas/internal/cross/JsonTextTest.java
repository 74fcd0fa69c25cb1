package dev.calicokit.schemas.internal.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.model.testing.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON text reads into the tree ObjectMapper.readTree gives, and fails where it fails. */
class JsonTextTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theCniConfigurationsOfTheReferenceManifestsReadAsTheMapperReadsThem() throws JsonProcessingException {
    int configs = 0;
    for (Path file : ReferenceData.manifestFiles(ReferenceData.newestPatchDirs())) {
      for (JsonNode doc : ReferenceData.documents(file)) {
        JsonNode cni = doc.path("data").path("cni_network_config");
        if (cni.isTextual()) {
          String filled = cni.asText().replaceAll("(?<![\"A-Za-z0-9_])__[A-Z0-9_]+__(?![\"A-Za-z0-9_])", "0");
          assertThat(JsonText.read(filled)).as(file.toString()).isEqualTo(MAPPER.readTree(filled));
          configs++;
        }
      }
    }
    assertThat(configs).isGreaterThan(50);
  }

  @Test
  void scalarsDuplicatesTrailingTextAndEmptyTextReadAsTheMapperReadsThem() throws JsonProcessingException {
    for (String text : List.of("{\"a\": 1, \"b\": 3000000000, \"c\": 123456789012345678901234567890, \"d\": 1.5e3}",
        "{\"a\": 1, \"a\": 2}", "[true, false, null, \"x\", [], {}]", "{\"a\": 1} trailing", "", "   ", "7", "\"text\"")) {
      assertThat(JsonText.read(text)).as(text).isEqualTo(MAPPER.readTree(text));
    }
  }

  @Test
  void whatIsNotJsonFailsAsTheMapperFails() {
    for (String text : List.of("{\"a\": }", "{a: 1}", "[1, 2", "{\"mtu\": __CNI_MTU__}")) {
      assertThatThrownBy(() -> MAPPER.readTree(text)).isInstanceOf(JsonProcessingException.class);
      assertThatThrownBy(() -> JsonText.read(text)).as(text).isInstanceOf(JsonProcessingException.class);
    }
  }
}
