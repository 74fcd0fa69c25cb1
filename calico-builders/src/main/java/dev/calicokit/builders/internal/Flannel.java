package dev.calicokit.builders.internal;

import dev.calicokit.model.schema.Release;

/** The flannel image each Calico minor's chart ships with (canal). */
final class Flannel {
  private Flannel() {}

  static String defaultImage(Versions.Version v) {
    if (v.before(Release.V3_25)) {
      return "quay.io/coreos/flannel";
    }
    return v.before(Release.V3_26) ? "docker.io/flannelcni/flannel" : "docker.io/flannel/flannel";
  }

  static String defaultTag(Versions.Version v) {
    if (v.before(Release.V3_25)) {
      return "v0.15.1";
    }
    if (v.before(Release.V3_26)) {
      return "v0.16.3";
    }
    if (v.before(Release.V3_28)) {
      return "v0.21.3";
    }
    return v.before(Release.V3_29) ? "v0.24.3" : "v0.24.4";
  }
}
