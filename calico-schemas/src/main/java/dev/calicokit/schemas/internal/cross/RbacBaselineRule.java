package dev.calicokit.schemas.internal.cross;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.schemas.OfficialManifests;
import dev.calicokit.schemas.internal.DocumentRef;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.StreamedManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every verb on every resource that the official manifest of the same release and variant grants to
 * calico-node, calico-kube-controllers and Typha is still granted in the manifest under validation, through
 * whatever roles and bindings it uses. The official manifests are the {@link OfficialManifests} the
 * validator was given; without them the check is skipped with an {@code info} finding. Of each document
 * only what makes grants is kept (the rules of roles, the role and subjects of bindings, the account of
 * Calico's workloads), with what names the variant.
 */
public final class RbacBaselineRule implements StreamedManifestRule {
  private record BaselineKey(CalicoRelease release, String variant) {}

  // The variant of most manifests, whose baseline is built while the manifest is read: the first render
  // of a manifest costs much more than later ones, and the variant is known only once all is read.
  private static final String LIKELY_VARIANT = "calico";

  @Override
  public void prepare(ValidationContext context) {
    if (context.officialManifests().isPresent()) {
      context.prefetch(new BaselineKey(context.release(), LIKELY_VARIANT), () -> baseline(context, LIKELY_VARIANT));
    }
  }

  @Override
  public Pass start() {
    Grants.Collector grants = new Grants.Collector();
    VariantDetector variant = new VariantDetector();
    // The first role of each name, any API version, where a missing grant is reported.
    Map<String, DocumentRef> firstRoles = new HashMap<>();
    return new Pass() {
      @Override
      public void see(ValidatedDocument d, ValidationContext context, FindingSink sink) {
        grants.see(d);
        variant.see(d);
        if (d.kind().equals("ClusterRole") || d.kind().equals("Role")) {
          firstRoles.putIfAbsent(d.name().orElse(""), DocumentRef.of(d));
        }
      }

      @Override
      public void finish(ValidationContext context, FindingSink sink) {
        judge(grants.holders(), variant.variant(), firstRoles, context, sink);
      }
    };
  }

  private static void judge(Map<String, Grants.Holder> holders, String variant, Map<String, DocumentRef> firstRoles,
      ValidationContext context, FindingSink sink) {
    if (holders.isEmpty()) {
      return;
    }
    Optional<Map<String, Grants.Holder>> official = context.cached(
        new BaselineKey(context.release(), variant), () -> baseline(context, variant));
    Grants.Holder first = holders.values().iterator().next();
    if (official.isEmpty()) {
      sink.info("manifest.rbac-baseline-unavailable", first.workload(), "", "no official " + variant
          + " manifest of " + context.release().label() + " is available to compare RBAC grants with"
          + (context.officialManifests().isPresent() ? " (the official manifests given to the validator have none)"
              : " (give the validator Calico's official manifests: Validator.withOfficialManifests)"));
      return;
    }
    for (Map.Entry<String, Grants.Holder> e : official.get().entrySet()) {
      Grants.Holder mine = holders.get(e.getKey());
      if (mine == null) {
        continue; // the manifest does not run this component
      }
      // Missing verbs grouped by (role in the official manifest, group, resource), in a stable order.
      Map<String, List<String>> missing = new TreeMap<>();
      Map<String, String> roleOf = new TreeMap<>();
      for (Grants.Grant want : e.getValue().grants()) {
        if (mine.grants().stream().noneMatch(have -> have.covers(want))) {
          String key = want.role() + "\u0000" + want.group() + "\u0000" + want.resource()
              + (want.resourceName().equals("*") ? "" : "/" + want.resourceName());
          List<String> verbs = missing.computeIfAbsent(key, k -> new ArrayList<>());
          if (!verbs.contains(want.verb())) {
            verbs.add(want.verb());
          }
          roleOf.put(key, want.role());
        }
      }
      for (Map.Entry<String, List<String>> m : missing.entrySet()) {
        String[] parts = m.getKey().split("\u0000");
        String role = roleOf.get(m.getKey());
        String resource = (parts[1].isEmpty() ? "" : parts[1] + "/") + parts[2];
        String message = e.getKey() + " (ServiceAccount " + mine.serviceAccount() + ") is no longer granted "
            + String.join(", ", m.getValue()) + " on " + resource + ", which the official " + variant + " manifest"
            + " of " + context.release().label() + " grants through " + role;
        Optional<DocumentRef> roleDoc = mine.boundRoles().contains(role)
            ? Optional.ofNullable(firstRoles.get(role)) : Optional.empty();
        if (roleDoc.isPresent()) {
          sink.error("manifest.rbac-missing-grant", roleDoc.get(), "/rules", message);
        } else {
          sink.error("manifest.rbac-missing-grant", mine.workload(), mine.pointer(), message);
        }
      }
    }
  }

  private static Optional<Map<String, Grants.Holder>> baseline(ValidationContext context, String variant) {
    Optional<Manifest> m = context.officialManifests().flatMap(p -> p.official(context.release(), variant));
    if (m.isEmpty()) {
      return Optional.empty();
    }
    List<ValidatedDocument> docs = new ArrayList<>();
    List<ManifestDocument> all = m.get().documents();
    for (int i = 0; i < all.size(); i++) {
      docs.add(new ValidatedDocument(i, all.get(i)));
    }
    return Optional.of(Grants.of(docs));
  }
}
