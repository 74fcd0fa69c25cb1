package dev.calicokit.builders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.builders.CarriedComments;
import dev.calicokit.model.diff.DocumentKey;
import dev.calicokit.model.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CommentCarrier}: hand-written manifests whose comments move onto another manifest. */
class CommentCarrierTest {
  private static final String USER = """
      # head of the pod
      apiVersion: v1
      kind: Pod
      metadata:
        name: web # the name people know
      spec:
        containers:
          # the sidecar first in my file
          - name: sidecar
            image: proxy:1
          - name: app
            image: app:1
            env:
              - name: GONE # set by hand
                value: "1"
        volumes:
          # first volume
          - emptyDir: {}
      # end of the pod
      ---
      # only in my file
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: notes # my notes
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      """;

  /** The same pod with the containers in the other order, the env var gone, and no ConfigMap. */
  private static final String ONTO = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: app:2
          - name: sidecar
            image: proxy:2
        volumes:
          - emptyDir: {}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      """;

  private static List<String> comments(Manifest m) {
    List<String> out = new ArrayList<>();
    m.documents().forEach(d -> d.comments().forEach(c -> out.add(d.kind() + " " + c.place() + " " + c.pointer() + " #"
        + c.text())));
    return out;
  }

  @Test
  void eachCommentGoesToItsNodeByNameAndOtherwiseToTheClosestEnclosingOne() {
    CommentCarrier.Result r = CommentCarrier.carry(Manifest.read(USER), Manifest.read(ONTO));
    assertThat(comments(r.manifest())).containsExactlyInAnyOrder(
        "Pod HEAD  # head of the pod",
        "Pod END_OF_LINE /metadata/name # the name people know",
        "Pod BEFORE /spec/containers/1 # the sidecar first in my file", // by name, not index
        "Pod BEFORE /spec/containers/0 # set by hand", // its env list is gone: before the closest node there is
        "Pod BEFORE /spec/volumes/0 # first volume", // an unnamed list: by index
        "Pod TAIL  # end of the pod",
        "Service HEAD  # only in my file", // the ConfigMap is gone: its comments go to the next document there is
        "Service HEAD  # my notes");
    DocumentKey pod = new DocumentKey("v1", "Pod", "", "web");
    DocumentKey notes = new DocumentKey("v1", "ConfigMap", "", "notes");
    DocumentKey service = new DocumentKey("v1", "Service", "", "web");
    assertThat(r.comments()).isEqualTo(new CarriedComments(5, List.of(
        new CarriedComments.Moved(pod, "/spec/containers/1/env/0/name", pod, "/spec/containers/0", " set by hand"),
        new CarriedComments.Moved(notes, "", service, "", " only in my file"),
        new CarriedComments.Moved(notes, "/metadata/name", service, "", " my notes")), 0));
  }

  @Test
  void commentsOfALastDocumentThatIsGoneGoToTheEndOfTheLastThereIs() {
    Manifest user = Manifest.read("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n"
        + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes # my notes\n");
    CommentCarrier.Result r = CommentCarrier.carry(user, Manifest.read("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"));
    assertThat(comments(r.manifest())).containsExactly("Service TAIL  # my notes");
    assertThat(r.manifest().toYaml()).isEqualTo("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n# my notes\n");
  }

  @Test
  void aRepeatedDocumentGivesItsCommentsToTheSameRepeat() {
    String twice = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web # first\n---\n"
        + "apiVersion: v1\nkind: Service\nmetadata:\n  name: web # second\n";
    Manifest onto = Manifest.read(twice.replace(" # first", "").replace(" # second", ""));
    CommentCarrier.Result r = CommentCarrier.carry(Manifest.read(twice), onto);
    assertThat(r.manifest().toYaml()).isEqualTo(twice);
  }

  @Test
  void theOtherManifestsOwnCommentsGiveWayToTheUsers() {
    Manifest user = Manifest.read("apiVersion: v1\nkind: Service\nmetadata:\n  name: web # mine\n");
    Manifest onto = Manifest.read("# theirs\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");
    assertThat(CommentCarrier.carry(user, onto).manifest().toYaml())
        .isEqualTo("apiVersion: v1\nkind: Service\nmetadata:\n  name: web # mine\n");
  }
}
