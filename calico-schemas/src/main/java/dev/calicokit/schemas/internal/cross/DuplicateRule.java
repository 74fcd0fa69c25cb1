package dev.calicokit.schemas.internal.cross;

import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two documents for one object (rule id {@code manifest.duplicate}, a warning): the same API group,
 * kind, namespace and name. kubectl applies the documents in order, so the later one silently replaces
 * the earlier; that is rarely meant. The version is not part of the key, as the API server stores one
 * object under every version of its group ({@code policy/v1} and {@code policy/v1beta1} alike).
 */
public final class DuplicateRule implements ManifestRule {
  private record Key(String group, String kind, String namespace, String name) {}

  @Override
  public void check(List<ValidatedDocument> docs, ValidationContext context, FindingSink sink) {
    Map<Key, ValidatedDocument> first = new HashMap<>();
    for (ValidatedDocument d : docs) {
      if (d.name().isEmpty() || d.kind().isEmpty() || d.kind().equals("List")) {
        continue;
      }
      String api = d.apiVersion();
      String group = api.contains("/") ? api.substring(0, api.indexOf('/')) : "";
      Key key = new Key(group, d.kind(), d.namespace().orElse(""), d.name().get());
      if (first.putIfAbsent(key, d) != null) {
        String what = d.kind() + " " + (key.namespace().isEmpty() ? "" : key.namespace() + "/") + key.name();
        sink.warning("manifest.duplicate", d, "/metadata/name", what + " is also defined by an earlier document"
            + " of this manifest: applied in order, this one replaces it; remove one or give them different names");
      }
    }
  }
}
