package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * A document too large for client-side {@code kubectl apply} (rule id
 * {@code manifest.too-large-for-client-side-apply}, a warning). kubectl keeps the whole object, as
 * JSON, in the annotation {@code kubectl.kubernetes.io/last-applied-configuration}, and the API server
 * refuses an object whose annotations add up to more than 262,144 bytes (keys and values). Calico's
 * larger CRDs pass that limit (Calico issues 6491 and 7826); {@code kubectl apply --server-side} and
 * {@code kubectl create} keep no such annotation.
 */
public final class LastAppliedSizeRule implements DocumentRule {
  /** Kubernetes' limit on the total size of an object's annotations (apimachinery's TotalAnnotationSizeLimitB). */
  static final int ANNOTATION_LIMIT = 256 * 1024;
  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  /**
   * The kinds whose objects grow that large in practice (schemas, data blobs); writing every policy of a
   * large file as JSON to measure it would cost more than all of Calico's rules on it.
   */
  private static final java.util.Set<String> SIZEABLE = java.util.Set.of("CustomResourceDefinition", "ConfigMap",
      "Secret", "ValidatingAdmissionPolicy", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  @Override
  public void check(ValidatedDocument doc, ValidationContext context, FindingSink sink) {
    JsonNode tree = doc.tree();
    if (tree == null || !tree.isObject() || !SIZEABLE.contains(doc.kind())) {
      return;
    }
    long size = annotationBytes(tree) + LAST_APPLIED.length() + GoJsonSize.of(tree) + 1; // Encode ends in a newline
    if (size > ANNOTATION_LIMIT) {
      sink.warning("manifest.too-large-for-client-side-apply", doc, "", doc.kind() + " " + doc.name().orElse("")
          + " is too large for client-side kubectl apply: its last-applied-configuration annotation would make the"
          + " annotations " + size + " bytes, beyond the API server's limit of " + ANNOTATION_LIMIT
          + "; apply it with kubectl apply --server-side, or kubectl create (replace) it");
    }
  }

  /** The bytes of the annotations the document already has (those count toward the same limit). */
  private static long annotationBytes(JsonNode tree) {
    long n = 0;
    JsonNode annotations = tree.path("metadata").path("annotations");
    for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals(LAST_APPLIED)) {
        n += utf8(e.getKey()) + (e.getValue().isTextual() ? utf8(e.getValue().asText()) : 0);
      }
    }
    return n;
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
