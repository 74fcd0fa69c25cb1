package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaBaseTest {
  @Test
  void aUrlIsKeptWithTheCatalogFileAppended() {
    SchemaBase base = SchemaBase.parse("https://example.com/schemas/");
    assertThat(base.isFolder()).isFalse();
    assertThat(base.holds("projectcalico.org/ippool_v3.json")).isTrue();
    assertThat(base.location("projectcalico.org/ippool_v3.json", Path.of("/anywhere")))
        .isEqualTo("https://example.com/schemas/projectcalico.org/ippool_v3.json");
    assertThat(SchemaBase.parse("file:///srv/schemas").location("a/b.json", Path.of("/x"))).isEqualTo("file:///srv/schemas/a/b.json");
  }

  @Test
  void aFolderIsNamedFromTheFormattedFilesFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("schemas/projectcalico.org"));
    Files.writeString(dir.resolve("schemas/projectcalico.org/ippool_v3.json"), "{}");
    SchemaBase base = SchemaBase.parse(dir.resolve("schemas").toString());
    assertThat(base.isFolder()).isTrue();
    assertThat(base.holds("projectcalico.org/ippool_v3.json")).isTrue();
    assertThat(base.holds("projectcalico.org/tier_v3.json")).isFalse();
    assertThat(base.location("projectcalico.org/ippool_v3.json", dir)).isEqualTo("schemas/projectcalico.org/ippool_v3.json");
    assertThat(base.location("projectcalico.org/ippool_v3.json", dir.resolve("k8s/./prod")))
        .isEqualTo("../../schemas/projectcalico.org/ippool_v3.json");
  }

  @Test
  void aMissingFolderOrOneWithWhiteSpaceOnTheWayIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> SchemaBase.parse(dir.resolve("nope").toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such folder").hasMessageContaining("calico schema");
    assertThatThrownBy(() -> SchemaBase.parse(" ")).hasMessageContaining("expected a URL or a folder");
    SchemaBase spaced = SchemaBase.parse(Files.createDirectories(dir.resolve("my schemas")).toString());
    assertThatThrownBy(() -> spaced.location("a/b.json", dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("white space");
  }
}
