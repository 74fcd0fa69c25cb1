package dev.calicokit.builders.internal;

import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpParser;
import dev.calicokit.model.values.NetPrefix;
import java.util.List;

/**
 * Checks of the options calico-node reads as addresses: the default pools' CIDRs and block sizes, and
 * the IP autodetection methods. calico-node reads them from environment variables at start-up, after
 * the manifest is applied; a bad value there stops calico-node on every node, so build() reports it.
 * CIDRs are read as calico-node reads them, with Go's net.ParseCIDR ({@link IpParser#parseCIDR}).
 */
public final class AddressChecks {
  private AddressChecks() {}

  /**
   * A default pool: a CIDR of its family, with a prefix, at least one IPAM block large (Calico's IPAM
   * hands out whole blocks, and calico-node refuses a pool smaller than its block size).
   */
  public static void checkPool(String key, Cidr given, boolean ipv6, Integer blockSize, List<String> problems) {
    if (given == null) {
      return;
    }
    String text = given.text();
    NetPrefix cidr = IpParser.parseCIDR(text).orElse(null);
    String family = ipv6 ? "IPv6" : "IPv4";
    if (cidr == null) {
      problems.add(key + " '" + text + "' is not an " + family + " CIDR such as "
          + (ipv6 ? "fd00:10:244::/64" : "10.244.0.0/16"));
      return;
    }
    if (ipv6 != cidr.is6()) {
      problems.add(key + " '" + text + "' is an " + (ipv6 ? "IPv4" : "IPv6") + " CIDR; "
          + (ipv6 ? "ipv4PoolCidr" : "ipv6PoolCidr") + " takes that family");
      return;
    }
    int block = blockSize != null ? blockSize : ipv6 ? IPPool.DEFAULT_IPV6_BLOCK_SIZE : IPPool.DEFAULT_IPV4_BLOCK_SIZE;
    if (cidr.bits() > block) {
      problems.add(key + " " + text + " is smaller than one IPAM block (/" + block + "): give a prefix of /" + block
          + " or shorter, or a " + (ipv6 ? "ipv6PoolBlockSize" : "ipv4PoolBlockSize") + " of at least "
          + cidr.bits());
    }
  }

  /**
   * An IP autodetection method in one of the forms calico-node knows: first-found,
   * kubernetes-internal-ip, can-reach=DESTINATION, interface=REGEX, skip-interface=REGEX,
   * cidr=CIDR[,CIDR...].
   */
  public static void checkAutodetection(String key, String method, List<String> problems) {
    if (method == null) {
      return;
    }
    if (method.equals("first-found") || method.equals("kubernetes-internal-ip")) {
      return;
    }
    int eq = method.indexOf('=');
    String form = eq < 0 ? method : method.substring(0, eq);
    String argument = eq < 0 ? "" : method.substring(eq + 1);
    boolean known = List.of("can-reach", "interface", "skip-interface", "cidr").contains(form);
    if (!known || argument.isBlank()) {
      problems.add(key + " '" + method + "' is not a method calico-node knows: first-found, kubernetes-internal-ip,"
          + " can-reach=DESTINATION, interface=REGEX, skip-interface=REGEX or cidr=CIDR[,CIDR...]");
      return;
    }
    if (form.equals("cidr")) {
      for (String part : argument.split(",")) {
        if (IpParser.parseCIDR(part.trim()).isEmpty()) {
          problems.add(key + " '" + method + "': '" + part.trim() + "' is not a CIDR");
        }
      }
    }
  }
}
