  /**
   * A policy named {@code name} that selects every endpoint and has no rules, so that all ingress and
   * egress traffic not allowed by another policy is denied. Calico applies it after policies with a
   * lower order; give it a high order (for example 2000) if other policies must come first.
   */
  static GlobalNetworkPolicy defaultDeny(String name) {
    return defaultDeny(name, Selector.all());
  }

  /** Like {@link #defaultDeny(String)}, for the endpoints that {@code selector} matches. */
  static GlobalNetworkPolicy defaultDeny(String name, Selector selector) {
    return builder()
        .metadata(ObjectMeta.named(name))
        .spec(GlobalNetworkPolicySpec.builder()
            .selector(selector)
            .addTypes(PolicyType.INGRESS, PolicyType.EGRESS)
            .build())
        .build();
  }
