package dev.calicokit.policy.internal;

import dev.calicokit.model.values.NetAddr;
import java.util.List;

/**
 * One side of a packet as rules see it: the endpoint (null for an outside address), its addresses, and
 * the network sets whose networks hold one of them (rule selectors match those sets' labels too, as
 * Felix's IP sets include network sets).
 */
public record Peer(EndpointData endpoint, List<NetAddr> ips, List<EndpointData> networkSets, String display) {}
