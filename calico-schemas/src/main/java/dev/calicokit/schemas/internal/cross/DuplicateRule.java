package dev.calicokit.schemas.internal.cross;

import dev.calicokit.schemas.internal.StreamedManifestRule;
import java.util.HashSet;
import java.util.Set;

/**
 * Two documents for one object (rule id {@code manifest.duplicate}, a warning): the same API group,
 * kind, namespace and name. kubectl applies the documents in order, so the later one silently replaces
 * the earlier; that is rarely meant. The version is not part of the key, as the API server stores one
 * object under every version of its group ({@code policy/v1} and {@code policy/v1beta1} alike).
 */
public final class DuplicateRule implements StreamedManifestRule {
  private record Key(String group, String kind, String namespace, String name) {}

  @Override
  public Pass start() {
    // One key per document is all the rule keeps: a file of many policies is not held for it.
    Set<Key> seen = new HashSet<>();
    return (d, context, sink) -> {
      if (d.name().isEmpty() || d.kind().isEmpty() || d.kind().equals("List")) {
        return;
      }
      String api = d.apiVersion();
      String group = api.contains("/") ? api.substring(0, api.indexOf('/')) : "";
      Key key = new Key(group, d.kind(), d.namespace().orElse(""), d.name().get());
      if (!seen.add(key)) {
        String what = d.kind() + " " + (key.namespace().isEmpty() ? "" : key.namespace() + "/") + key.name();
        sink.warning("manifest.duplicate", d, "/metadata/name", what + " is also defined by an earlier document"
            + " of this manifest: applied in order, this one replaces it; remove one or give them different names");
      }
    };
  }
}
