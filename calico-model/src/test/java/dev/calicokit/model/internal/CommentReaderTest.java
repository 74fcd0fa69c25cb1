package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;

/**
 * Comments read with a manifest are written back beside the node they annotate: before a document,
 * before a key or list item, at the end of a line; typed documents (fabric8 and the model) keep them
 * as generic ones do, and the canonical form is a fixed point.
 */
class CommentReaderTest {
  private static String fmt(String yaml) {
    String once = Manifest.read(yaml).toYaml();
    assertThat(Manifest.read(once).toYaml()).as("fmt is idempotent").isEqualTo(once);
    return once;
  }

  @Test
  void commentsOfABuiltInKindStayInPlace() {
    String in = String.join("\n",
        "# Source: calico/templates/calico-config.yaml",
        "kind: ConfigMap # the kind",
        "apiVersion: v1",
        "metadata:   # about it",
        "  # its name",
        "  name: calico-config",
        "data:",
        "  # the backend",
        "  calico_backend: \"bird\"   # or vxlan",
        "  cni_network_config: |  # a template",
        "    {\"a\": 1}",
        "  # after the block",
        "  veth_mtu: \"0\"",
        "# the end",
        "");
    assertThat(fmt(in)).isEqualTo(String.join("\n",
        "# Source: calico/templates/calico-config.yaml",
        "apiVersion: v1",
        "kind: ConfigMap # the kind",
        "metadata: # about it",
        "  # its name",
        "  name: calico-config",
        "data:",
        "  # the backend",
        "  calico_backend: bird # or vxlan",
        "  cni_network_config: | # a template",
        "    {\"a\": 1}",
        "  # after the block",
        "  veth_mtu: \"0\"",
        "# the end",
        ""));
  }

  @Test
  void commentsOfListItemsAndFlowListsStayWithTheirItems() {
    String in = String.join("\n",
        "apiVersion: example.com/v1",
        "kind: Thing",
        "metadata: {name: t}",
        "spec:",
        "  items:",
        "    # first",
        "    - a  # the a",
        "    -   # on the dash",
        "      name: b",
        "      # before value",
        "      value: c",
        "    - [x, z] # flow",
        "");
    assertThat(fmt(in)).isEqualTo(String.join("\n",
        "apiVersion: example.com/v1",
        "kind: Thing",
        "metadata:",
        "  name: t",
        "spec:",
        "  items:",
        "    # first",
        "    - a # the a",
        "    # on the dash",
        "    - name: b",
        "      # before value",
        "      value: c",
        "    -",
        "      - x",
        "      - z # flow",
        ""));
  }

  @Test
  void commentsBetweenDocumentsAndOfEmptyDocumentsAreKept() {
    String in = String.join("\n",
        "# file header",
        "---",
        "# about a",
        "apiVersion: v1",
        "kind: Namespace",
        "metadata:",
        "  name: a",
        "# end of a",
        "---",
        "# a document of comments alone",
        "---",
        "apiVersion: v1",
        "kind: Namespace",
        "metadata:",
        "  name: b",
        "---",
        "# after everything",
        "");
    assertThat(fmt(in)).isEqualTo(String.join("\n",
        "# file header",
        "# about a",
        "apiVersion: v1",
        "kind: Namespace",
        "metadata:",
        "  name: a",
        "# end of a",
        "---",
        "# a document of comments alone",
        "apiVersion: v1",
        "kind: Namespace",
        "metadata:",
        "  name: b",
        "# after everything",
        ""));
    assertThat(fmt("# nothing but a comment\n---\n# and another\n")).isEqualTo("# nothing but a comment\n# and another\n");
  }

  @Test
  void aHashInsideAStringIsNoComment() {
    String in = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: \"x # y\"\n  b: |\n    # not a comment\n    z\n";
    assertThat(fmt(in)).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: \"x # y\"\n  b: |\n    # not a comment\n    z\n");
  }

  @Test
  void aCalicoResourceKeepsItsComments() {
    String in = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n"
        + "  cidr: 10.244.0.0/16 # avoid conflict with the office network\n  # encapsulation\n  vxlanMode: Always\n";
    assertThat(fmt(in)).contains("  cidr: 10.244.0.0/16 # avoid conflict with the office network\n  # encapsulation\n  vxlanMode: Always\n");
  }

  @Test
  void anEditKeepsTheCommentsOfWhatItDoesNotTouch() {
    String in = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # the name\ndata:\n  # keep me\n  a: x # and me\n"
        + "  b: why # b's comment\n";
    Manifest edited = Manifest.read(in).withConfigMapEntry("c", "b", "z").withConfigMapEntry("c", "new", "v");
    assertThat(edited.toYaml()).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # the name\n"
        + "data:\n  # keep me\n  a: x # and me\n  b: z # b's comment\n  new: v\n");
    // A comment whose node is gone moves before the closest node still there.
    Manifest removed = Manifest.read(in).edit(ConfigMap.class, "c", cm -> {
      cm.getData().remove("b");
      return cm;
    });
    assertThat(removed.toYaml()).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # the name\n"
        + "# b's comment\ndata:\n  # keep me\n  a: x # and me\n");
  }

  @Test
  void commentsDoNotChangeEquality() {
    assertThat(Manifest.read("# c\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a # x\n"))
        .isEqualTo(Manifest.read("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"));
  }

  /**
   * Found by MutatedYamlFuzzTest (seed 7, run 18534): a tag before a comment reads without comments
   * but not with them; the file is refused with a place, never formatted without its comments.
   */
  @Test
  void fuzzFinding2CommentsThatCannotBePlacedRefuseTheFile() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifest.read("!!binary # c\nkind: ConfigMap\n"))
        .isInstanceOf(dev.calicokit.model.io.ResourceReadException.class)
        .hasMessageContaining("line 2").hasMessageContaining("comments").hasMessageNotContaining("org.yaml");
  }
}
