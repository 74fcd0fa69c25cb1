package dev.calicokit.policy.internal;

/**
 * One rule in Felix's form. {@code protocol} and the ICMP fields are -1 where absent.
 *
 * @param action Allow, Deny, Pass or Log (unknown actions are kept and never match)
 */
record CompiledRule(int index, String action, int ipVersion, int protocol, int notProtocol, int icmpType, int icmpCode,
    int notIcmpType, int notIcmpCode, RuleSide source, RuleSide destination, boolean hasHttp) {}
