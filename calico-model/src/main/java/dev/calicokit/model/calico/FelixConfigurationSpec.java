package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.HasUnknownFields;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.style.CalicoStyle;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.GoDuration;
import dev.calicokit.model.values.IntOrString;
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings for Felix, the per-node Calico agent that programs routes, policy and other dataplane
 * state. A resource named default applies to all nodes, and one named node. followed by a node
 * name overrides it for that node.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableFelixConfigurationSpec.class)
@JsonDeserialize(builder = FelixConfigurationSpec.Builder.class)
@JsonPropertyOrder({"useInternalDataplaneDriver", "dataplaneDriver", "dataplaneWatchdogTimeout", "ipv6Support", "routeRefreshInterval", "interfaceRefreshInterval", "iptablesRefreshInterval", "iptablesPostWriteCheckInterval", "iptablesLockFilePath", "iptablesLockTimeout", "iptablesLockProbeInterval", "featureDetectOverride", "featureGates", "ipsetsRefreshInterval", "maxIpsetSize", "iptablesBackend", "xdpRefreshInterval", "netlinkTimeout", "metadataAddr", "metadataPort", "openstackRegion", "interfacePrefix", "interfaceExclude", "chainInsertMode", "defaultEndpointToHostAction", "iptablesFilterAllowAction", "iptablesMangleAllowAction", "iptablesFilterDenyAction", "logPrefix", "logActionRateLimit", "logActionRateLimitBurst", "logFilePath", "logSeverityFile", "logSeverityScreen", "logSeveritySys", "logDebugFilenameRegex", "ipipEnabled", "ipipMTU", "vxlanEnabled", "vxlanMTU", "vxlanMTUV6", "vxlanPort", "vxlanVNI", "allowVXLANPacketsFromWorkloads", "allowIPIPPacketsFromWorkloads", "reportingInterval", "reportingTTL", "endpointReportingEnabled", "endpointReportingDelay", "endpointStatusPathPrefix", "iptablesMarkMask", "disableConntrackInvalidCheck", "healthEnabled", "healthHost", "healthPort", "healthTimeoutOverrides", "prometheusMetricsEnabled", "prometheusMetricsHost", "prometheusMetricsPort", "prometheusGoMetricsEnabled", "prometheusProcessMetricsEnabled", "prometheusWireGuardMetricsEnabled", "prometheusMetricsCAFile", "prometheusMetricsCertFile", "prometheusMetricsKeyFile", "prometheusMetricsClientAuth", "failsafeInboundHostPorts", "failsafeOutboundHostPorts", "kubeNodePortRanges", "policySyncPathPrefix", "usageReportingEnabled", "usageReportingInitialDelay", "usageReportingInterval", "natPortRange", "natOutgoingAddress", "natOutgoingExclusions", "deviceRouteSourceAddress", "deviceRouteSourceAddressIPv6", "deviceRouteProtocol", "removeExternalRoutes", "programClusterRoutes", "ipForwarding", "externalNodesList", "debugMemoryProfilePath", "debugDisableLogDropping", "debugSimulateCalcGraphHangAfter", "debugSimulateDataplaneHangAfter", "debugSimulateDataplaneApplyDelay", "debugHost", "debugPort", "iptablesNATOutgoingInterfaceFilter", "sidecarAccelerationEnabled", "xdpEnabled", "genericXDPEnabled", "nftablesMode", "nftablesRefreshInterval", "nftablesFilterAllowAction", "nftablesMangleAllowAction", "nftablesFilterDenyAction", "nftablesMarkMask", "bpfEnabled", "bpfDisableUnprivileged", "bpfJITHardening", "bpfLogLevel", "bpfConntrackLogLevel", "bpfConntrackMode", "bpfConntrackTimeouts", "bpfLogFilters", "bpfCTLBLogFilter", "bpfDataIfacePattern", "bpfL3IfacePattern", "bpfConnectTimeLoadBalancingEnabled", "bpfConnectTimeLoadBalancing", "bpfHostNetworkedNATWithoutCTLB", "bpfExternalServiceMode", "bpfDSROptoutCIDRs", "bpfExtToServiceConnmark", "bpfKubeProxyIptablesCleanupEnabled", "bpfKubeProxyMinSyncPeriod", "bpfKubeProxyEndpointSlicesEnabled", "bpfKubeProxyHealthzPort", "bpfKubeProxyHealtzPort", "bpfPSNATPorts", "bpfMapSizeNATFrontend", "bpfMapSizeNATBackend", "bpfMapSizeNATAffinity", "bpfMapSizeRoute", "bpfMapSizeConntrack", "bpfMapSizePerCpuConntrack", "bpfMapSizeConntrackScaling", "bpfMapSizeConntrackCleanupQueue", "bpfMapSizeIPSets", "bpfMapSizeIfState", "bpfHostConntrackBypass", "bpfEnforceRPF", "bpfPolicyDebugEnabled", "bpfForceTrackPacketsFromIfaces", "bpfDisableGROForIfaces", "bpfExcludeCIDRsFromNAT", "bpfExportBufferSizeMB", "cgroupV2Path", "flowLogsPolicyEvaluationMode", "bpfRedirectToPeer", "bpfAttachType", "flowLogsFlushInterval", "flowLogsCollectorDebugTrace", "flowLogsGoldmaneServer", "flowLogsLocalReporter", "bpfProfiling", "routeSource", "routeTableRanges", "routeTableRange", "routeSyncDisabled", "wireguardEnabled", "wireguardEnabledV6", "wireguardThreadingEnabled", "wireguardListeningPort", "wireguardListeningPortV6", "wireguardRoutingRulePriority", "wireguardInterfaceName", "wireguardInterfaceNameV6", "wireguardMTU", "wireguardMTUV6", "wireguardHostEncryptionEnabled", "wireguardKeepAlive", "awsSrcDstCheck", "serviceLoopPrevention", "workloadSourceSpoofing", "mtuIfacePattern", "floatingIPs", "windowsManageFirewallRules", "goGCThreshold", "goMemoryLimitMB", "goMaxProcs", "requireMTUFile", "bpfMaglevMaxEndpointsPerService", "bpfMaglevMaxServices", "istioAmbientMode", "istioDSCPMark", "ipv4NormalRoutePriority", "ipv4ElevatedRoutePriority", "ipv6NormalRoutePriority", "ipv6ElevatedRoutePriority", "liveMigrationRouteConvergenceTime", "nodeSelector"})
public interface FelixConfigurationSpec extends WithFelixConfigurationSpec, HasUnknownFields {
  /**
   * When true (the default), Felix programs the dataplane itself; when false it starts the
   * external driver named by dataplaneDriver and talks to it over protobuf.
   */
  @JsonProperty("useInternalDataplaneDriver")
  Optional<Boolean> useInternalDataplaneDriver();

  /**
   * File name of an external dataplane driver program to run; it is used only when
   * useInternalDataplaneDriver is false, and unset means calico-iptables-plugin.
   */
  @JsonProperty("dataplaneDriver")
  Optional<String> dataplaneDriver();

  /**
   * Deprecated liveness and readiness timeout for Felix's internal dataplane driver, as a duration
   * such as 90s (the default); use healthTimeoutOverrides instead.
   */
  @JsonProperty("dataplaneWatchdogTimeout")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> dataplaneWatchdogTimeout();

  /**
   * When true, Felix programs IPv6 as well as IPv4, if the dataplane in use supports it; unset
   * means true.
   */
  @JsonProperty("ipv6Support")
  Optional<Boolean> ipv6Support();

  /**
   * How often Felix re-reads routes to detect and repair outside changes, as a duration such as
   * 90s (the default); 0 turns the check off.
   */
  @JsonProperty("routeRefreshInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> routeRefreshInterval();

  /**
   * How often Felix rescans local interfaces to check their state, as a duration such as 90s (the
   * default); 0 turns the rescan off.
   */
  @JsonProperty("interfaceRefreshInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> interfaceRefreshInterval();

  /**
   * How often Felix re-reads its iptables rules to detect and repair changes made by other
   * programs, as a duration such as 90s; 0 turns the check off, and recent releases default to
   * 180s.
   */
  @JsonProperty("iptablesRefreshInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> iptablesRefreshInterval();

  /**
   * Delay, as a duration such as 5s, after Felix writes iptables rules before it reads them back
   * to catch changes by programs that ignore the iptables lock; recent releases default to 5s.
   */
  @JsonProperty("iptablesPostWriteCheckInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> iptablesPostWriteCheckInterval();

  /**
   * Path of the iptables lock file, for cases where it is mounted somewhere other than
   * /run/xtables.lock (the default); recent Felix releases appear no longer to use it.
   */
  @JsonProperty("iptablesLockFilePath")
  @Present(groups = ApiGroup.CRD_V1, to = Release.V3_31)
  Optional<String> iptablesLockFilePath();

  /**
   * Deprecated: how long Felix itself waits for the iptables lock, as a duration such as 10s;
   * unset or 0 leaves locking to the iptables tools, and turning it on can deadlock with modern
   * iptables-restore.
   */
  @JsonProperty("iptablesLockTimeout")
  @Present(groups = ApiGroup.CRD_V1, to = Release.V3_31)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", from = Release.V3_27, to = Release.V3_31)
  Optional<GoDuration> iptablesLockTimeout();

  /**
   * Wait between attempts to take the iptables lock while it is busy, as a duration such as 50ms
   * (the default); shorter values react faster but cost more CPU.
   */
  @JsonProperty("iptablesLockProbeInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> iptablesLockProbeInterval();

  /**
   * Comma-separated name=value list without spaces that forces detected kernel or platform
   * features on (true) or off (false), for example SNATFullyRandom=true; an empty value for a
   * name, or leaving it out, keeps auto-detection.
   */
  @JsonProperty("featureDetectOverride")
  @Fact(kind = FactKind.PATTERN, value = "^([a-zA-Z0-9-_]+=(true|false|),)*([a-zA-Z0-9-_]+=(true|false|))?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([a-zA-Z0-9-_]+=(true|false|),)*([a-zA-Z0-9-_]+=(true|false|))?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> featureDetectOverride();

  /**
   * Comma-separated name=value list without spaces that switches tech-preview Calico features on
   * or off; features not listed keep their default state.
   */
  @JsonProperty("featureGates")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_25)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^([a-zA-Z0-9-_]+=([^=]+),)*([a-zA-Z0-9-_]+=([^=]+))?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([a-zA-Z0-9-_]+=([^=]+),)*([a-zA-Z0-9-_]+=([^=]+))?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> featureGates();

  /**
   * How often Felix re-reads all IP sets to detect and repair unexpected changes, as a duration
   * such as 90s (the default); 0 turns the periodic check off.
   */
  @JsonProperty("ipsetsRefreshInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> ipsetsRefreshInterval();

  /**
   * Largest number of addresses one IP set may hold; not used with the nftables backend, and unset
   * means 1048576.
   */
  @JsonProperty("maxIpsetSize")
  Optional<Long> maxIpsetSize();

  /**
   * Which iptables variant Felix drives: Auto (the default, detect from the host), Legacy or NFT;
   * switching on a running node can leave stale rules in the other variant.
   */
  @JsonProperty("iptablesBackend")
  @Fact(kind = FactKind.ENUM, value = {"Legacy", "NFT", "Auto"}, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Auto|FelixConfiguration|FelixConfigurationList|Legacy|NFT)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27, to = Release.V3_29)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Auto|Legacy|NFT)?$", groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Auto|Legacy|NFT)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<IptablesBackend> iptablesBackend();

  /**
   * How often Felix re-checks its XDP programs and maps to detect and repair outside changes, as a
   * duration such as 90s (the default); 0 turns the check off.
   */
  @JsonProperty("xdpRefreshInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> xdpRefreshInterval();

  /**
   * Timeout for netlink calls to the kernel when Felix programs routes, rules and other kernel
   * objects, as a duration such as 10s (the default).
   */
  @JsonProperty("netlinkTimeout")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> netlinkTimeout();

  /**
   * IP address or host name of the server answering cloud-init metadata requests from VMs (in
   * OpenStack, the nova metadata API host); none, in any case, means Felix adds no NAT rule for
   * metadata, and unset means 127.0.0.1.
   */
  @JsonProperty("metadataAddr")
  Optional<String> metadataAddr();

  /**
   * Port of the metadata server; Felix NATs 169.254.169.254:80 to metadataAddr on this port, and
   * unset means 8775.
   */
  @JsonProperty("metadataPort")
  Optional<Long> metadataPort();

  /**
   * Name of the OpenStack region this Felix belongs to, which must match the region set for the
   * Calico Neutron plugin in multi-region deployments; unset means no region.
   */
  @JsonProperty("openstackRegion")
  Optional<String> openstackRegion();

  /**
   * Interface name prefix that marks workload interfaces as opposed to host interfaces, for
   * example cali for Kubernetes or tap for OpenStack; several prefixes may be given
   * comma-separated, and unset means cali.
   */
  @JsonProperty("interfacePrefix")
  Optional<String> interfacePrefix();

  /**
   * Comma-separated list of interface names that Felix ignores when looking for host endpoints; an
   * entry wrapped in slashes, such as /^kube/, is a regular expression, and unset means
   * kube-ipvs0.
   */
  @JsonProperty("interfaceExclude")
  Optional<String> interfaceExclude();

  /**
   * How Felix hooks its rules into the built-in iptables chains (INPUT, FORWARD, OUTPUT and the
   * like): Insert (the default, places its jump rule first so Calico policy cannot be bypassed) or
   * Append (places it last, so earlier rules must fall through for Calico policy to apply).
   */
  @JsonProperty("chainInsertMode")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(insert|append)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27, to = Release.V3_29)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Insert|Append)?$", groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Insert|Append)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<ChainInsertMode> chainInsertMode();

  /**
   * What happens to traffic from a workload to its own host once the workload's egress policy has
   * been applied: Drop (the default), Return (hand the packet back to the iptables INPUT chain for
   * further rules) or Accept (allow it outright).
   */
  @JsonProperty("defaultEndpointToHostAction")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Drop|Accept|Return)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Drop|Accept|Return)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<EndpointToHostAction> defaultEndpointToHostAction();

  /**
   * Action used when policy allows a packet in the iptables filter table: Accept (the default,
   * stop processing) or Return (go back to the calling chain so later rules can still act).
   */
  @JsonProperty("iptablesFilterAllowAction")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Accept|Return)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Accept|Return)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<AllowAction> iptablesFilterAllowAction();

  /**
   * Action used when policy allows a packet in the iptables mangle table (pre-DNAT policy): Accept
   * (the default) or Return (go back to the calling chain so later rules can still act).
   */
  @JsonProperty("iptablesMangleAllowAction")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Accept|Return)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Accept|Return)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<AllowAction> iptablesMangleAllowAction();

  /**
   * Action used when policy denies a packet in iptables mode: Drop (the default, discard silently)
   * or Reject (discard and tell the sender).
   */
  @JsonProperty("iptablesFilterDenyAction")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_26)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Drop|Reject)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Drop|Reject)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<DenyAction> iptablesFilterDenyAction();

  /**
   * Text placed at the start of log lines written by policy Log rules; it may contain %t (tier),
   * %k (kind), %n (name) and %p (namespace/name), is cut at 29 characters in iptables and 127 in
   * nftables, and unset means calico-packet.
   */
  @JsonProperty("logPrefix")
  @Fact(kind = FactKind.PATTERN, value = "^([a-zA-Z0-9%: /_-])*$", groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 6, to = Release.V3_30)
  @Fact(kind = FactKind.PATTERN, value = "^([a-zA-Z0-9%: /_-])*$", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 4)
  @Fact(kind = FactKind.PATTERN, value = "^([a-zA-Z0-9%: /_-])*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> logPrefix();

  /**
   * Limits how often policy rules with a Log action actually log, written as N/unit where unit is
   * second, minute, hour or day (for example 10/second); unset means no limit.
   */
  @JsonProperty("logActionRateLimit")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 6, to = Release.V3_30)
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 4)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^[1-9]\\d{0,3}/(?:second|minute|hour|day)$")
  Optional<String> logActionRateLimit();

  /**
   * Number of Log action hits allowed in a burst above logActionRateLimit, from 0 to 9999; only
   * used when logActionRateLimit is set, and unset means 5.
   */
  @JsonProperty("logActionRateLimitBurst")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 6, to = Release.V3_30)
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 4)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.MINIMUM, value = "0")
  @Fact(kind = FactKind.MAXIMUM, value = "9999")
  Optional<Long> logActionRateLimitBurst();

  /**
   * Full path of Felix's log file; none turns file logging off, and unset means
   * /var/log/calico/felix.log.
   */
  @JsonProperty("logFilePath")
  Optional<String> logFilePath();

  /**
   * Lowest severity written to the log file: Trace, Debug, Info (the default), Warning, Error or
   * Fatal.
   */
  @JsonProperty("logSeverityFile")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27, to = Release.V3_30, toPatch = 0)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 1)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<LogSeverity> logSeverityFile();

  /**
   * Lowest severity written to standard output: Trace, Debug, Info (the default), Warning, Error
   * or Fatal.
   */
  @JsonProperty("logSeverityScreen")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27, to = Release.V3_30, toPatch = 0)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 1)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<LogSeverity> logSeverityScreen();

  /**
   * Lowest severity sent to syslog: Trace, Debug, Info (the default), Warning, Error or Fatal.
   */
  @JsonProperty("logSeveritySys")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27, to = Release.V3_30, toPatch = 0)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 1)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<LogSeverity> logSeveritySys();

  /**
   * Regular expression over Felix source file names; when set, Debug level messages are only
   * logged if they come from a matching file, while other levels are unaffected.
   */
  @JsonProperty("logDebugFilenameRegex")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> logDebugFilenameRegex();

  /**
   * Forces whether Felix sets up the IP-in-IP tunnel device on the host; unset lets Felix decide
   * from the IP pools in use.
   */
  @JsonProperty("ipipEnabled")
  Optional<Boolean> ipipEnabled();

  /**
   * MTU in bytes for the IP-in-IP tunnel device; unset or 0 means Felix works it out from the host
   * interfaces.
   */
  @JsonProperty("ipipMTU")
  Optional<Long> ipipMTU();

  /**
   * Forces whether Felix creates the IPv4 VXLAN tunnel device; unset lets Felix decide from the IP
   * pools in use.
   */
  @JsonProperty("vxlanEnabled")
  Optional<Boolean> vxlanEnabled();

  /**
   * MTU in bytes for the IPv4 VXLAN tunnel device; unset or 0 means Felix works it out from the
   * host interfaces.
   */
  @JsonProperty("vxlanMTU")
  Optional<Long> vxlanMTU();

  /**
   * MTU in bytes for the IPv6 VXLAN tunnel device; unset or 0 means Felix works it out from the
   * host interfaces.
   */
  @JsonProperty("vxlanMTUV6")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> vxlanMTUV6();

  /** UDP port used for VXLAN traffic; unset means 4789. */
  @JsonProperty("vxlanPort")
  Optional<Long> vxlanPort();

  /**
   * VXLAN network identifier used by Calico's VXLAN devices, which may need changing if another
   * VXLAN network on the host already uses it; unset means 4096.
   */
  @JsonProperty("vxlanVNI")
  Optional<Long> vxlanVNI();

  /**
   * When true, Felix skips the rule that drops VXLAN encapsulated packets sent by workloads, so
   * such packets are let through; unset or false keeps the drop rule.
   */
  @JsonProperty("allowVXLANPacketsFromWorkloads")
  Optional<Boolean> allowVXLANPacketsFromWorkloads();

  /**
   * When true, Felix skips the rule that drops IP-in-IP encapsulated packets sent by workloads, so
   * such packets are let through; unset or false keeps the drop rule.
   */
  @JsonProperty("allowIPIPPacketsFromWorkloads")
  Optional<Boolean> allowIPIPPacketsFromWorkloads();

  /**
   * How often Felix writes its status to the datastore, as a duration such as 30s (the default); 0
   * turns reporting off, which is not allowed with OpenStack.
   */
  @JsonProperty("reportingInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> reportingInterval();

  /**
   * Time-to-live attached to Felix's status reports, as a duration such as 90s (the default).
   */
  @JsonProperty("reportingTTL")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> reportingTTL();

  /**
   * When true, Felix writes per-endpoint status into the datastore; used only with OpenStack, and
   * unset means false.
   */
  @JsonProperty("endpointReportingEnabled")
  Optional<Boolean> endpointReportingEnabled();

  /**
   * Delay, as a duration such as 1s (the default), before Felix writes endpoint status to the
   * datastore; used only with OpenStack.
   */
  @JsonProperty("endpointReportingDelay")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> endpointReportingDelay();

  /**
   * Directory in which Felix writes per-endpoint status files, which should match the directory
   * the CNI plugin reads for pod startup checks; an empty value turns this off, and recent
   * releases default to /var/run/calico.
   */
  @JsonProperty("endpointStatusPathPrefix")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_28)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> endpointStatusPathPrefix();

  /**
   * 32-bit mask, usually written in hex, from which Felix takes the packet mark bits it uses in
   * iptables mode; it needs at least 8 bits set that no other software on the host uses, and unset
   * means 0xffff0000.
   */
  @JsonProperty("iptablesMarkMask")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  Optional<Long> iptablesMarkMask();

  /**
   * When true, Felix stops dropping packets that Linux conntrack marks as invalid, which can help
   * some multi-NIC setups at the cost of a security check; unset means false.
   */
  @JsonProperty("disableConntrackInvalidCheck")
  Optional<Boolean> disableConntrackInvalidCheck();

  /**
   * When true, Felix serves HTTP liveness and readiness endpoints on healthHost and healthPort;
   * unset means false.
   */
  @JsonProperty("healthEnabled")
  Optional<Boolean> healthEnabled();

  /** Host address that Felix's health server binds to; unset means localhost. */
  @JsonProperty("healthHost")
  Optional<String> healthHost();

  /** TCP port of Felix's health server; unset means 9099. */
  @JsonProperty("healthPort")
  Optional<Long> healthPort();

  /**
   * List of entries that change the watchdog timeout of individual Felix components (names appear
   * in Felix's logs), useful to avoid false liveness failures under heavy load or tight CPU
   * limits; unset keeps each component's built-in timeout.
   */
  @JsonProperty("healthTimeoutOverrides")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_25)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  List<HealthTimeoutOverride> healthTimeoutOverrides();

  /** When true, Felix serves Prometheus metrics over HTTP; unset means false. */
  @JsonProperty("prometheusMetricsEnabled")
  Optional<Boolean> prometheusMetricsEnabled();

  /** Host address the Prometheus metrics server binds to; unset means all addresses. */
  @JsonProperty("prometheusMetricsHost")
  Optional<String> prometheusMetricsHost();

  /** TCP port of the Prometheus metrics server; unset means 9091. */
  @JsonProperty("prometheusMetricsPort")
  Optional<Long> prometheusMetricsPort();

  /**
   * When false, Felix stops exporting Go runtime metrics to Prometheus, reducing the number of
   * series; unset means true.
   */
  @JsonProperty("prometheusGoMetricsEnabled")
  Optional<Boolean> prometheusGoMetricsEnabled();

  /**
   * When false, Felix stops exporting process metrics (CPU, memory, file handles) to Prometheus;
   * unset means true.
   */
  @JsonProperty("prometheusProcessMetricsEnabled")
  Optional<Boolean> prometheusProcessMetricsEnabled();

  /** When false, Felix stops exporting WireGuard metrics to Prometheus; unset means true. */
  @JsonProperty("prometheusWireGuardMetricsEnabled")
  Optional<Boolean> prometheusWireGuardMetricsEnabled();

  /**
   * Absolute path of the CA certificate file used for TLS on the Prometheus metrics endpoint; it
   * must be readable by calico-node, and unset means no CA is configured.
   */
  @JsonProperty("prometheusMetricsCAFile")
  @Present(from = Release.V3_32)
  Optional<String> prometheusMetricsCAFile();

  /**
   * Absolute path of the TLS certificate file served by the Prometheus metrics endpoint; it must
   * be readable by calico-node, and unset means the endpoint does not use TLS.
   */
  @JsonProperty("prometheusMetricsCertFile")
  @Present(from = Release.V3_32)
  Optional<String> prometheusMetricsCertFile();

  /**
   * Absolute path of the private key matching prometheusMetricsCertFile, used for TLS on the
   * metrics endpoint; it must be readable by calico-node.
   */
  @JsonProperty("prometheusMetricsKeyFile")
  @Present(from = Release.V3_32)
  Optional<String> prometheusMetricsKeyFile();

  /**
   * How the TLS metrics endpoint checks client certificates: RequireAndVerifyClientCert,
   * RequireAnyClientCert, VerifyClientCertIfGiven or NoClientCert; it only matters when TLS is set
   * up.
   */
  @JsonProperty("prometheusMetricsClientAuth")
  @Present(from = Release.V3_32)
  Optional<String> prometheusMetricsClientAuth();

  /**
   * Protocol, port and optional CIDR entries on which host endpoints always accept incoming
   * traffic regardless of policy, so a bad policy cannot lock an operator out; an empty list
   * removes them all, and unset keeps Felix's built-in list (SSH, DHCP, BGP, etcd, Typha and the
   * Kubernetes API ports).
   */
  @JsonProperty("failsafeInboundHostPorts")
  List<ProtoPort> failsafeInboundHostPorts();

  /**
   * Protocol, port and optional CIDR entries to which host endpoints may always send traffic
   * regardless of policy, so the node keeps reaching vital services; an empty list removes them
   * all, and unset keeps Felix's built-in list (DNS, DHCP, BGP, etcd, Typha and the Kubernetes API
   * ports).
   */
  @JsonProperty("failsafeOutboundHostPorts")
  List<ProtoPort> failsafeOutboundHostPorts();

  /**
   * List of port ranges, written like 30000:32767 (the default), used by Kubernetes service node
   * ports; Felix uses them to tell host traffic from workload traffic, and only when kube-proxy
   * runs in IPVS mode.
   */
  @JsonProperty("kubeNodePortRanges")
  @Fact(kind = FactKind.PATTERN, value = "^.*", node = SchemaNode.ITEMS)
  @Fact(kind = FactKind.INT_OR_STRING, node = SchemaNode.ITEMS)
  List<IntOrString> kubeNodePortRanges();

  /**
   * Directory under which Felix creates per-workload sockets that pass policy updates to external
   * agents, such as those enforcing application layer policy; unset turns this off.
   */
  @JsonProperty("policySyncPathPrefix")
  Optional<String> policySyncPathPrefix();

  /**
   * When true (the default), Felix periodically sends the Calico version and cluster size
   * anonymously to the Calico project and logs any warnings returned, such as security advisories.
   */
  @JsonProperty("usageReportingEnabled")
  Optional<Boolean> usageReportingEnabled();

  /**
   * Minimum wait after start before Felix sends its first usage report, as a duration such as 300s
   * (the default).
   */
  @JsonProperty("usageReportingInitialDelay")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> usageReportingInitialDelay();

  /** Interval between usage reports, as a duration such as 86400s (the default, one day). */
  @JsonProperty("usageReportingInterval")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> usageReportingInterval();

  /**
   * Port range, written like 32768:65535, used for source ports when doing outgoing NAT; unset
   * leaves the choice to the kernel.
   */
  @JsonProperty("natPortRange")
  @Fact(kind = FactKind.PATTERN, value = "^.*")
  @Fact(kind = FactKind.INT_OR_STRING)
  Optional<IntOrString> natPortRange();

  /**
   * IPv4 source address used for outgoing NAT of traffic from NAT-outgoing IP pools; unset means
   * the address of the interface the traffic leaves by (masquerade).
   */
  @JsonProperty("natOutgoingAddress")
  Optional<String> natOutgoingAddress();

  /**
   * Which destinations are spared outgoing NAT for pods in NAT-outgoing IP pools: IPPoolsOnly (the
   * default, only IP pool addresses are spared) or IPPoolsAndHostIPs (host addresses are spared
   * too).
   */
  @JsonProperty("natOutgoingExclusions")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"IPPoolsOnly", "IPPoolsAndHostIPs"})
  Optional<NATOutgoingExclusionsType> natOutgoingExclusions();

  /**
   * IPv4 address that Felix sets as the preferred source on routes it programs, affecting
   * host-to-workload traffic; unset lets the kernel pick the source.
   */
  @JsonProperty("deviceRouteSourceAddress")
  Optional<String> deviceRouteSourceAddress();

  /**
   * IPv6 address that Felix sets as the preferred source on routes it programs, affecting
   * host-to-workload traffic; unset lets the kernel pick the source.
   */
  @JsonProperty("deviceRouteSourceAddressIPv6")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> deviceRouteSourceAddressIPv6();

  /**
   * Routing protocol number (an 8-bit value that marks who owns a route) that Felix sets on the
   * routes it programs; unset means 3 (boot).
   */
  @JsonProperty("deviceRouteProtocol")
  Optional<Long> deviceRouteProtocol();

  /**
   * When true (the default), Felix deletes routes to workload interfaces that it did not create;
   * to keep routes of your own, set this to false and give them a protocol other than
   * deviceRouteProtocol.
   */
  @JsonProperty("removeExternalRoutes")
  Optional<Boolean> removeExternalRoutes();

  /**
   * Whether Felix, rather than BIRD, programs routes to pods on other nodes for IP pools that do
   * not use VXLAN: Enabled or Disabled (the default); VXLAN pools always get routes from Felix.
   */
  @JsonProperty("programClusterRoutes")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> programClusterRoutes();

  /**
   * Whether Felix sets the host sysctls that turn on IP forwarding, which workload networking
   * needs: Enabled (the default) or Disabled, the latter only for hosts protected by Calico
   * without carrying workloads.
   */
  @JsonProperty("ipForwarding")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> ipForwarding();

  /**
   * List of CIDRs of non-Calico machines whose IP-in-IP or VXLAN tunnel traffic Calico nodes
   * accept; tunnel traffic from elsewhere outside the cluster is blocked by default.
   */
  @JsonProperty("externalNodesList")
  List<String> externalNodesList();

  /**
   * File path to which Felix writes a memory profile when asked to by a signal; unset means no
   * profile is written.
   */
  @JsonProperty("debugMemoryProfilePath")
  Optional<String> debugMemoryProfilePath();

  /**
   * When true, Felix blocks rather than discards log messages when its log buffer is full, which
   * can slow Felix down if writing logs is a bottleneck; unset means false.
   */
  @JsonProperty("debugDisableLogDropping")
  Optional<Boolean> debugDisableLogDropping();

  /**
   * Testing aid: makes Felix's calculation graph stop responding after the given duration, such as
   * 60s, to exercise the watchdog; unset or 0 does nothing.
   */
  @JsonProperty("debugSimulateCalcGraphHangAfter")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> debugSimulateCalcGraphHangAfter();

  /**
   * Testing aid: makes Felix's dataplane driver stop responding after the given duration, such as
   * 60s, to exercise the watchdog; unset or 0 does nothing.
   */
  @JsonProperty("debugSimulateDataplaneHangAfter")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> debugSimulateDataplaneHangAfter();

  /**
   * Testing aid: adds the given duration, such as 100ms, as an artificial delay to every dataplane
   * update to mimic a heavily loaded node; unset or 0 adds none.
   */
  @JsonProperty("debugSimulateDataplaneApplyDelay")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_28)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$")
  Optional<GoDuration> debugSimulateDataplaneApplyDelay();

  /**
   * Host address or name that the debug HTTP server binds to when debugPort is set; unset means
   * localhost.
   */
  @JsonProperty("debugHost")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_28)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> debugHost();

  /**
   * TCP port (0 to 65535) for Felix's debug HTTP server, which serves CPU and memory profiles;
   * unset or 0 turns it off, and the port has no authentication so it must not be exposed
   * publicly.
   */
  @JsonProperty("debugPort")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_28)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> debugPort();

  /**
   * Limits source NAT for traffic leaving NAT-outgoing IP pools to host interfaces matching this
   * name, where + is a wildcard (for example eth+); unset applies NAT on every interface.
   */
  @JsonProperty("iptablesNATOutgoingInterfaceFilter")
  Optional<String> iptablesNATOutgoingInterfaceFilter();

  /**
   * When true, turns on an experimental feature that appears to speed up traffic to service mesh
   * sidecars; unset means false.
   */
  @JsonProperty("sidecarAccelerationEnabled")
  Optional<Boolean> sidecarAccelerationEnabled();

  /**
   * When true (the default), Felix uses XDP to drop traffic early for suitable untracked deny
   * rules on hosts that support it.
   */
  @JsonProperty("xdpEnabled")
  Optional<Boolean> xdpEnabled();

  /**
   * When true, Felix may use generic (kernel software) XDP on NICs that lack native XDP support,
   * which gives little speed benefit over iptables; unset means false.
   */
  @JsonProperty("genericXDPEnabled")
  Optional<Boolean> genericXDPEnabled();

  /**
   * Whether Felix programs nftables instead of iptables: Enabled, Disabled or Auto; recent
   * releases default to Auto, older ones to Disabled.
   */
  @JsonProperty("nftablesMode")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Disabled", "Enabled", "Auto"}, groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Fact(kind = FactKind.ENUM, value = {"Disabled", "Enabled", "Auto"}, groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "\"Auto\"", from = Release.V3_32)
  Optional<NFTablesMode> nftablesMode();

  /**
   * How often Felix re-reads its nftables rules to detect and repair outside changes, as a
   * duration such as 90s; recent releases default to 180s.
   */
  @JsonProperty("nftablesRefreshInterval")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> nftablesRefreshInterval();

  /**
   * Action used when policy allows a packet in the nftables filter table: Accept (the default,
   * stop processing) or Return (go back to the calling chain so later rules can still act).
   */
  @JsonProperty("nftablesFilterAllowAction")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Accept|Return)?$")
  Optional<AllowAction> nftablesFilterAllowAction();

  /**
   * Action used when policy allows a packet in the nftables mangle table: Accept (the default) or
   * Return (go back to the calling chain so later rules can still act).
   */
  @JsonProperty("nftablesMangleAllowAction")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Accept|Return)?$")
  Optional<AllowAction> nftablesMangleAllowAction();

  /**
   * Action used when policy denies a packet in nftables mode: Drop (the default, discard silently)
   * or Reject (discard and tell the sender).
   */
  @JsonProperty("nftablesFilterDenyAction")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Drop|Reject)?$")
  Optional<DenyAction> nftablesFilterDenyAction();

  /**
   * 32-bit mask, usually written in hex, from which Felix takes the packet mark bits it uses in
   * nftables mode; it needs at least 8 bits set that no other software on the host uses, and unset
   * means 0xffff0000.
   */
  @JsonProperty("nftablesMarkMask")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "int32")
  Optional<Long> nftablesMarkMask();

  /**
   * When true, Felix uses its eBPF dataplane instead of iptables or nftables; unset means false.
   */
  @JsonProperty("bpfEnabled")
  Optional<Boolean> bpfEnabled();

  /**
   * When true (the default), Felix sets the kernel.unprivileged_bpf_disabled sysctl so that
   * non-root users cannot load BPF programs or read Calico's BPF maps.
   */
  @JsonProperty("bpfDisableUnprivileged")
  Optional<Boolean> bpfDisableUnprivileged();

  /**
   * Controls the kernel BPF JIT hardening setting: Auto (the default) lowers it from 2 to 1 when
   * Felix finds the costly strict level, Strict leaves the kernel value as it is.
   */
  @JsonProperty("bpfJITHardening")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ALL_OF, value = "[{\"enum\":[\"Auto\",\"Strict\"]},{\"enum\":[\"Auto\",\"Strict\"]}]")
  Optional<BPFJITHardeningType> bpfJITHardening();

  /**
   * Log level of the BPF programs, whose output goes to the kernel BPF trace pipe: Off (the
   * default), Info or Debug.
   */
  @JsonProperty("bpfLogLevel")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Off|Info|Debug)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Off|Info|Debug)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<BPFLogLevel> bpfLogLevel();

  /**
   * Log level of the BPF program that periodically removes expired BPF conntrack entries: Off (the
   * default) or Debug.
   */
  @JsonProperty("bpfConntrackLogLevel")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Off", "Debug"})
  Optional<BPFConntrackLogLevel> bpfConntrackLogLevel();

  /**
   * Chooses how expired BPF conntrack entries are removed: Auto (use a BPF program when the kernel
   * supports it, otherwise userspace code), Userspace or BPFProgram (fails if unsupported).
   */
  @JsonProperty("bpfConntrackMode")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Auto", "Userspace", "BPFProgram"})
  Optional<BPFConntrackMode> bpfConntrackMode();

  /**
   * Per-state timeouts for entries in the BPF conntrack table; each timer left unset keeps Felix's
   * built-in value.
   */
  @JsonProperty("bpfConntrackTimeouts")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<BPFConntrackTimeouts> bpfConntrackTimeouts();

  /**
   * Map from an interface name (or all, weps for all workload endpoints, heps for all host
   * endpoints) to a pcap filter expression that limits which packets the BPF programs log at Debug
   * level; unset means every packet is logged.
   */
  @JsonProperty("bpfLogFilters")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Map<String, String> bpfLogFilters();

  /**
   * Chooses what the connect-time load balancer logs when the BPF log level is Debug; the only
   * accepted value is all, which is needed to see these logs when bpfLogFilters is also set.
   */
  @JsonProperty("bpfCTLBLogFilter")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> bpfCTLBLogFilter();

  /**
   * Regular expression naming the host interfaces that carry cluster and external traffic, to
   * which Felix attaches its BPF programs in BPF mode; it must not match workload (cali*) or
   * Calico tunnel devices, and when unset Felix uses a built-in pattern covering common NIC names
   * such as eth*, ens* and bond*.
   */
  @JsonProperty("bpfDataIfacePattern")
  Optional<String> bpfDataIfacePattern();

  /**
   * Regular expression naming extra layer 3 (tunnel) devices not created by Calico, such as
   * third-party WireGuard or VXLAN interfaces, to which Felix also attaches BPF programs in
   * addition to those matched by bpfDataIfacePattern.
   */
  @JsonProperty("bpfL3IfacePattern")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_25)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> bpfL3IfacePattern();

  /**
   * Deprecated boolean form of bpfConnectTimeLoadBalancing; true turns the connect-time load
   * balancer on in BPF mode, and new configurations should use bpfConnectTimeLoadBalancing
   * instead.
   */
  @JsonProperty("bpfConnectTimeLoadBalancingEnabled")
  Optional<Boolean> bpfConnectTimeLoadBalancingEnabled();

  /**
   * In BPF mode, selects whether the connect-time load balancer (which lets the host reach
   * Kubernetes services and speeds up pod-to-service connections) is used: TCP (only for TCP
   * service ports, the default), Enabled or Disabled.
   */
  @JsonProperty("bpfConnectTimeLoadBalancing")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"TCP", "Enabled", "Disabled"})
  Optional<BPFConnectTimeLBType> bpfConnectTimeLoadBalancing();

  /**
   * In BPF mode, Enabled or Disabled: whether Felix NATs service traffic from host-networked
   * processes in its packet-level programs when the connect-time load balancer does not handle it;
   * together with bpfConnectTimeLoadBalancing it decides how host traffic to services is handled,
   * and unset means Enabled.
   */
  @JsonProperty("bpfHostNetworkedNATWithoutCTLB")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> bpfHostNetworkedNATWithoutCTLB();

  /**
   * How BPF mode forwards traffic from outside the cluster to service node ports and cluster IPs
   * backed by remote pods: Tunnel (the default) sends both directions through the ingress node,
   * DSR lets the backend node reply directly (this needs a permissive L2 network).
   */
  @JsonProperty("bpfExternalServiceMode")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Tunnel|DSR)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Tunnel|DSR)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<BPFExternalServiceMode> bpfExternalServiceMode();

  /**
   * List of client CIDRs that are exempt from direct server return, so clients in these ranges
   * reach node ports as if bpfExternalServiceMode were Tunnel.
   */
  @JsonProperty("bpfDSROptoutCIDRs")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_26)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  List<String> bpfDSROptoutCIDRs();

  /**
   * A 32-bit connection mark that BPF mode sets on connections from external clients to local
   * services, used to steer how the host routes them and how reverse path checks see them; unset
   * or 0 means no mark.
   */
  @JsonProperty("bpfExtToServiceConnmark")
  Optional<Long> bpfExtToServiceConnmark();

  /**
   * When true (the default) in BPF mode, Felix removes the iptables chains left by the upstream
   * kube-proxy; only turn it on where kube-proxy is not running.
   */
  @JsonProperty("bpfKubeProxyIptablesCleanupEnabled")
  Optional<Boolean> bpfKubeProxyIptablesCleanupEnabled();

  /**
   * Shortest interval between dataplane updates made by Felix's built-in kube-proxy replacement in
   * BPF mode, given as a duration such as 1s (the default); lower values apply changes sooner,
   * higher values batch work and save CPU.
   */
  @JsonProperty("bpfKubeProxyMinSyncPeriod")
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> bpfKubeProxyMinSyncPeriod();

  /** Deprecated and ignored: the BPF kube-proxy replacement always reads EndpointSlices. */
  @JsonProperty("bpfKubeProxyEndpointSlicesEnabled")
  @Present(groups = ApiGroup.CRD_V1, to = Release.V3_31)
  Optional<Boolean> bpfKubeProxyEndpointSlicesEnabled();

  /**
   * Port for the health check server of Felix's built-in kube-proxy replacement in BPF mode, which
   * external load balancers can probe; 0 turns the server off and unset means 10256.
   */
  @JsonProperty("bpfKubeProxyHealthzPort")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 5)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfKubeProxyHealthzPort();

  /**
   * The same port under the misspelled name that v3.30.4's CRD alone gives it (v3.30.5 spells it
   * right again); kept so that an object written for v3.30.4 reads and writes back as it was.
   */
  @JsonProperty("bpfKubeProxyHealtzPort")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 4, to = Release.V3_30, toPatch = 4)
  Optional<Long> bpfKubeProxyHealtzPort();

  /**
   * Port range, written like 20000:29999 (the default, both ends inclusive), from which BPF mode
   * picks a random source port when two connections would clash on the same source port.
   */
  @JsonProperty("bpfPSNATPorts")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^.*")
  @Fact(kind = FactKind.INT_OR_STRING)
  Optional<IntOrString> bpfPSNATPorts();

  /**
   * Number of entries in the BPF NAT frontend map, which holds one entry per service port, node
   * port and external IP; unset means 65536.
   */
  @JsonProperty("bpfMapSizeNATFrontend")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizeNATFrontend();

  /**
   * Number of entries in the BPF NAT backend map, which holds one entry per service endpoint
   * across the cluster; unset means 262144.
   */
  @JsonProperty("bpfMapSizeNATBackend")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizeNATBackend();

  /**
   * Number of entries in the BPF map that records session affinity for services that request it;
   * unset means 65536.
   */
  @JsonProperty("bpfMapSizeNATAffinity")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizeNATAffinity();

  /**
   * Number of entries in the BPF routes map, which needs one entry per workload plus a few per
   * host for its own and tunnel addresses; unset means 262144.
   */
  @JsonProperty("bpfMapSizeRoute")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizeRoute();

  /**
   * Number of entries in the BPF conntrack map, which needs one entry per active connection; unset
   * means 512000, and changing it on a live node can disrupt traffic.
   */
  @JsonProperty("bpfMapSizeConntrack")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizeConntrack();

  /**
   * When non-zero, sizes the BPF conntrack map as this value times the number of CPUs, overriding
   * bpfMapSizeConntrack; unset or 0 means the fixed size is used.
   */
  @JsonProperty("bpfMapSizePerCpuConntrack")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizePerCpuConntrack();

  /**
   * Whether the BPF conntrack map grows automatically: DoubleIfFull (the default) doubles it when
   * it stays nearly full after cleanup, Disabled keeps the configured size.
   */
  @JsonProperty("bpfMapSizeConntrackScaling")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Disabled|DoubleIfFull)?$")
  Optional<BPFMapSizeConntrackScaling> bpfMapSizeConntrackScaling();

  /**
   * Number of entries in the BPF map that queues expired NAT conntrack entries for removal; it
   * should be big enough for every NAT entry that times out between two cleanup runs, must be at
   * least 1, and unset means 100000.
   */
  @JsonProperty("bpfMapSizeConntrackCleanupQueue")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.MINIMUM, value = "1")
  Optional<Long> bpfMapSizeConntrackCleanupQueue();

  /**
   * Number of entries in the BPF IP sets map, which needs one entry per endpoint matched by each
   * selector used in policy rules (broad selectors such as all() add many); unset means 1048576.
   */
  @JsonProperty("bpfMapSizeIPSets")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizeIPSets();

  /**
   * Number of entries in the BPF interface state map, which needs one entry per host and workload
   * interface on the node; unset means 1000.
   */
  @JsonProperty("bpfMapSizeIfState")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfMapSizeIfState();

  /**
   * In BPF mode, when true, workload and service traffic skips the Linux conntrack table; recent
   * releases default to false, older ones to true.
   */
  @JsonProperty("bpfHostConntrackBypass")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24, fromPatch = 2)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Boolean> bpfHostConntrackBypass();

  /**
   * Reverse path filtering mode that the BPF programs apply on host interfaces, overriding the
   * kernel's own per-interface setting: Disabled, Strict or Loose (the default).
   */
  @JsonProperty("bpfEnforceRPF")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Disabled|Strict|Loose)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Disabled|Strict|Loose)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<BPFEnforceRPF> bpfEnforceRPF();

  /**
   * When true, Felix keeps detailed data about its BPF policy programs that can be inspected with
   * the calico-bpf tool; recent releases default to true.
   */
  @JsonProperty("bpfPolicyDebugEnabled")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Boolean> bpfPolicyDebugEnabled();

  /**
   * In BPF mode, list of interface names (a trailing + acts as a wildcard) whose traffic is kept
   * in Linux conntrack instead of bypassing it; meant for non-Calico devices such as a docker
   * bridge, and unset means docker+.
   */
  @JsonProperty("bpfForceTrackPacketsFromIfaces")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  List<String> bpfForceTrackPacketsFromIfaces();

  /**
   * Regular expression naming interfaces on which Felix turns off Generic Receive Offload (GRO);
   * it must not match workload interfaces, and when unset GRO is left alone.
   */
  @JsonProperty("bpfDisableGROForIfaces")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> bpfDisableGROForIfaces();

  /**
   * List of CIDRs that the BPF service NAT logic leaves untouched so the host handles them itself,
   * for example a node-local DNS cache address.
   */
  @JsonProperty("bpfExcludeCIDRsFromNAT")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27, fromPatch = 1)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  List<String> bpfExcludeCIDRsFromNAT();

  /**
   * Size in megabytes of the buffer used to pass events from the BPF programs to Felix in BPF
   * mode; unset means 1.
   */
  @JsonProperty("bpfExportBufferSizeMB")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> bpfExportBufferSizeMB();

  /**
   * Overrides where the cgroup v2 hierarchy is mounted; it is read by the calico-node init
   * container rather than by Felix itself, and unset means the usual location.
   */
  @JsonProperty("cgroupV2Path")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 4)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> cgroupV2Path();

  /**
   * Whether Felix keeps re-evaluating active flows against current policy so flow logs show which
   * rules would now apply: Continuous (the default) or None.
   */
  @JsonProperty("flowLogsPolicyEvaluationMode")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"None", "Continuous"})
  Optional<FlowLogsPolicyEvaluationMode> flowLogsPolicyEvaluationMode();

  /**
   * Whether BPF mode may hand packets straight to the pod side of a workload interface: Enabled
   * (the default; faster, but host-side packet captures such as tcpdump no longer see that
   * traffic) or Disabled; the older value L2Only is deprecated and treated as Enabled.
   */
  @JsonProperty("bpfRedirectToPeer")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled", "L2Only"}, groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"}, from = Release.V3_32)
  Optional<BPFRedirectToPeer> bpfRedirectToPeer();

  /**
   * Selects how BPF programs are hooked onto network interfaces: TCX (the default, falls back to
   * TC where the kernel lacks TCX) or TC (the older qdisc-based attachment).
   */
  @JsonProperty("bpfAttachType")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"TC", "TCX"})
  Optional<BPFAttachOption> bpfAttachType();

  /**
   * How often Felix exports collected flow logs, as a duration such as 300s (the default in recent
   * releases).
   */
  @JsonProperty("flowLogsFlushInterval")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$")
  Optional<GoDuration> flowLogsFlushInterval();

  /**
   * When true, the flow log collector prints its log entries in full for troubleshooting; unset
   * means false.
   */
  @JsonProperty("flowLogsCollectorDebugTrace")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Boolean> flowLogsCollectorDebugTrace();

  /**
   * Address of the flow aggregation server (Goldmane) to which Felix sends flow data; unset means
   * flows are not sent to a server.
   */
  @JsonProperty("flowLogsGoldmaneServer")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> flowLogsGoldmaneServer();

  /**
   * Whether Felix also reports flow data on a local unix socket on each node: Enabled or Disabled
   * (the default).
   */
  @JsonProperty("flowLogsLocalReporter")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 1)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Disabled", "Enabled"})
  Optional<EnabledState> flowLogsLocalReporter();

  /** Turns profiling of the BPF programs on or off: Enabled or Disabled (the default). */
  @JsonProperty("bpfProfiling")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> bpfProfiling();

  /**
   * Where Felix gets the data it builds routes from: CalicoIPAM (the default, IPAM block data) or
   * WorkloadIPs (the addresses of workload endpoints).
   */
  @JsonProperty("routeSource")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(WorkloadIPs|CalicoIPAM)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(WorkloadIPs|CalicoIPAM)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<RouteSource> routeSource();

  /**
   * List of ranges of Linux routing table numbers that Felix may use for its own tables; it takes
   * precedence over routeTableRange, and unset means tables 1 to 250.
   */
  @JsonProperty("routeTableRanges")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  List<RouteTableIDRange> routeTableRanges();

  /**
   * Deprecated single range of Linux routing table numbers that Felix may use for its own tables;
   * routeTableRanges replaces it and wins when both are set.
   */
  @JsonProperty("routeTableRange")
  Optional<RouteTableRange> routeTableRange();

  /**
   * When true, Felix leaves the routing tables alone entirely, for clusters that use Calico only
   * for network policy; unset means false.
   */
  @JsonProperty("routeSyncDisabled")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Boolean> routeSyncDisabled();

  /**
   * When true, Felix encrypts IPv4 pod traffic between nodes with WireGuard over the IPv4 network;
   * unset means false.
   */
  @JsonProperty("wireguardEnabled")
  Optional<Boolean> wireguardEnabled();

  /**
   * When true, Felix encrypts IPv6 pod traffic between nodes with WireGuard over the IPv6 network;
   * unset means false.
   */
  @JsonProperty("wireguardEnabledV6")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Boolean> wireguardEnabledV6();

  /**
   * When true, WireGuard interfaces use threaded NAPI, which can raise packet throughput when one
   * softirq core is saturated but has a known kernel issue when peers are removed; unset means
   * false.
   */
  @JsonProperty("wireguardThreadingEnabled")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_28, fromPatch = 3, to = Release.V3_28)
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29, fromPatch = 1)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Boolean> wireguardThreadingEnabled();

  /** UDP port the IPv4 WireGuard interface listens on (1 to 65535); unset means 51820. */
  @JsonProperty("wireguardListeningPort")
  Optional<Long> wireguardListeningPort();

  /** UDP port the IPv6 WireGuard interface listens on (1 to 65535); unset means 51821. */
  @JsonProperty("wireguardListeningPortV6")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> wireguardListeningPortV6();

  /**
   * Priority of the policy routing rule Felix adds for WireGuard traffic, between 1 and 32765;
   * unset means 99.
   */
  @JsonProperty("wireguardRoutingRulePriority")
  Optional<Long> wireguardRoutingRulePriority();

  /** Name of the IPv4 WireGuard interface; unset means wireguard.cali. */
  @JsonProperty("wireguardInterfaceName")
  Optional<String> wireguardInterfaceName();

  /** Name of the IPv6 WireGuard interface; unset means wg-v6.cali. */
  @JsonProperty("wireguardInterfaceNameV6")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> wireguardInterfaceNameV6();

  /**
   * MTU in bytes for the IPv4 WireGuard interface; unset or 0 means Felix works it out from the
   * host interfaces.
   */
  @JsonProperty("wireguardMTU")
  Optional<Long> wireguardMTU();

  /**
   * MTU in bytes for the IPv6 WireGuard interface; unset or 0 means Felix works it out from the
   * host interfaces.
   */
  @JsonProperty("wireguardMTUV6")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> wireguardMTUV6();

  /**
   * When true, WireGuard also encrypts traffic between host-networked endpoints on different
   * nodes, not just pod traffic; unset means false.
   */
  @JsonProperty("wireguardHostEncryptionEnabled")
  Optional<Boolean> wireguardHostEncryptionEnabled();

  /**
   * WireGuard persistent keepalive interval, as a duration such as 25s; unset or 0 turns
   * keepalives off.
   */
  @JsonProperty("wireguardKeepAlive")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> wireguardKeepAlive();

  /**
   * Tells Felix what to do with the source/destination check flag of the AWS EC2 instance it runs
   * on: DoNothing, Enable or Disable; turning the check off lets unencapsulated workload traffic
   * flow within one AWS subnet, and unset means DoNothing.
   */
  @JsonProperty("awsSrcDstCheck")
  @Fact(kind = FactKind.ENUM, value = {"DoNothing", "Enable", "Disable"})
  Optional<AWSSrcDstCheckOption> awsSrcDstCheck();

  /**
   * When service IPs are advertised, what to do with packets to unused service IPs that kube-proxy
   * did not translate, to avoid routing loops: Drop (the default), Reject or Disabled (no
   * protection).
   */
  @JsonProperty("serviceLoopPrevention")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Drop|Reject|Disabled)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Drop|Reject|Disabled)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<ServiceLoopPrevention> serviceLoopPrevention();

  /**
   * Whether pods may send traffic from addresses other than their own by listing them in the
   * allowedSourcePrefixes annotation: Disabled (the default) or Any (any prefix may be requested).
   */
  @JsonProperty("workloadSourceSpoofing")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Disabled|Any)?$", groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Disabled|Any)?$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<WorkloadSourceSpoofing> workloadSourceSpoofing();

  /**
   * Regular expression naming the host interfaces Felix examines to work out the host MTU; it must
   * not match workload interfaces, and unset uses a built-in pattern for common NIC names.
   */
  @JsonProperty("mtuIfacePattern")
  Optional<String> mtuIfacePattern();

  /**
   * Whether Felix programs floating IP NAT mappings that do not come from OpenStack (OpenStack
   * ones are always programmed): Enabled or Disabled (the default).
   */
  @JsonProperty("floatingIPs")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> floatingIPs();

  /**
   * On Windows, whether Felix adds Windows Firewall rules that open its metrics ports to incoming
   * connections: Enabled or Disabled (the default).
   */
  @JsonProperty("windowsManageFirewallRules")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> windowsManageFirewallRules();

  /**
   * Percentage of heap growth that triggers Go garbage collection in Felix (the GOGC setting); -1
   * turns collection off and should only be used with goMemoryLimitMB, the GOGC environment
   * variable takes precedence, and unset means 40.
   */
  @JsonProperty("goGCThreshold")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> goGCThreshold();

  /**
   * Soft memory limit in megabytes for the Go runtime in Felix (the GOMEMLIMIT setting), enforced
   * by collecting garbage more often; it should sit well below any container memory limit, -1 (the
   * default) means no limit, and the GOMEMLIMIT environment variable takes precedence.
   */
  @JsonProperty("goMemoryLimitMB")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> goMemoryLimitMB();

  /**
   * Maximum number of CPUs the Go runtime in Felix uses at once (the GOMAXPROCS setting); -1, the
   * default, keeps the runtime's own choice, and the GOMAXPROCS environment variable takes
   * precedence.
   */
  @JsonProperty("goMaxProcs")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> goMaxProcs();

  /**
   * When true, Felix refuses to start unless the MTU file produced during node start-up is
   * present; unset means false.
   */
  @JsonProperty("requireMTUFile")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Boolean> requireMTUFile();

  /**
   * Expected maximum number of backends in one Maglev-balanced service, which sizes the
   * per-service Maglev lookup tables and the memory they reserve; accepted range 1 to 3000, unset
   * means 100.
   */
  @JsonProperty("bpfMaglevMaxEndpointsPerService")
  @Present(from = Release.V3_32)
  Optional<Long> bpfMaglevMaxEndpointsPerService();

  /**
   * Expected maximum number of Maglev-balanced services for which Felix reserves lookup tables;
   * accepted range 1 to 3000, unset means 100.
   */
  @JsonProperty("bpfMaglevMaxServices")
  @Present(from = Release.V3_32)
  Optional<Long> bpfMaglevMaxServices();

  /**
   * Whether Felix cooperates with Tigera's Istio distribution in ambient mode: Enabled or Disabled
   * (the default).
   */
  @JsonProperty("istioAmbientMode")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> istioAmbientMode();

  /**
   * DSCP value that Felix sets on SYN packets at the final hop to send them to the Istio ztunnel
   * when Istio ambient mode is on; it is reserved for Calico and must not be reused by other Istio
   * setups, and unset means 23.
   */
  @JsonProperty("istioDSCPMark")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.TYPE, value = "integer")
  @Fact(kind = FactKind.PATTERN, value = "^.*")
  @Fact(kind = FactKind.INT_OR_STRING)
  Optional<IntOrString> istioDSCPMark();

  /**
   * Route metric Felix uses for ordinary IPv4 workload routes; lower numbers win, and unset means
   * 1024.
   */
  @JsonProperty("ipv4NormalRoutePriority")
  @Present(from = Release.V3_32)
  Optional<Long> ipv4NormalRoutePriority();

  /**
   * Route metric Felix uses for boosted IPv4 workload routes during VM live migration; lower
   * numbers win, it must be below ipv4NormalRoutePriority, and unset means 512.
   */
  @JsonProperty("ipv4ElevatedRoutePriority")
  @Present(from = Release.V3_32)
  Optional<Long> ipv4ElevatedRoutePriority();

  /**
   * Route metric Felix uses for ordinary IPv6 workload routes; lower numbers win, and unset means
   * 1024.
   */
  @JsonProperty("ipv6NormalRoutePriority")
  @Present(from = Release.V3_32)
  Optional<Long> ipv6NormalRoutePriority();

  /**
   * Route metric Felix uses for boosted IPv6 workload routes during VM live migration; lower
   * numbers win, it must be below ipv6NormalRoutePriority, and unset means 512.
   */
  @JsonProperty("ipv6ElevatedRoutePriority")
  @Present(from = Release.V3_32)
  Optional<Long> ipv6ElevatedRoutePriority();

  /**
   * How long routes for a VM keep their elevated priority after a live migration finishes, giving
   * the cluster time to converge, as a duration such as 30s (the default).
   */
  @JsonProperty("liveMigrationRouteConvergenceTime")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.PATTERN, value = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))*$")
  Optional<GoDuration> liveMigrationRouteConvergenceTime();

  /**
   * Label selector expression, at most 1024 characters, limiting this configuration to matching
   * nodes; only allowed on resources not named default and not starting with node., and if several
   * such resources match a node the oldest one is used.
   */
  @JsonProperty("nodeSelector")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.MAX_LENGTH, value = "1024")
  Optional<Selector> nodeSelector();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #maxIpsetSize()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withMaxIpsetSize(long value) {
    return withMaxIpsetSize(Long.valueOf(value));
  }

  /** A copy with {@link #metadataPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withMetadataPort(long value) {
    return withMetadataPort(Long.valueOf(value));
  }

  /** A copy with {@link #logActionRateLimitBurst()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withLogActionRateLimitBurst(long value) {
    return withLogActionRateLimitBurst(Long.valueOf(value));
  }

  /** A copy with {@link #ipipMTU()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withIpipMTU(long value) {
    return withIpipMTU(Long.valueOf(value));
  }

  /** A copy with {@link #vxlanMTU()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withVxlanMTU(long value) {
    return withVxlanMTU(Long.valueOf(value));
  }

  /** A copy with {@link #vxlanMTUV6()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withVxlanMTUV6(long value) {
    return withVxlanMTUV6(Long.valueOf(value));
  }

  /** A copy with {@link #vxlanPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withVxlanPort(long value) {
    return withVxlanPort(Long.valueOf(value));
  }

  /** A copy with {@link #vxlanVNI()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withVxlanVNI(long value) {
    return withVxlanVNI(Long.valueOf(value));
  }

  /** A copy with {@link #iptablesMarkMask()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withIptablesMarkMask(long value) {
    return withIptablesMarkMask(Long.valueOf(value));
  }

  /** A copy with {@link #healthPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withHealthPort(long value) {
    return withHealthPort(Long.valueOf(value));
  }

  /** A copy with {@link #prometheusMetricsPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withPrometheusMetricsPort(long value) {
    return withPrometheusMetricsPort(Long.valueOf(value));
  }

  /** A copy with {@link #deviceRouteProtocol()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withDeviceRouteProtocol(long value) {
    return withDeviceRouteProtocol(Long.valueOf(value));
  }

  /** A copy with {@link #debugPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withDebugPort(long value) {
    return withDebugPort(Long.valueOf(value));
  }

  /** A copy with {@link #nftablesMarkMask()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withNftablesMarkMask(long value) {
    return withNftablesMarkMask(Long.valueOf(value));
  }

  /** A copy with {@link #bpfExtToServiceConnmark()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfExtToServiceConnmark(long value) {
    return withBpfExtToServiceConnmark(Long.valueOf(value));
  }

  /** A copy with {@link #bpfKubeProxyHealthzPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfKubeProxyHealthzPort(long value) {
    return withBpfKubeProxyHealthzPort(Long.valueOf(value));
  }
  /** A copy with {@link #bpfKubeProxyHealtzPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfKubeProxyHealtzPort(long value) {
    return withBpfKubeProxyHealtzPort(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeNATFrontend()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeNATFrontend(long value) {
    return withBpfMapSizeNATFrontend(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeNATBackend()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeNATBackend(long value) {
    return withBpfMapSizeNATBackend(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeNATAffinity()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeNATAffinity(long value) {
    return withBpfMapSizeNATAffinity(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeRoute()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeRoute(long value) {
    return withBpfMapSizeRoute(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeConntrack()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeConntrack(long value) {
    return withBpfMapSizeConntrack(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizePerCpuConntrack()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizePerCpuConntrack(long value) {
    return withBpfMapSizePerCpuConntrack(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeConntrackCleanupQueue()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeConntrackCleanupQueue(long value) {
    return withBpfMapSizeConntrackCleanupQueue(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeIPSets()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeIPSets(long value) {
    return withBpfMapSizeIPSets(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMapSizeIfState()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMapSizeIfState(long value) {
    return withBpfMapSizeIfState(Long.valueOf(value));
  }

  /** A copy with {@link #bpfExportBufferSizeMB()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfExportBufferSizeMB(long value) {
    return withBpfExportBufferSizeMB(Long.valueOf(value));
  }

  /** A copy with {@link #wireguardListeningPort()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withWireguardListeningPort(long value) {
    return withWireguardListeningPort(Long.valueOf(value));
  }

  /** A copy with {@link #wireguardListeningPortV6()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withWireguardListeningPortV6(long value) {
    return withWireguardListeningPortV6(Long.valueOf(value));
  }

  /** A copy with {@link #wireguardRoutingRulePriority()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withWireguardRoutingRulePriority(long value) {
    return withWireguardRoutingRulePriority(Long.valueOf(value));
  }

  /** A copy with {@link #wireguardMTU()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withWireguardMTU(long value) {
    return withWireguardMTU(Long.valueOf(value));
  }

  /** A copy with {@link #wireguardMTUV6()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withWireguardMTUV6(long value) {
    return withWireguardMTUV6(Long.valueOf(value));
  }

  /** A copy with {@link #goGCThreshold()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withGoGCThreshold(long value) {
    return withGoGCThreshold(Long.valueOf(value));
  }

  /** A copy with {@link #goMemoryLimitMB()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withGoMemoryLimitMB(long value) {
    return withGoMemoryLimitMB(Long.valueOf(value));
  }

  /** A copy with {@link #goMaxProcs()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withGoMaxProcs(long value) {
    return withGoMaxProcs(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMaglevMaxEndpointsPerService()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMaglevMaxEndpointsPerService(long value) {
    return withBpfMaglevMaxEndpointsPerService(Long.valueOf(value));
  }

  /** A copy with {@link #bpfMaglevMaxServices()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withBpfMaglevMaxServices(long value) {
    return withBpfMaglevMaxServices(Long.valueOf(value));
  }

  /** A copy with {@link #ipv4NormalRoutePriority()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withIpv4NormalRoutePriority(long value) {
    return withIpv4NormalRoutePriority(Long.valueOf(value));
  }

  /** A copy with {@link #ipv4ElevatedRoutePriority()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withIpv4ElevatedRoutePriority(long value) {
    return withIpv4ElevatedRoutePriority(Long.valueOf(value));
  }

  /** A copy with {@link #ipv6NormalRoutePriority()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withIpv6NormalRoutePriority(long value) {
    return withIpv6NormalRoutePriority(Long.valueOf(value));
  }

  /** A copy with {@link #ipv6ElevatedRoutePriority()} set to any whole number, an {@code int} too. */
  default FelixConfigurationSpec withIpv6ElevatedRoutePriority(long value) {
    return withIpv6ElevatedRoutePriority(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FelixConfigurationSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableFelixConfigurationSpec.Builder {
    /** Sets {@link FelixConfigurationSpec#maxIpsetSize()} to any whole number, an {@code int} too. */
    public Builder maxIpsetSize(long maxIpsetSize) {
      return maxIpsetSize(Long.valueOf(maxIpsetSize));
    }

    /** Sets {@link FelixConfigurationSpec#metadataPort()} to any whole number, an {@code int} too. */
    public Builder metadataPort(long metadataPort) {
      return metadataPort(Long.valueOf(metadataPort));
    }

    /** Sets {@link FelixConfigurationSpec#logActionRateLimitBurst()} to any whole number, an {@code int} too. */
    public Builder logActionRateLimitBurst(long logActionRateLimitBurst) {
      return logActionRateLimitBurst(Long.valueOf(logActionRateLimitBurst));
    }

    /** Sets {@link FelixConfigurationSpec#ipipMTU()} to any whole number, an {@code int} too. */
    public Builder ipipMTU(long ipipMTU) {
      return ipipMTU(Long.valueOf(ipipMTU));
    }

    /** Sets {@link FelixConfigurationSpec#vxlanMTU()} to any whole number, an {@code int} too. */
    public Builder vxlanMTU(long vxlanMTU) {
      return vxlanMTU(Long.valueOf(vxlanMTU));
    }

    /** Sets {@link FelixConfigurationSpec#vxlanMTUV6()} to any whole number, an {@code int} too. */
    public Builder vxlanMTUV6(long vxlanMTUV6) {
      return vxlanMTUV6(Long.valueOf(vxlanMTUV6));
    }

    /** Sets {@link FelixConfigurationSpec#vxlanPort()} to any whole number, an {@code int} too. */
    public Builder vxlanPort(long vxlanPort) {
      return vxlanPort(Long.valueOf(vxlanPort));
    }

    /** Sets {@link FelixConfigurationSpec#vxlanVNI()} to any whole number, an {@code int} too. */
    public Builder vxlanVNI(long vxlanVNI) {
      return vxlanVNI(Long.valueOf(vxlanVNI));
    }

    /** Sets {@link FelixConfigurationSpec#iptablesMarkMask()} to any whole number, an {@code int} too. */
    public Builder iptablesMarkMask(long iptablesMarkMask) {
      return iptablesMarkMask(Long.valueOf(iptablesMarkMask));
    }

    /** Sets {@link FelixConfigurationSpec#healthPort()} to any whole number, an {@code int} too. */
    public Builder healthPort(long healthPort) {
      return healthPort(Long.valueOf(healthPort));
    }

    /** Sets {@link FelixConfigurationSpec#prometheusMetricsPort()} to any whole number, an {@code int} too. */
    public Builder prometheusMetricsPort(long prometheusMetricsPort) {
      return prometheusMetricsPort(Long.valueOf(prometheusMetricsPort));
    }

    /** Sets {@link FelixConfigurationSpec#deviceRouteProtocol()} to any whole number, an {@code int} too. */
    public Builder deviceRouteProtocol(long deviceRouteProtocol) {
      return deviceRouteProtocol(Long.valueOf(deviceRouteProtocol));
    }

    /** Sets {@link FelixConfigurationSpec#debugPort()} to any whole number, an {@code int} too. */
    public Builder debugPort(long debugPort) {
      return debugPort(Long.valueOf(debugPort));
    }

    /** Sets {@link FelixConfigurationSpec#nftablesMarkMask()} to any whole number, an {@code int} too. */
    public Builder nftablesMarkMask(long nftablesMarkMask) {
      return nftablesMarkMask(Long.valueOf(nftablesMarkMask));
    }

    /** Sets {@link FelixConfigurationSpec#bpfExtToServiceConnmark()} to any whole number, an {@code int} too. */
    public Builder bpfExtToServiceConnmark(long bpfExtToServiceConnmark) {
      return bpfExtToServiceConnmark(Long.valueOf(bpfExtToServiceConnmark));
    }

    /** Sets {@link FelixConfigurationSpec#bpfKubeProxyHealthzPort()} to any whole number, an {@code int} too. */
    public Builder bpfKubeProxyHealthzPort(long bpfKubeProxyHealthzPort) {
      return bpfKubeProxyHealthzPort(Long.valueOf(bpfKubeProxyHealthzPort));
    }
    /** Sets {@link FelixConfigurationSpec#bpfKubeProxyHealtzPort()} to any whole number, an {@code int} too. */
    public Builder bpfKubeProxyHealtzPort(long bpfKubeProxyHealtzPort) {
      return bpfKubeProxyHealtzPort(Long.valueOf(bpfKubeProxyHealtzPort));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeNATFrontend()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeNATFrontend(long bpfMapSizeNATFrontend) {
      return bpfMapSizeNATFrontend(Long.valueOf(bpfMapSizeNATFrontend));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeNATBackend()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeNATBackend(long bpfMapSizeNATBackend) {
      return bpfMapSizeNATBackend(Long.valueOf(bpfMapSizeNATBackend));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeNATAffinity()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeNATAffinity(long bpfMapSizeNATAffinity) {
      return bpfMapSizeNATAffinity(Long.valueOf(bpfMapSizeNATAffinity));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeRoute()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeRoute(long bpfMapSizeRoute) {
      return bpfMapSizeRoute(Long.valueOf(bpfMapSizeRoute));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeConntrack()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeConntrack(long bpfMapSizeConntrack) {
      return bpfMapSizeConntrack(Long.valueOf(bpfMapSizeConntrack));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizePerCpuConntrack()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizePerCpuConntrack(long bpfMapSizePerCpuConntrack) {
      return bpfMapSizePerCpuConntrack(Long.valueOf(bpfMapSizePerCpuConntrack));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeConntrackCleanupQueue()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeConntrackCleanupQueue(long bpfMapSizeConntrackCleanupQueue) {
      return bpfMapSizeConntrackCleanupQueue(Long.valueOf(bpfMapSizeConntrackCleanupQueue));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeIPSets()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeIPSets(long bpfMapSizeIPSets) {
      return bpfMapSizeIPSets(Long.valueOf(bpfMapSizeIPSets));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMapSizeIfState()} to any whole number, an {@code int} too. */
    public Builder bpfMapSizeIfState(long bpfMapSizeIfState) {
      return bpfMapSizeIfState(Long.valueOf(bpfMapSizeIfState));
    }

    /** Sets {@link FelixConfigurationSpec#bpfExportBufferSizeMB()} to any whole number, an {@code int} too. */
    public Builder bpfExportBufferSizeMB(long bpfExportBufferSizeMB) {
      return bpfExportBufferSizeMB(Long.valueOf(bpfExportBufferSizeMB));
    }

    /** Sets {@link FelixConfigurationSpec#wireguardListeningPort()} to any whole number, an {@code int} too. */
    public Builder wireguardListeningPort(long wireguardListeningPort) {
      return wireguardListeningPort(Long.valueOf(wireguardListeningPort));
    }

    /** Sets {@link FelixConfigurationSpec#wireguardListeningPortV6()} to any whole number, an {@code int} too. */
    public Builder wireguardListeningPortV6(long wireguardListeningPortV6) {
      return wireguardListeningPortV6(Long.valueOf(wireguardListeningPortV6));
    }

    /** Sets {@link FelixConfigurationSpec#wireguardRoutingRulePriority()} to any whole number, an {@code int} too. */
    public Builder wireguardRoutingRulePriority(long wireguardRoutingRulePriority) {
      return wireguardRoutingRulePriority(Long.valueOf(wireguardRoutingRulePriority));
    }

    /** Sets {@link FelixConfigurationSpec#wireguardMTU()} to any whole number, an {@code int} too. */
    public Builder wireguardMTU(long wireguardMTU) {
      return wireguardMTU(Long.valueOf(wireguardMTU));
    }

    /** Sets {@link FelixConfigurationSpec#wireguardMTUV6()} to any whole number, an {@code int} too. */
    public Builder wireguardMTUV6(long wireguardMTUV6) {
      return wireguardMTUV6(Long.valueOf(wireguardMTUV6));
    }

    /** Sets {@link FelixConfigurationSpec#goGCThreshold()} to any whole number, an {@code int} too. */
    public Builder goGCThreshold(long goGCThreshold) {
      return goGCThreshold(Long.valueOf(goGCThreshold));
    }

    /** Sets {@link FelixConfigurationSpec#goMemoryLimitMB()} to any whole number, an {@code int} too. */
    public Builder goMemoryLimitMB(long goMemoryLimitMB) {
      return goMemoryLimitMB(Long.valueOf(goMemoryLimitMB));
    }

    /** Sets {@link FelixConfigurationSpec#goMaxProcs()} to any whole number, an {@code int} too. */
    public Builder goMaxProcs(long goMaxProcs) {
      return goMaxProcs(Long.valueOf(goMaxProcs));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMaglevMaxEndpointsPerService()} to any whole number, an {@code int} too. */
    public Builder bpfMaglevMaxEndpointsPerService(long bpfMaglevMaxEndpointsPerService) {
      return bpfMaglevMaxEndpointsPerService(Long.valueOf(bpfMaglevMaxEndpointsPerService));
    }

    /** Sets {@link FelixConfigurationSpec#bpfMaglevMaxServices()} to any whole number, an {@code int} too. */
    public Builder bpfMaglevMaxServices(long bpfMaglevMaxServices) {
      return bpfMaglevMaxServices(Long.valueOf(bpfMaglevMaxServices));
    }

    /** Sets {@link FelixConfigurationSpec#ipv4NormalRoutePriority()} to any whole number, an {@code int} too. */
    public Builder ipv4NormalRoutePriority(long ipv4NormalRoutePriority) {
      return ipv4NormalRoutePriority(Long.valueOf(ipv4NormalRoutePriority));
    }

    /** Sets {@link FelixConfigurationSpec#ipv4ElevatedRoutePriority()} to any whole number, an {@code int} too. */
    public Builder ipv4ElevatedRoutePriority(long ipv4ElevatedRoutePriority) {
      return ipv4ElevatedRoutePriority(Long.valueOf(ipv4ElevatedRoutePriority));
    }

    /** Sets {@link FelixConfigurationSpec#ipv6NormalRoutePriority()} to any whole number, an {@code int} too. */
    public Builder ipv6NormalRoutePriority(long ipv6NormalRoutePriority) {
      return ipv6NormalRoutePriority(Long.valueOf(ipv6NormalRoutePriority));
    }

    /** Sets {@link FelixConfigurationSpec#ipv6ElevatedRoutePriority()} to any whole number, an {@code int} too. */
    public Builder ipv6ElevatedRoutePriority(long ipv6ElevatedRoutePriority) {
      return ipv6ElevatedRoutePriority(Long.valueOf(ipv6ElevatedRoutePriority));
    }
  }
}
