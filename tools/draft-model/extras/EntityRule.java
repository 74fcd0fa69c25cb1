  /** Matches the endpoints that a Calico selector expression selects. */
  static EntityRule selecting(String selector) {
    return builder().selector(Selector.of(selector)).build();
  }

  /** Matches addresses in the given networks (CIDRs or single addresses). */
  static EntityRule inNets(String... cidrs) {
    Builder b = builder();
    for (String c : cidrs) {
      b.addNet(Cidr.parse(c));
    }
    return b.build();
  }
