  /**
   * A pool named {@code name} that hands out addresses from {@code cidr}, everything else left to
   * Calico's defaults (block size 26 for IPv4 and 122 for IPv6, no encapsulation, no outgoing NAT).
   * Fails with a message that quotes the text when {@code cidr} is not a CIDR.
   */
  static IPPool ofCidr(String name, String cidr) {
    return builder()
        .metadata(ObjectMeta.named(name))
        .spec(IPPoolSpec.builder().cidr(Cidr.parse(cidr)).build())
        .build();
  }
