package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the pod specs of workload documents and the containers in them. */
final class Workloads {
  private Workloads() {}

  /** A pod spec inside a document, with its JSON pointer. */
  record PodSpec(ValidatedDocument doc, JsonNode spec, String pointer) {}

  /** A container (or init container) of a pod spec, with its JSON pointer. */
  record Container(PodSpec pod, JsonNode node, String pointer) {
    String name() {
      return node.path("name").asText("");
    }
  }

  /** The pod spec of a workload document, if it is one. */
  static Optional<PodSpec> podSpec(ValidatedDocument d) {
    if (!d.apiVersion().equals("v1") && !d.apiVersion().startsWith("apps/") && !d.apiVersion().startsWith("batch/")) {
      return Optional.empty();
    }
    String pointer = switch (d.kind()) {
      case "Pod" -> "/spec";
      case "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "Job", "ReplicationController" -> "/spec/template/spec";
      case "CronJob" -> "/spec/jobTemplate/spec/template/spec";
      default -> null;
    };
    if (pointer == null) {
      return Optional.empty();
    }
    JsonNode spec = d.tree().at(pointer);
    return spec.isObject() ? Optional.of(new PodSpec(d, spec, pointer)) : Optional.empty();
  }

  /** The init containers then the containers of a pod spec. */
  static List<Container> containers(PodSpec pod) {
    List<Container> out = new ArrayList<>();
    for (String field : new String[] {"initContainers", "containers"}) {
      JsonNode list = pod.spec().path(field);
      for (int i = 0; i < list.size(); i++) {
        out.add(new Container(pod, list.get(i), pod.pointer() + "/" + field + "/" + i));
      }
    }
    return out;
  }

  /** The namespace of a document, "default" when it names none (as kubectl applies it). */
  static String namespace(ValidatedDocument d) {
    return d.namespace().filter(s -> !s.isEmpty()).orElse("default");
  }

  /** The service account a pod spec runs as. */
  static String serviceAccount(PodSpec pod) {
    String sa = pod.spec().path("serviceAccountName").asText("");
    if (sa.isEmpty()) {
      sa = pod.spec().path("serviceAccount").asText("");
    }
    return sa.isEmpty() ? "default" : sa;
  }
}
