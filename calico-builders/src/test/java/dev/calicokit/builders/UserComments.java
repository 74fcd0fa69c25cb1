package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.DocumentComment;
import dev.calicokit.model.manifest.DocumentComment.Place;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's comments written into the text of one of Calico's calico.yaml files, at the places people put
 * them: a document's head, before a key, before a list item (an env var), at the end of a line, and at
 * the end of the file; and where they are expected after infer or upgrade. Test data of our own words.
 */
final class UserComments {
  static final String HEAD = " mine: the node agent, see the runbook";
  static final String BEFORE_KEY = " mine: host network, as the chart has it";
  static final String BEFORE_ITEM = " mine: health checks for the probes below";
  static final String END_OF_LINE = " mine: the config map of the CNI plugin";
  static final String TAIL = " mine: end of file";

  private UserComments() {}

  /** The official text with the five comments added. */
  static String add(String official) {
    String t = official;
    t = insertBefore(t, "# Source: calico/templates/calico-node.yaml\n# This manifest installs", "#" + HEAD + "\n");
    t = insertBefore(t, "      hostNetwork: true\n", "      #" + BEFORE_KEY + "\n");
    t = insertBefore(t, "            - name: FELIX_HEALTHENABLED\n", "            #" + BEFORE_ITEM + "\n");
    t = replaceFirst(t, "\n  name: calico-config\n", "\n  name: calico-config #" + END_OF_LINE + "\n");
    return t + "#" + TAIL + "\n";
  }

  /** The text with {@code add} inserted before the first {@code at}. */
  static String insertBefore(String text, String at, String add) {
    int i = text.indexOf(at);
    assertThat(i).as("the official file has %s", at.strip()).isNotNegative();
    return text.substring(0, i) + add + text.substring(i);
  }

  static String replaceFirst(String text, String what, String with) {
    int i = text.indexOf(what);
    assertThat(i).as("the official file has %s", what.strip()).isNotNegative();
    return text.substring(0, i) + with + text.substring(i + what.length());
  }

  /** The comments {@link #add} wrote, where they belong in {@code m} (a render of the same release or another). */
  static List<String> expectedIn(Manifest m) {
    List<String> out = new ArrayList<>();
    ManifestDocument node = doc(m, "DaemonSet", "calico-node");
    out.add(describe(node, new DocumentComment(Place.HEAD, "", HEAD)));
    out.add(describe(node, new DocumentComment(Place.BEFORE, "/spec/template/spec/hostNetwork", BEFORE_KEY)));
    out.add(describe(node, new DocumentComment(Place.BEFORE, envPointer(node, "FELIX_HEALTHENABLED"), BEFORE_ITEM)));
    out.add(describe(doc(m, "ConfigMap", "calico-config"), new DocumentComment(Place.END_OF_LINE, "/metadata/name",
        END_OF_LINE)));
    out.add(describe(m.documents().get(m.documents().size() - 1), new DocumentComment(Place.TAIL, "", TAIL)));
    return out;
  }

  /** Every comment of a manifest as {@code Kind name PLACE pointer text}. */
  static List<String> all(Manifest m) {
    List<String> out = new ArrayList<>();
    m.documents().forEach(d -> d.comments().forEach(c -> out.add(describe(d, c))));
    return out;
  }

  static String describe(ManifestDocument d, DocumentComment c) {
    return d.kind() + " " + d.name().orElse("") + " " + c.place() + " " + c.pointer() + " #" + c.text();
  }

  static ManifestDocument doc(Manifest m, String kind, String name) {
    return m.find(kind, name).orElseThrow();
  }

  /** The pointer of calico-node's env var {@code name} in the calico-node DaemonSet. */
  static String envPointer(ManifestDocument node, String name) {
    var containers = node.toTree().at("/spec/template/spec/containers");
    for (int c = 0; c < containers.size(); c++) {
      if (containers.get(c).path("name").asText().equals("calico-node")) {
        var env = containers.get(c).path("env");
        for (int i = 0; i < env.size(); i++) {
          if (env.get(i).path("name").asText().equals(name)) {
            return "/spec/template/spec/containers/" + c + "/env/" + i;
          }
        }
      }
    }
    throw new AssertionError("no env var " + name);
  }
}
