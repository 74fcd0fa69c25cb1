package dev.calicokit.schemas.internal.cel;

import dev.calicokit.model.values.IpParser;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.OpaqueType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.util.List;

/**
 * The Kubernetes CEL IP and CIDR functions ({@code ip}, {@code isIP}, {@code ip.isCanonical},
 * {@code cidr}, {@code isCIDR}, {@code containsIP}, {@code containsCIDR}, {@code prefixLength},
 * {@code masked}, {@code family}, the address classifications, and {@code string()} of both types), as
 * the API server's CEL library defines them. Addresses and prefixes are read as the library reads them,
 * with Go's {@code netip.ParseAddr} and {@code netip.ParsePrefix} ({@link IpParser}), and zones and
 * IPv4-mapped IPv6 addresses are refused, as the library refuses them. The values are the model's
 * {@link NetAddr} and {@link NetPrefix}, whose methods and equality are those of Go's netip types.
 * {@code containsCIDR} compares under the containing prefix's mask, as the library does since the fix that made {@code cidr('10.0.0.0/8').containsCIDR('10.1.0.0/16')} true.
 */
final class CelNetLibrary {
  static final CelType IP = OpaqueType.create("net.IP");
  static final CelType CIDR = OpaqueType.create("net.CIDR");

  private CelNetLibrary() {}

  static List<CelFunctionDecl> declarations() {
    return List.of(
        CelFunctionDecl.newFunctionDeclaration("ip",
            CelOverloadDecl.newGlobalOverload("string_to_ip", IP, SimpleType.STRING),
            CelOverloadDecl.newMemberOverload("cidr_ip", IP, CIDR)),
        global("isIP", "is_ip", SimpleType.BOOL, SimpleType.STRING),
        global("ip.isCanonical", "ip_is_canonical", SimpleType.BOOL, SimpleType.STRING),
        member("family", "ip_family", SimpleType.INT, IP),
        member("isUnspecified", "ip_is_unspecified", SimpleType.BOOL, IP),
        member("isLoopback", "ip_is_loopback", SimpleType.BOOL, IP),
        member("isLinkLocalMulticast", "ip_is_link_local_multicast", SimpleType.BOOL, IP),
        member("isLinkLocalUnicast", "ip_is_link_local_unicast", SimpleType.BOOL, IP),
        member("isGlobalUnicast", "ip_is_global_unicast", SimpleType.BOOL, IP),
        global("cidr", "string_to_cidr", CIDR, SimpleType.STRING),
        global("isCIDR", "is_cidr", SimpleType.BOOL, SimpleType.STRING),
        CelFunctionDecl.newFunctionDeclaration("containsIP",
            CelOverloadDecl.newMemberOverload("cidr_contains_ip_string", SimpleType.BOOL, CIDR, SimpleType.STRING),
            CelOverloadDecl.newMemberOverload("cidr_contains_ip_ip", SimpleType.BOOL, CIDR, IP)),
        CelFunctionDecl.newFunctionDeclaration("containsCIDR",
            CelOverloadDecl.newMemberOverload("cidr_contains_cidr_string", SimpleType.BOOL, CIDR, SimpleType.STRING),
            CelOverloadDecl.newMemberOverload("cidr_contains_cidr", SimpleType.BOOL, CIDR, CIDR)),
        member("prefixLength", "cidr_prefix_length", SimpleType.INT, CIDR),
        member("masked", "cidr_masked", CIDR, CIDR),
        CelFunctionDecl.newFunctionDeclaration("string",
            CelOverloadDecl.newGlobalOverload("ip_to_string", SimpleType.STRING, IP),
            CelOverloadDecl.newGlobalOverload("cidr_to_string", SimpleType.STRING, CIDR)));
  }

  static List<CelFunctionBinding> bindings() {
    return List.of(
        CelFunctionBinding.from("string_to_ip", String.class, CelNetLibrary::ip),
        CelFunctionBinding.from("cidr_ip", NetPrefix.class, NetPrefix::addr),
        CelFunctionBinding.from("is_ip", String.class, s -> parseIp(s) != null),
        CelFunctionBinding.from("ip_is_canonical", String.class, s -> ip(s).toString().equals(s)),
        CelFunctionBinding.from("ip_family", NetAddr.class, a -> (long) (a.is4() ? 4 : 6)),
        CelFunctionBinding.from("ip_is_unspecified", NetAddr.class, NetAddr::isUnspecified),
        CelFunctionBinding.from("ip_is_loopback", NetAddr.class, NetAddr::isLoopback),
        CelFunctionBinding.from("ip_is_link_local_multicast", NetAddr.class, NetAddr::isLinkLocalMulticast),
        CelFunctionBinding.from("ip_is_link_local_unicast", NetAddr.class, NetAddr::isLinkLocalUnicast),
        CelFunctionBinding.from("ip_is_global_unicast", NetAddr.class, NetAddr::isGlobalUnicast),
        CelFunctionBinding.from("string_to_cidr", String.class, CelNetLibrary::cidr),
        CelFunctionBinding.from("is_cidr", String.class, s -> parseCidr(s) != null),
        CelFunctionBinding.from("cidr_contains_ip_string", NetPrefix.class, String.class, (p, s) -> p.contains(ip(s))),
        CelFunctionBinding.from("cidr_contains_ip_ip", NetPrefix.class, NetAddr.class, NetPrefix::contains),
        CelFunctionBinding.from("cidr_contains_cidr_string", NetPrefix.class, String.class, (p, s) -> p.contains(cidr(s))),
        CelFunctionBinding.from("cidr_contains_cidr", NetPrefix.class, NetPrefix.class, NetPrefix::contains),
        CelFunctionBinding.from("cidr_prefix_length", NetPrefix.class, p -> (long) p.bits()),
        CelFunctionBinding.from("cidr_masked", NetPrefix.class, NetPrefix::masked),
        CelFunctionBinding.from("ip_to_string", NetAddr.class, NetAddr::toString),
        CelFunctionBinding.from("cidr_to_string", NetPrefix.class, NetPrefix::toString));
  }

  /** The address, or null when the Kubernetes library refuses it (Go syntax, no zone, not 4-in-6). */
  static NetAddr parseIp(String s) {
    NetAddr a = IpParser.parseAddr(s).orElse(null);
    if (a == null || !a.zone().isEmpty() || a.is4In6()) {
      return null;
    }
    return a;
  }

  /** The prefix, or null when the Kubernetes library refuses it (Go syntax, not 4-in-6). */
  static NetPrefix parseCidr(String s) {
    NetPrefix p = IpParser.parsePrefix(s).orElse(null);
    if (p == null || p.addr().is4In6()) {
      return null;
    }
    return p;
  }

  private static NetAddr ip(String s) throws CelEvaluationException {
    NetAddr a = parseIp(s);
    if (a == null) {
      throw new CelEvaluationException("IP address \"" + s + "\" is not a valid IPv4 or IPv6 address");
    }
    return a;
  }

  private static NetPrefix cidr(String s) throws CelEvaluationException {
    NetPrefix p = parseCidr(s);
    if (p == null) {
      throw new CelEvaluationException("network address \"" + s + "\" is not a valid CIDR");
    }
    return p;
  }

  private static CelFunctionDecl global(String name, String id, CelType result, CelType... params) {
    return CelFunctionDecl.newFunctionDeclaration(name, CelOverloadDecl.newGlobalOverload(id, result, params));
  }

  private static CelFunctionDecl member(String name, String id, CelType result, CelType... params) {
    return CelFunctionDecl.newFunctionDeclaration(name, CelOverloadDecl.newMemberOverload(id, result, params));
  }
}
