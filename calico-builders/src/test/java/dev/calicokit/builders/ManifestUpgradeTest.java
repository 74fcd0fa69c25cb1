package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.calicokit.model.diff.DocumentKey;
import dev.calicokit.model.diff.ManifestDiff;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ManifestUpgrade}: official files upgraded equal the newer official files; hand edits are kept. */
class ManifestUpgradeTest {
  /**
   * The official files of the newest patches read so far (the upgrades' targets, each read once and kept);
   * the files of other patches are sources, read once where they are upgraded and not kept, so that the
   * test holds about 80 manifests at a time, not 488.
   */
  private static final Map<String, Optional<Manifest>> TARGETS = new HashMap<>();

  private static synchronized Optional<Manifest> official(CalicoRelease r, String file) {
    if (r.isNewestOfItsMinor()) {
      return TARGETS.computeIfAbsent(r.label() + "/" + file, k -> read(r, file));
    }
    return read(r, file);
  }

  private static Optional<Manifest> read(CalicoRelease r, String file) {
    Path p = ReferenceData.root().resolve(r.label()).resolve("manifests").resolve(file);
    try {
      return Files.isRegularFile(p) ? Optional.of(Manifest.read(Files.readAllBytes(p))) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The releases the renderer reproduces (every one since issue 12), oldest first. */
  private static List<CalicoRelease> releases() {
    return ReferenceData.releaseDirs().stream().map(d -> CalicoRelease.parse(d.getFileName().toString())).toList();
  }

  private static List<String> files(CalicoRelease r) {
    Path dir = ReferenceData.root().resolve(r.label()).resolve("manifests");
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("crds.yaml")).sorted().toList();
    } catch (IOException e) {
      return List.of(); // v3.21.1 has CRD files only
    }
  }

  private static List<DocumentKey> keys(Manifest m) {
    return m.documents().stream().map(DocumentKey::of).toList();
  }

  /** Null when the upgrade of {@code file} of {@code from} equals the same file of {@code to}, else what differs. */
  private static String upgradeProblem(CalicoRelease from, CalicoRelease to, String file) {
    return upgradeProblem(official(from, file), from, to, file);
  }

  private static String upgradeProblem(Optional<Manifest> source, CalicoRelease from, CalicoRelease to, String file) {
    Optional<Manifest> expected = official(to, file);
    if (source.isEmpty() || expected.isEmpty()) {
      return null; // the preset is not in both releases
    }
    ManifestUpgrade u = ManifestUpgrade.to(source.get(), to, true);
    ManifestDiff d = ManifestDiff.between(expected.get(), u.manifest()).withoutTextOnlyChanges();
    // Calico's comments of the old file stay behind: the result is the new release's render, comments and all.
    boolean commentsRight = u.comments().placed() == 0 && u.comments().allPlaced()
        && u.manifest().documents().stream().allMatch(x -> x.comments().isEmpty());
    if (!d.isEmpty() || !keys(u.manifest()).equals(keys(expected.get())) || !u.notCarried().isEmpty() || !commentsRight) {
      return from.label() + " -> " + to.label() + " " + file + ": " + d.size() + " differences "
          + d.documents().stream().limit(2).toList() + " " + u.notCarried() + " comments " + u.comments();
    }
    return null;
  }

  @Test
  void everyPresetOfEveryReleaseUpgradedToTheNewestPatchOfEachLaterMinorIsThatOfficialFile() {
    Map<String, CalicoRelease> newest = new LinkedHashMap<>();
    releases().forEach(r -> newest.put(r.minor().label(), r)); // oldest first: the last of each minor stays
    List<String> failing = new ArrayList<>();
    int upgrades = 0;
    for (CalicoRelease from : releases()) {
      for (String file : files(from)) {
        Optional<Manifest> source = official(from, file); // read once for all its targets
        for (CalicoRelease to : newest.values()) {
          if (to.minor().compareTo(from.minor()) <= 0) {
            continue;
          }
          upgrades++;
          String p = upgradeProblem(source, from, to, file);
          if (p != null) {
            failing.add(p);
          }
        }
      }
    }
    System.out.printf("upgrade: %d upgrades of every release's presets to the newest patch of each later minor, %d not"
        + " equal to the official file%n", upgrades, failing.size());
    assertThat(upgrades).isPositive();
    assertThat(failing).isEmpty();
  }

  @Test
  void aSampledGridCoversEveryReleaseAsSourceAndAsTarget() {
    List<CalicoRelease> all = releases().stream().filter(r -> !files(r).isEmpty()).toList();
    List<String> failing = new ArrayList<>();
    int upgrades = 0;
    // Each release to the one 7 places later (wrapping round: the later ones downgrade), with one preset
    // chosen by position: every release is a source and a target once.
    for (int i = 0; i < all.size(); i++) {
      CalicoRelease from = all.get(i);
      CalicoRelease to = all.get((i + 7) % all.size());
      List<String> presets = files(from);
      String file = presets.get(i % presets.size());
      upgrades++;
      String p = upgradeProblem(from, to, file);
      if (p != null) {
        failing.add(p);
      }
    }
    System.out.printf("upgrade grid: %d upgrades, every release a source and a target, %d not equal%n", upgrades,
        failing.size());
    assertThat(failing).isEmpty();
  }

  @Test
  void handEditsAreCarriedWhereTheirTargetStillExists() {
    Manifest edited = official(CalicoRelease.parse("v3.26.5"), "calico.yaml").orElseThrow()
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR", "10.48.0.0/16")
        .withEnv("calico-node", "calico-node", "MY_PROXY", "http://proxy.example.com:3128")
        .withConfigMapEntry("calico-config", "veth_mtu", "1410")
        .add(ManifestDocument.of(ReferenceData.YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap")
            .set("metadata", ReferenceData.YAML.createObjectNode().put("name", "site-notes").put("namespace", "kube-system"))));
    List<ManifestDocument> docs = new ArrayList<>();
    for (ManifestDocument d : edited.documents()) {
      if (d.kind().equals("DaemonSet")) {
        var tree = d.toTree();
        ArrayNode init = (ArrayNode) tree.at("/spec/template/spec/initContainers");
        for (int i = init.size() - 1; i >= 0; i--) {
          if (init.get(i).path("name").asText().equals("upgrade-ipam")) {
            init.remove(i);
          }
        }
        d = ManifestDocument.of(tree);
      }
      docs.add(d);
    }
    edited = Manifest.of(docs);
    ManifestUpgrade u = ManifestUpgrade.to(edited, CalicoRelease.parse("v3.32.1"));
    Manifest m = u.manifest();
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).contains("10.48.0.0/16");
    assertThat(m.env("calico-node", "calico-node", "MY_PROXY")).contains("http://proxy.example.com:3128");
    assertThat(m.configMapData("calico-config")).containsEntry("veth_mtu", "1410");
    assertThat(m.find("ConfigMap", "site-notes")).isPresent();
    assertThat(m.containers("calico-node")).noneMatch(c -> c.getName().equals("upgrade-ipam"));
    assertThat(m.containers("calico-node").get(0).getImage()).endsWith(":v3.32.1");
    assertThat(u.toOptions().version()).isEqualTo("v3.32.1");
    assertThat(u.edits()).extracting(CarriedEdit::toText).containsExactlyInAnyOrder(
        "carried: apps/v1 DaemonSet kube-system/calico-node: add /spec/template/spec/containers[name=calico-node]/env"
            + "[name=MY_PROXY] = {\"name\":\"MY_PROXY\",\"value\":\"http://proxy.example.com:3128\"}",
        "carried: apps/v1 DaemonSet kube-system/calico-node: remove /spec/template/spec/initContainers[name=upgrade-ipam]"
            + " (removed although the new release changed it)",
        "carried: v1 ConfigMap kube-system/site-notes: add document");
    assertThat(u.changes()).isNotEmpty().anySatisfy(c -> assertThat(c.kind()).isEqualTo(ReleaseChange.Kind.IMAGE));
  }

  @Test
  void theUsersCommentsOfAHandEditedFileGoWithWhatTheyAnnotate() throws IOException {
    String text = UserComments.add(Files.readString(ReferenceData.root().resolve("v3.26.5/manifests/calico.yaml")));
    // An env var of the user's with a comment before it and one at the end of its value's line, and a comment
    // on a CRD's status, which v3.32.1's CRDs no longer have.
    text = UserComments.insertBefore(text, "            #" + UserComments.BEFORE_ITEM, "            # mine: our proxy\n"
        + "            - name: HTTP_PROXY\n              value: \"http://proxy.example.com:3128\" # mine: change with the proxy\n");
    text = UserComments.insertBefore(text, "status:\n  acceptedNames:", "# mine: the API server fills this in\n");
    Manifest edited = Manifest.read(text);
    int inFile = edited.documents().stream().mapToInt(d -> d.comments().size()).sum();
    ManifestDocument crd = edited.documents().stream()
        .filter(d -> d.comments().stream().anyMatch(c -> c.text().contains("API server"))).findFirst().orElseThrow();
    DocumentKey crdKey = DocumentKey.of(crd);

    ManifestUpgrade u = ManifestUpgrade.to(edited, CalicoRelease.parse("v3.32.1"));
    Manifest m = u.manifest();
    assertThat(m.env("calico-node", "calico-node", "HTTP_PROXY")).contains("http://proxy.example.com:3128");
    ManifestDocument node = UserComments.doc(m, "DaemonSet", "calico-node");
    String proxy = UserComments.envPointer(node, "HTTP_PROXY");
    List<String> expected = new ArrayList<>(UserComments.expectedIn(m));
    expected.add("DaemonSet calico-node BEFORE " + proxy + " # mine: our proxy");
    expected.add("DaemonSet calico-node END_OF_LINE " + proxy + "/value # mine: change with the proxy");
    expected.add("CustomResourceDefinition " + crdKey.name() + " HEAD  # mine: the API server fills this in");
    assertThat(UserComments.all(m)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(u.comments()).isEqualTo(new CarriedComments(7, List.of(new CarriedComments.Moved(crdKey,
        "/status", crdKey, "", " mine: the API server fills this in")), inFile - 8));
    assertThat(u.comments().moved().get(0).toText())
        .isEqualTo("CustomResourceDefinition " + crdKey.name() + " /status: moved to the document's head");
    // What is written reads back with every comment in place.
    assertThat(UserComments.all(Manifest.read(m.toYaml()))).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aManifestWrittenAsAListIsUpgradedItemByItem() {
    Manifest m = CalicoManifest.builder().version("v3.26.5").ipv4PoolCidr("10.48.0.0/16").build()
        .withEnv("calico-node", "calico-node", "HTTP_PROXY", "http://proxy.example.com:3128");
    ManifestUpgrade plain = ManifestUpgrade.to(m, CalicoRelease.parse("v3.32.1"));
    ManifestUpgrade listed = ManifestUpgrade.to(InferenceTest.asList(m), CalicoRelease.parse("v3.32.1"));
    assertThat(listed.manifest().toYaml()).isEqualTo(plain.manifest().toYaml());
    assertThat(listed.edits()).extracting(CarriedEdit::toText).containsExactlyElementsOf(
        plain.edits().stream().map(CarriedEdit::toText).toList()).hasSize(1);
  }

  @Test
  void anEditWhoseTargetTheNewReleaseChangedIsNotCarried() {
    Manifest official = official(CalicoRelease.parse("v3.26.5"), "calico.yaml").orElseThrow();
    // The calico-node image is the new release's business: a pinned image is an edit the upgrade reports.
    Manifest pinned = official.edit(x -> {
      List<ManifestDocument> docs = new ArrayList<>();
      for (ManifestDocument d : x.documents()) {
        if (d.kind().equals("Deployment") && d.name().orElse("").equals("calico-kube-controllers")) {
          var tree = d.toTree();
          ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/spec/template/spec/containers/0"))
              .put("image", "docker.io/calico/kube-controllers:v3.26.4");
          d = ManifestDocument.of(tree);
        }
        docs.add(d);
      }
      return Manifest.of(docs);
    });
    ManifestUpgrade u = ManifestUpgrade.to(pinned, CalicoRelease.parse("v3.32.1"));
    assertThat(u.notCarried()).singleElement().satisfies(e -> {
      assertThat(e.change()).contains("/image");
      assertThat(e.reason()).contains("the new release changed it");
    });
  }

  @Test
  void aDowngradeNeedsToBeAllowedAndSaysWhatItRemoves() {
    Manifest newer = official(CalicoRelease.parse("v3.32.1"), "calico.yaml").orElseThrow();
    CalicoRelease older = CalicoRelease.parse("v3.26.5");
    assertThatThrownBy(() -> ManifestUpgrade.to(newer, older)).isInstanceOf(InvalidOptionsException.class)
        .hasMessageContaining("--allow-downgrade").hasMessageContaining("removes")
        .satisfies(e -> assertThat(((InvalidOptionsException) e).problems()).anyMatch(p -> p.startsWith("- ")));
    ManifestUpgrade u = ManifestUpgrade.to(newer, older, true);
    assertThat(u.isDowngrade()).isTrue();
    assertThat(ManifestDiff.between(official(older, "calico.yaml").orElseThrow(), u.manifest())
        .withoutTextOnlyChanges().isEmpty()).isTrue();
  }
}
