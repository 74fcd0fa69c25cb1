package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own realistic resources of every kind (src/test/resources/resources): each reads into its typed
 * class (strictly, so every field is typed), writes back to the same tree (nothing added, nothing
 * lost, numbers and strings keep their kind), and reads back equal.
 */
class HandWrittenResourcesTest {
  private static final CalicoCodec YAML = CalicoCodec.yaml();

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path dir = Paths.get(HandWrittenResourcesTest.class.getResource("/resources").toURI());
    return Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsWritesAndReadsBackEqual(Path file) throws IOException {
    String text = Files.readString(file);
    boolean unknown = file.getFileName().toString().startsWith("unknown-fields");
    CalicoResource r = unknown ? YAML.read(text) : YAML.strict().read(text);
    assertThat(CalicoCodec.unknownFieldPaths(r).isEmpty()).isEqualTo(!unknown);

    String written = YAML.write(r);
    JsonNode original = ReferenceData.YAML.readTree(text);
    JsonNode rewritten = ReferenceData.YAML.readTree(written);
    assertThat(rewritten).as("written form of %s\n%s", file.getFileName(), written).isEqualTo(original);

    CalicoResource back = YAML.read(written);
    assertThat(back).isEqualTo(r);
    assertThat(YAML.write(back)).isEqualTo(written);

    CalicoCodec json = CalicoCodec.json();
    assertThat(json.read(json.write(r))).isEqualTo(r);
  }

  @Test
  void everyKindHasAHandWrittenResource() throws Exception {
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> s = files()) {
      for (Path f : s.collect(Collectors.toList())) {
        kinds.add(ModelProperties.modelType(YAML.read(Files.readString(f)).getClass()).getSimpleName());
      }
    }
    Set<String> all = Kinds.all().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(kinds).containsAll(all);
  }

  @Test
  void unknownFieldsAreListedByPath() throws Exception {
    String ippool = Files.readString(files().filter(p -> p.endsWith("unknown-fields-ippool.yaml")).findFirst().orElseThrow());
    assertThat(CalicoCodec.unknownFieldPaths(YAML.read(ippool))).containsExactly("/spec/futureSetting", "/anotherTopLevel");
    String gnp = Files.readString(files().filter(p -> p.endsWith("unknown-fields-gnp.yaml")).findFirst().orElseThrow());
    assertThat(CalicoCodec.unknownFieldPaths(YAML.read(gnp))).containsExactly("/spec/ingress/1/futureMatch");
  }

  @Test
  void storageFormsKeepTheirGroupSpecificShapes() throws Exception {
    List<Path> all = files().collect(Collectors.toList());
    String affinity = Files.readString(all.stream().filter(p -> p.endsWith("crd-blockaffinity.yaml")).findFirst().orElseThrow());
    dev.calicokit.model.calico.BlockAffinity a = YAML.read(affinity, dev.calicokit.model.calico.BlockAffinity.class);
    assertThat(a.spec().deleted().isString()).isTrue();
    assertThat(YAML.write(a)).contains("deleted: \"false\"");
    String ipam = Files.readString(all.stream().filter(p -> p.endsWith("crd-ipamconfig.yaml")).findFirst().orElseThrow());
    dev.calicokit.model.calico.IPAMConfiguration c = YAML.read(ipam, dev.calicokit.model.calico.IPAMConfiguration.class);
    assertThat(c.kind()).isEqualTo("IPAMConfig");
    assertThat(c.apiVersion()).isEqualTo("crd.projectcalico.org/v1");
  }
}
