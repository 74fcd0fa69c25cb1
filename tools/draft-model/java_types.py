"""How the draft script chooses a Java type for each CRD property. Decisions are ours, from the facts."""
import re

# Open enumerations: (Java type, property) -> enum class. Values come from the CRD facts, or from the
# table below where Calico gives a meaning the CRD does not spell out as an enum.
ENUM_CLASS = {
    ('IPPoolSpec', 'ipipMode'): 'EncapsulationMode',
    ('IPPoolSpec', 'vxlanMode'): 'EncapsulationMode',
    ('IPPoolSpec', 'allowedUses'): 'IPPoolAllowedUse',
    ('IPPoolSpec', 'assignmentMode'): 'AssignmentMode',
    ('IPIPConfiguration', 'mode'): 'EncapsulationMode',
    ('Rule', 'action'): 'Action',
    ('TierSpec', 'defaultAction'): 'Action',
    ('GlobalNetworkPolicySpec', 'types'): 'PolicyType',
    ('NetworkPolicySpec', 'types'): 'PolicyType',
    ('StagedGlobalNetworkPolicySpec', 'types'): 'PolicyType',
    ('StagedNetworkPolicySpec', 'types'): 'PolicyType',
    ('StagedKubernetesNetworkPolicySpec', 'policyTypes'): 'PolicyType',
    ('GlobalNetworkPolicySpec', 'performanceHints'): 'PolicyPerformanceHint',
    ('NetworkPolicySpec', 'performanceHints'): 'PolicyPerformanceHint',
    ('StagedGlobalNetworkPolicySpec', 'performanceHints'): 'PolicyPerformanceHint',
    ('StagedNetworkPolicySpec', 'performanceHints'): 'PolicyPerformanceHint',
    ('StagedGlobalNetworkPolicySpec', 'stagedAction'): 'StagedAction',
    ('StagedNetworkPolicySpec', 'stagedAction'): 'StagedAction',
    ('StagedKubernetesNetworkPolicySpec', 'stagedAction'): 'StagedAction',
    ('BGPConfigurationSpec', 'logSeverityScreen'): 'LogSeverity',
    ('FelixConfigurationSpec', 'logSeverityScreen'): 'LogSeverity',
    ('FelixConfigurationSpec', 'logSeverityFile'): 'LogSeverity',
    ('FelixConfigurationSpec', 'logSeveritySys'): 'LogSeverity',
    ('KubeControllersConfigurationSpec', 'logSeverityScreen'): 'LogSeverity',
    ('BGPConfigurationSpec', 'bindMode'): 'BindMode',
    ('BGPFilterRuleV4', 'action'): 'BGPFilterAction',
    ('BGPFilterRuleV6', 'action'): 'BGPFilterAction',
    ('BGPFilterRuleV4', 'matchOperator'): 'BGPFilterMatchOperator',
    ('BGPFilterRuleV6', 'matchOperator'): 'BGPFilterMatchOperator',
    ('BGPFilterRuleV4', 'peerType'): 'BGPFilterPeerType',
    ('BGPFilterRuleV6', 'peerType'): 'BGPFilterPeerType',
    ('BGPFilterRuleV4', 'source'): 'BGPFilterMatchSource',
    ('BGPFilterRuleV6', 'source'): 'BGPFilterMatchSource',
    ('BGPPeerSpec', 'nextHopMode'): 'NextHopMode',
    ('BGPPeerSpec', 'reversePeering'): 'ReversePeering',
    ('BGPPeerSpec', 'sourceAddress'): 'SourceAddress',
    ('BlockAffinitySpec', 'state'): 'BlockAffinityState',
    ('BGPDaemonStatus', 'state'): 'BGPDaemonState',
    ('CalicoNodePeer', 'state'): 'BGPSessionState',
    ('CalicoNodePeer', 'type'): 'BGPPeerType',
    ('CalicoNodeRoute', 'type'): 'CalicoNodeRouteType',
    ('CalicoNodeRouteLearnedFrom', 'sourceType'): 'CalicoNodeRouteSourceType',
    ('CalicoNodeStatusSpec', 'classes'): 'NodeStatusClassType',
    ('Condition', 'status'): 'ConditionStatus',
    ('FelixConfigurationSpec', 'awsSrcDstCheck'): 'AWSSrcDstCheckOption',
    ('FelixConfigurationSpec', 'bpfAttachType'): 'BPFAttachOption',
    ('FelixConfigurationSpec', 'bpfConnectTimeLoadBalancing'): 'BPFConnectTimeLBType',
    ('FelixConfigurationSpec', 'bpfConntrackLogLevel'): 'BPFConntrackLogLevel',
    ('FelixConfigurationSpec', 'bpfConntrackMode'): 'BPFConntrackMode',
    ('FelixConfigurationSpec', 'bpfJITHardening'): 'BPFJITHardeningType',
    ('FelixConfigurationSpec', 'bpfRedirectToPeer'): 'BPFRedirectToPeer',
    ('FelixConfigurationSpec', 'flowLogsPolicyEvaluationMode'): 'FlowLogsPolicyEvaluationMode',
    ('FelixConfigurationSpec', 'iptablesBackend'): 'IptablesBackend',
    ('FelixConfigurationSpec', 'natOutgoingExclusions'): 'NATOutgoingExclusionsType',
    ('FelixConfigurationSpec', 'nftablesMode'): 'NFTablesMode',
    ('FelixConfigurationSpec', 'bpfLogLevel'): 'BPFLogLevel',
    ('FelixConfigurationSpec', 'bpfExternalServiceMode'): 'BPFExternalServiceMode',
    ('FelixConfigurationSpec', 'bpfEnforceRPF'): 'BPFEnforceRPF',
    ('FelixConfigurationSpec', 'chainInsertMode'): 'ChainInsertMode',
    ('FelixConfigurationSpec', 'defaultEndpointToHostAction'): 'EndpointToHostAction',
    ('FelixConfigurationSpec', 'iptablesFilterAllowAction'): 'AllowAction',
    ('FelixConfigurationSpec', 'iptablesMangleAllowAction'): 'AllowAction',
    ('FelixConfigurationSpec', 'nftablesFilterAllowAction'): 'AllowAction',
    ('FelixConfigurationSpec', 'nftablesMangleAllowAction'): 'AllowAction',
    ('FelixConfigurationSpec', 'iptablesFilterDenyAction'): 'DenyAction',
    ('FelixConfigurationSpec', 'nftablesFilterDenyAction'): 'DenyAction',
    ('FelixConfigurationSpec', 'routeSource'): 'RouteSource',
    ('FelixConfigurationSpec', 'serviceLoopPrevention'): 'ServiceLoopPrevention',
    ('FelixConfigurationSpec', 'workloadSourceSpoofing'): 'WorkloadSourceSpoofing',
    ('FelixConfigurationSpec', 'bpfMapSizeConntrackScaling'): 'BPFMapSizeConntrackScaling',
    ('LoadBalancerControllerConfig', 'assignIPs'): 'AssignIPs',
    ('LabelSelectorRequirement', 'operator'): 'LabelSelectorOperator',
    ('AdminNetworkPolicyIngressRule', 'action'): 'AdminNetworkPolicyRuleAction',
    ('AdminNetworkPolicyEgressRule', 'action'): 'AdminNetworkPolicyRuleAction',
    ('BaselineAdminNetworkPolicyIngressRule', 'action'): 'BaselineAdminNetworkPolicyRuleAction',
    ('BaselineAdminNetworkPolicyEgressRule', 'action'): 'BaselineAdminNetworkPolicyRuleAction',
    ('ClusterNetworkPolicyIngressRule', 'action'): 'ClusterNetworkPolicyRuleAction',
    ('ClusterNetworkPolicyEgressRule', 'action'): 'ClusterNetworkPolicyRuleAction',
    ('ClusterNetworkPolicySpec', 'tier'): 'ClusterNetworkPolicyTier',
    ('EndpointPort', 'protocol'): None,
}

# Known values for enums whose CRD gives a pattern (or nothing) rather than an enum, in Calico's words.
EXTRA_ENUM_VALUES = {
    'LogSeverity': ['Trace', 'Debug', 'Info', 'Warning', 'Error', 'Fatal', 'Panic', 'None'],
    'Action': ['Allow', 'Deny', 'Log', 'Pass'],
    'EncapsulationMode': ['Never', 'Always', 'CrossSubnet'],
    'PolicyType': ['Ingress', 'Egress'],
    'BPFLogLevel': ['Off', 'Info', 'Debug'],
    'BPFExternalServiceMode': ['Tunnel', 'DSR'],
    'BPFEnforceRPF': ['Disabled', 'Strict', 'Loose'],
    'ChainInsertMode': ['Insert', 'Append'],
    'EndpointToHostAction': ['Drop', 'Accept', 'Return'],
    'AllowAction': ['Accept', 'Return'],
    'DenyAction': ['Drop', 'Reject'],
    'IptablesBackend': ['Auto', 'Legacy', 'NFT'],
    'RouteSource': ['WorkloadIPs', 'CalicoIPAM'],
    'ServiceLoopPrevention': ['Drop', 'Reject', 'Disabled'],
    'WorkloadSourceSpoofing': ['Disabled', 'Any'],
    'BPFMapSizeConntrackScaling': ['Disabled', 'DoubleIfFull'],
    'LabelSelectorOperator': ['In', 'NotIn', 'Exists', 'DoesNotExist'],
    'IPPoolAllowedUse': ['Workload', 'Tunnel', 'LoadBalancer'],
}

# Enums whose values Calico compares without regard to case (their CRD patterns start with (?i)).
CASE_INSENSITIVE_ENUMS = {'LogSeverity', 'BPFLogLevel', 'BPFExternalServiceMode', 'BPFEnforceRPF', 'ChainInsertMode',
                          'EndpointToHostAction', 'AllowAction', 'DenyAction', 'IptablesBackend', 'RouteSource',
                          'ServiceLoopPrevention', 'WorkloadSourceSpoofing', 'BPFMapSizeConntrackScaling'}

# Strings holding an enabled/disabled switch share one enum.
ENABLED_DISABLED = 'EnabledState'

IP_FIELDS = {('HostEndpointSpec', 'expectedIPs'), ('CalicoNodePeer', 'peerIP'), ('CalicoNodeRouteLearnedFrom', 'peerIP'),
             ('BGPConfigurationSpec', 'localWorkloadPeeringIPV4'), ('BGPConfigurationSpec', 'localWorkloadPeeringIPV6'),
             ('BGPDaemonStatus', 'routerID')}
CIDR_FIELDS = {('EntityRule', 'nets'), ('EntityRule', 'notNets'), ('GlobalNetworkSetSpec', 'nets'), ('NetworkSetSpec', 'nets'),
               ('IPReservationSpec', 'reservedCIDRs'), ('Template', 'interfaceCIDRs'), ('IPBlock', 'except'),
               ('IPBlock', 'cidr'), ('IPPoolSpec', 'cidr'), ('IPAMBlockSpec', 'cidr'), ('BlockAffinitySpec', 'cidr'),
               ('ServiceClusterIPBlock', 'cidr'), ('ServiceExternalIPBlock', 'cidr'), ('ServiceLoadBalancerIPBlock', 'cidr'),
               ('PrefixAdvertisement', 'cidr'), ('BGPFilterRuleV4', 'cidr'), ('BGPFilterRuleV6', 'cidr'),
               ('ProtoPort', 'net'), ('AdminNetworkPolicyEgressPeer', 'networks'),
               ('BaselineAdminNetworkPolicyEgressPeer', 'networks'), ('ClusterNetworkPolicyEgressPeer', 'networks'),
               ('CalicoNodeRoute', 'destination')}
DURATION_FIELDS = {('BGPPeerSpec', 'keepaliveTime'), ('BGPPeerSpec', 'maxRestartTime'),
                   ('BGPConfigurationSpec', 'nodeMeshMaxRestartTime'), ('HealthTimeoutOverride', 'timeout'),
                   ('KubeControllersConfigurationSpec', 'etcdV3CompactionPeriod'),
                   ('NodeControllerConfig', 'leakGracePeriod'), ('NodeControllerConfig', 'reconcilerPeriod'),
                   ('PolicyControllerConfig', 'reconcilerPeriod'), ('ServiceAccountControllerConfig', 'reconcilerPeriod'),
                   ('WorkloadEndpointControllerConfig', 'reconcilerPeriod'), ('NamespaceControllerConfig', 'reconcilerPeriod')}
PORT_FIELDS = {('EntityRule', 'ports'), ('EntityRule', 'notPorts')}
PROTOCOL_FIELDS = {('Rule', 'protocol'), ('Rule', 'notProtocol'), ('EndpointPort', 'protocol'), ('ProtoPort', 'protocol')}

# Java accessor names where the JSON name is not a good Java name.
JAVA_NAMES = {'nat-outgoing': 'legacyNatOutgoing', 'handle_id': 'handleId', 'interface': 'networkInterface',
              'from': 'fromPeers', 'to': 'toPeers'}


def java_name(json_name):
    if json_name in JAVA_NAMES:
        return JAVA_NAMES[json_name]
    m = re.match(r'^([A-Z]+)(?=[A-Z][a-z]|$)', json_name)
    if m:
        json_name = m.group(1).lower() + json_name[len(m.group(1)):]
    elif json_name[:1].isupper():
        json_name = json_name[0].lower() + json_name[1:]
    return re.sub(r'[^A-Za-z0-9]', '', json_name)


def is_duration_pattern(p):
    return bool(re.search(r'\(ms\|s\|m\|h\)|ms\|s\|h\|m', p or ''))
