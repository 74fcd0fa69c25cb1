package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.builders.internal.CalicoComments;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.diff.ChangeType;
import dev.calicokit.model.diff.DocumentChange;
import dev.calicokit.model.diff.DocumentKey;
import dev.calicokit.model.diff.FieldChange;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.model.values.Cidr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link ManifestOptions#infer}: the options and residue of official, rendered and hand-edited manifests. */
class InferenceTest {
  /** The release folders whose files the renderer reproduces: every release since issue 12. */
  static List<Path> renderedReleases() {
    return ReferenceData.releaseDirs();
  }

  private static Manifest v326;
  private static int ambiguous;

  private static synchronized Manifest v326() {
    if (v326 == null) {
      v326 = read(ReferenceData.root().resolve("v3.26.5/manifests/calico.yaml"));
    }
    return v326;
  }

  private static Manifest read(Path file) {
    try {
      return Manifest.read(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<DocumentKey> keys(Manifest m) {
    return m.documents().stream().map(DocumentKey::of).toList();
  }

  @Test
  void everyOfficialFileIsItsReleaseAndPresetWithNoResidue() {
    List<String> failing = new ArrayList<>();
    java.util.Set<String> unknownComments = new java.util.TreeSet<>();
    int files = 0;
    int comments = 0;
    ambiguous = 0;
    for (Path file : ReferenceData.manifestFiles(renderedReleases())) {
      if (!file.getParent().getFileName().toString().equals("manifests")) {
        unknownComments.addAll(unknownComments(read(file))); // v3.21.1's crds/ folder: one CRD per file
        continue;
      }
      files++;
      String release = file.getParent().getParent().getFileName().toString();
      Preset preset = Preset.parse(file.getFileName().toString());
      Manifest m = read(file);
      Inference inf = ManifestOptions.infer(m);
      // Every comment of an official file is Calico's: none is carried onto the render, none is lost unsaid.
      int inFile = m.documents().stream().mapToInt(d -> d.comments().size()).sum();
      comments += inFile;
      unknownComments.addAll(unknownComments(m));
      if (inf.comments().calicoComments() != inFile || inf.comments().placed() != 0 || !inf.comments().allPlaced()
          || inf.rendered().documents().stream().anyMatch(d -> !d.comments().isEmpty())) {
        failing.add(release + " " + file.getFileName() + ": comments " + inf.comments());
      }
      ManifestOptions expected = ManifestOptions.none().with(Options.VERSION, release).with(Options.PRESET, preset);
      Manifest rendered = CalicoManifest.render(inf.options());
      // Some files are the same in two releases (CRDs unchanged between patches; v3.24.6 shipped v3.24.5's
      // images): then either release is an answer, as long as both render this file.
      boolean sameFile = inf.options().equals(expected)
          || inf.options().preset() == preset && CalicoManifest.render(expected).equals(rendered) && ++ambiguous > 0;
      if (!inf.isExact() || !sameFile || !keys(rendered).equals(keys(m))) {
        failing.add(release + " " + file.getFileName() + ": " + inf.options() + " residue " + inf.residue().size()
            + " " + inf.residue().documents().stream().limit(3).toList());
      }
    }
    System.out.printf("infer: %d official files, %d not reproduced exactly, %d equal to another release's file and"
        + " inferred as that one; %d comment lines, all recognised as Calico's and none carried%n", files, failing.size(),
        ambiguous, comments);
    assertThat(files).isPositive();
    assertThat(unknownComments).as("digests of official comments missing from calico-comments.txt").isEmpty();
    assertThat(failing).isEmpty();
  }

  /** The digests of the comments of a manifest that {@code CalicoComments} does not know. */
  private static List<String> unknownComments(Manifest m) {
    List<String> out = new ArrayList<>();
    m.documents().forEach(d -> d.comments().stream().filter(c -> !CalicoComments.isCalicos(c.text()))
        .forEach(c -> out.add(CalicoComments.digest(c.text()))));
    return out;
  }

  @Test
  void renderedCombinationsGiveBackTheirOptions() {
    List<UnaryOperator<CalicoManifest.Builder>> edits = List.of(
        b -> b.ipv4PoolCidr("10.48.0.0/16").ipipMode(EncapsulationMode.NEVER).vxlanMode(EncapsulationMode.CROSS_SUBNET)
            .ipv6PoolCidr("fd00:10:48::/56").ip6AutodetectionMethod("first-found").typha(true).typhaReplicas(3)
            .registry("registry.example.com/mirror"),
        b -> b.ipv4PoolCidr("192.168.0.0/16").ipv4PoolBlockSize(24).ipipMode(EncapsulationMode.CROSS_SUBNET)
            .vethMtu(1440).ipAutodetectionMethod("interface=eth0"),
        b -> b.felix("LOGSEVERITYSCREEN", "warning").felix("PROMETHEUSMETRICSENABLED", "true")
            .nodeSelector(Map.of("node-role.example.com/network", "true")).tolerate("dedicated")
            .nodeResources(Map.of("cpu", "300m", "memory", "256Mi"), Map.of("memory", "1Gi")).imagePullPolicy("Always"),
        b -> b.vxlan(true).vethMtu(1410));
    int checked = 0;
    int refused = 0;
    int equivalent = 0;
    List<String> failing = new ArrayList<>();
    for (String version : List.of("v3.24.6", "v3.27.5", "v3.29.7", "v3.31.7", "v3.32.1")) {
      for (Preset preset : List.of(Preset.CALICO, Preset.CALICO_VXLAN, Preset.CALICO_TYPHA, Preset.CALICO_BPF,
          Preset.CALICO_POLICY_ONLY, Preset.CALICO_ETCD, Preset.CANAL)) {
        for (UnaryOperator<CalicoManifest.Builder> edit : edits) {
          CalicoManifest.Builder b = edit.apply(CalicoManifest.builder().version(version).preset(preset));
          Manifest m;
          try {
            m = b.build();
          } catch (InvalidOptionsException contradiction) {
            refused++;
            continue;
          }
          checked++;
          ManifestOptions given = b.options();
          Inference inf = ManifestOptions.infer(m);
          List<String> problems = new ArrayList<>();
          if (!inf.isExact()) {
            problems.add("residue " + inf.residue().documents());
          }
          if (inf.options().preset() != given.preset()) {
            // Options equal to another preset (calico with VXLAN is calico-vxlan): that preset is found, and
            // the render is the same, which is all the manifest can tell.
            equivalent++;
            if (!problems.isEmpty()) {
              failing.add(version + " " + preset + " " + given + ": " + problems);
            }
            continue;
          }
          for (Option<?> o : inf.options().given()) {
            Object found = inf.options().get(o).orElseThrow();
            Object wanted = given.get(o).orElse(null);
            boolean ok = o == Options.REGISTRIES
                // Only the components the manifest runs show their registry.
                ? wanted != null && ((Map<?, ?>) wanted).entrySet().containsAll(((Map<?, ?>) found).entrySet())
                : found.equals(wanted);
            if (!ok) {
              problems.add(o + "=" + found + " (given " + wanted + ")");
            }
          }
          if (!problems.isEmpty()) {
            failing.add(version + " " + preset + " " + given + ": " + problems);
          }
        }
      }
    }
    System.out.printf("infer grid: %d manifests inferred exactly (%d of them as an equivalent preset), %d combinations"
        + " refused at build()%n", checked, equivalent, refused);
    assertThat(failing).isEmpty();
  }

  /** The v3.26 calico.yaml with a node tree edit. */
  private static Manifest editTree(Manifest m, String kind, String name, UnaryOperator<JsonNode> change) {
    List<ManifestDocument> docs = new ArrayList<>();
    for (ManifestDocument d : m.documents()) {
      boolean target = d.kind().equals(kind) && d.name().orElse("").equals(name);
      docs.add(target ? ManifestDocument.of(change.apply(d.toTree())) : d);
    }
    return Manifest.of(docs);
  }

  @Test
  void handEditsAreOptionsWhereOptionsSayThemAndResidueExactlyElsewhere() {
    Manifest edited = v326()
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR", "10.48.0.0/16")
        .withEnv("calico-node", "calico-node", "FELIX_LOGSEVERITYSCREEN", "warning")
        .withEnv("calico-node", "calico-node", "MY_PROXY", "http://proxy.example.com:3128")
        .withConfigMapEntry("calico-config", "veth_mtu", "1410");
    edited = editTree(edited, "DaemonSet", "calico-node", t -> {
      ArrayNode init = (ArrayNode) t.at("/spec/template/spec/initContainers");
      for (int i = 0; i < init.size(); i++) {
        if (init.get(i).path("name").asText().equals("mount-bpffs")) {
          init.remove(i);
        }
      }
      return t;
    });
    edited = editTree(edited, "Deployment", "calico-kube-controllers", t -> {
      ((ObjectNode) t.at("/spec/template/spec/containers/0")).putObject("resources").putObject("limits").put("memory", "256Mi");
      return t;
    });
    edited = edited.add(ManifestDocument.of(dev.calicokit.model.testing.ReferenceData.YAML.createObjectNode()
        .put("apiVersion", "v1").put("kind", "ConfigMap")
        .set("metadata", dev.calicokit.model.testing.ReferenceData.YAML.createObjectNode().put("name", "site-notes")
            .put("namespace", "kube-system"))));

    Inference inf = ManifestOptions.infer(edited);
    assertThat(inf.options().version()).isEqualTo("v3.26.5");
    assertThat(inf.options().preset()).isEqualTo(Preset.CALICO);
    assertThat(inf.options().get(Options.IPV4_POOL_CIDR)).contains(Cidr.parse("10.48.0.0/16"));
    assertThat(inf.options().get(Options.VETH_MTU)).contains(1410);
    assertThat(inf.options().get(Options.FELIX)).contains(Map.of("FELIX_LOGSEVERITYSCREEN", "warning"));
    assertThat(inf.options().given()).hasSize(5);

    assertThat(inf.addedEnvVars()).containsExactly("MY_PROXY (DaemonSet calico-node, /spec/template/spec/containers/0)");
    List<String> residue = new ArrayList<>();
    for (DocumentChange d : inf.residue().documents()) {
      if (d.type() != ChangeType.CHANGED) {
        residue.add(d.type().word() + " " + d.key());
      }
      for (FieldChange f : d.fieldChanges()) {
        residue.add(d.key().name() + " " + f.type().word() + " " + f.path().replaceAll("/\\d+$", "/N")
            + f.after().map(v -> " " + v.path("name").asText(v.toString())).orElse("")
            + f.before().map(v -> " " + v.path("name").asText(v.toString())).orElse(""));
      }
    }
    assertThat(residue).containsExactlyInAnyOrder(
        "calico-node added /spec/template/spec/containers/0/env/N MY_PROXY",
        "calico-node removed /spec/template/spec/initContainers/N mount-bpffs",
        "calico-kube-controllers added /spec/template/spec/containers/0/resources {\"limits\":{\"memory\":\"256Mi\"}}",
        "added v1 ConfigMap kube-system/site-notes");
  }

  private static String officialText(String release) {
    try {
      return Files.readString(ReferenceData.root().resolve(release).resolve("manifests/calico.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theUsersCommentsOfAnOfficialFileComeBackOnTheRenderOfItsOptionsAndCalicosDoNot() {
    for (String release : List.of("v3.26.5", "v3.32.1")) {
      Manifest m = Manifest.read(UserComments.add(officialText(release)));
      Inference inf = ManifestOptions.infer(m);
      assertThat(inf.isExact()).as(release).isTrue();
      Manifest rendered = inf.rendered();
      assertThat(UserComments.all(rendered)).as(release).containsExactlyInAnyOrderElementsOf(UserComments.expectedIn(rendered));
      int inFile = m.documents().stream().mapToInt(d -> d.comments().size()).sum();
      assertThat(inf.comments()).isEqualTo(new CarriedComments(5, List.of(), inFile - 5));
      // Written and read back, each is where it was; the content is the render's.
      assertThat(UserComments.all(Manifest.read(rendered.toYaml()))).containsExactlyInAnyOrderElementsOf(
          UserComments.all(rendered));
      assertThat(rendered).isEqualTo(CalicoManifest.render(inf.options()));
      assertThat(rendered.toYaml()).contains("\n  name: calico-config #" + UserComments.END_OF_LINE + "\n")
          .contains("---\n#" + UserComments.HEAD + "\napiVersion: apps/v1\nkind: DaemonSet\n");
    }
  }

  @Test
  void aHashLineInsideTheCniBlockScalarIsContentNotAComment() {
    String text = UserComments.insertBefore(officialText("v3.26.5"), "      \"name\": \"k8s-pod-network\",\n",
        "      # mine: not a comment\n");
    Manifest m = Manifest.read(text);
    assertThat(UserComments.all(m)).noneMatch(c -> c.contains("not a comment"));
    assertThat(m.configMapData("calico-config").get("cni_network_config")).contains("\n  # mine: not a comment\n");
    Inference inf = ManifestOptions.infer(m);
    assertThat(inf.comments().placed()).isZero();
    assertThat(UserComments.all(inf.rendered())).isEmpty();
    assertThat(inf.residue().documents()).singleElement().satisfies(d -> assertThat(d.fieldChanges())
        .extracting(FieldChange::path).containsExactly("/data/cni_network_config"));
  }

  /** The documents of a manifest as the items of one v1 List, as {@code kubectl get -o yaml} writes them. */
  static Manifest asList(Manifest m) {
    ObjectNode list = ReferenceData.YAML.createObjectNode().put("apiVersion", "v1").put("kind", "List");
    ArrayNode items = list.putArray("items");
    m.documents().forEach(d -> items.add(d.toTree()));
    return Manifest.of(List.of(ManifestDocument.of(list)));
  }

  @Test
  void theItemsOfAListAreInferredAsTheDocumentsTheyAre() {
    Manifest m = CalicoManifest.builder().version("v3.29.7").ipv4PoolCidr("10.48.0.0/16").vethMtu(1410).build()
        .withEnv("calico-node", "calico-node", "HTTP_PROXY", "http://proxy.example.com:3128");
    Inference plain = ManifestOptions.infer(m);
    Inference listed = ManifestOptions.infer(asList(m));
    assertThat(listed.options()).isEqualTo(plain.options());
    assertThat(listed.residue().toJson()).isEqualTo(plain.residue().toJson());
    assertThat(listed.addedEnvVars()).containsExactly("HTTP_PROXY (DaemonSet calico-node, /spec/template/spec/containers/0)");
  }

  @Test
  void theOptionsReadAsArgumentsAndAsJava() {
    Manifest m = CalicoManifest.builder().version("v3.26.5").ipv4PoolCidr("10.48.0.0/16").vethMtu(1410)
        .registry("registry.example.com/mirror").felix("LOGSEVERITYSCREEN", "warning").build();
    Inference inf = ManifestOptions.infer(m);
    assertThat(inf.renderArguments()).containsSubsequence("--preset", "calico", "--version", "v3.26.5",
        "--set", "node.image=registry.example.com/mirror/node", "--set", "ipv4PoolCidr=10.48.0.0/16",
        "--set", "vethMtu=1410", "--set", "felix.LOGSEVERITYSCREEN=warning");
    assertThat(inf.toJava()).startsWith("Manifest manifest = CalicoManifest.builder()\n    .set(Options.VERSION, \"v3.26.5\")\n")
        .contains(".set(Options.IPV4_POOL_CIDR, Cidr.parse(\"10.48.0.0/16\"))")
        .contains(".set(Options.REGISTRIES, Map.ofEntries(Map.entry(Component.NODE, \"registry.example.com/mirror\")")
        .endsWith("    .build();\n");
    // The arguments render the same manifest.
    ChartValues values = ChartValues.forBuilder(CalicoManifest.builder());
    List<String> args = inf.renderArguments();
    CalicoManifest.Builder b = CalicoManifest.builder().version(args.get(3)).preset(Preset.parse(args.get(1)));
    values = ChartValues.forBuilder(b);
    for (int i = 4; i < args.size(); i += 2) {
      values.apply(args.get(i + 1));
    }
    assertThat(values.builder().build()).isEqualTo(m);
  }

  @Test
  void aManifestWithoutACalicoReleaseIsRefused() {
    Manifest m = Manifest.read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ManifestOptions.infer(m))
        .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("cannot tell the Calico release");
  }
}
