"""Loads the reference CRDs and names every object node with a Java type name.

This is a drafting aid, run by hand (never by the build): see README.md beside it.
"""
import glob
import os
import re
import yaml

RELEASES = ['v3.21', 'v3.24', 'v3.25', 'v3.26', 'v3.27', 'v3.28', 'v3.29', 'v3.30', 'v3.31', 'v3.32']
GROUPS = {'crd.projectcalico.org/v1': 'CRD_V1', 'projectcalico.org/v3': 'V3',
          'policy.networking.k8s.io/v1alpha1': 'NETPOL', 'policy.networking.k8s.io/v1alpha2': 'NETPOL'}


def load(base):
    """Returns {(release, apiVersion, kind): crd document}."""
    crds = {}

    def add(rel, doc):
        if not doc or doc.get('kind') != 'CustomResourceDefinition':
            return
        for ver in doc['spec']['versions']:
            crds[(rel, doc['spec']['group'] + '/' + ver['name'], doc['spec']['names']['kind'])] = (doc, ver)
    for f in sorted(glob.glob(base + '/v3.21.1/crds/*.yaml')):
        for d in yaml.safe_load_all(open(f)):
            add('v3.21', d)
    for v in sorted(os.listdir(base)):
        if v == 'v3.21.1':
            continue
        rel = '.'.join(v.split('.')[:2])
        for fn in ['crds.yaml', 'calico-v3-crds.yaml']:
            p = f'{base}/{v}/manifests/{fn}'
            if os.path.exists(p):
                for d in yaml.safe_load_all(open(p)):
                    add(rel, d)
    return crds


# Java kind name per CRD kind (IPAMConfig is the storage name of IPAMConfiguration).
KIND_CLASS = {'IPAMConfig': 'IPAMConfiguration'}

NETPOL_KINDS = {'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy'}

# (regex over "Kind:/path", Java type). Paths use /* for list items and /{} for map values.
# First match wins. Names follow the upstream Go types where there is one.
RULES = [
    (r'^[^:]+:$', '{KIND}'),
    (r'^KubeControllersConfiguration:/status/runningConfig$', 'KubeControllersConfigurationSpec'),
    (r'^[^:]+:/spec$', '{KIND}Spec'),
    (r'^[^:]+:/status$', '{KIND}Status'),
    (r'^[^:]+:/status/conditions/\*$', 'Condition'),
    # Calico policy rules.
    (r'^(Global|Staged|StagedGlobal)?NetworkPolicy:/spec/(ingress|egress)/\*$', 'Rule'),
    (r'^(Global|Staged|StagedGlobal)?NetworkPolicy:/spec/(ingress|egress)/\*/(source|destination)$', 'EntityRule'),
    (r':/spec/(ingress|egress)/\*/(source|destination)/serviceAccounts$', 'ServiceAccountMatch'),
    (r':/spec/(ingress|egress)/\*/(source|destination)/services$', 'ServiceMatch'),
    (r':/spec/(ingress|egress)/\*/http$', 'HTTPMatch'),
    (r':/spec/(ingress|egress)/\*/http/paths/\*$', 'HTTPPath'),
    (r':/spec/(ingress|egress)/\*/(icmp|notICMP)$', 'ICMPFields'),
    (r':/spec/(ingress|egress)/\*/metadata$', 'RuleMetadata'),
    # Kubernetes NetworkPolicy inside StagedKubernetesNetworkPolicy.
    (r'^StagedKubernetesNetworkPolicy:/spec/ingress/\*$', 'NetworkPolicyIngressRule'),
    (r'^StagedKubernetesNetworkPolicy:/spec/egress/\*$', 'NetworkPolicyEgressRule'),
    (r'^StagedKubernetesNetworkPolicy:/spec/(ingress|egress)/\*/(from|to)/\*$', 'NetworkPolicyPeer'),
    (r'^StagedKubernetesNetworkPolicy:/spec/(ingress|egress)/\*/(from|to)/\*/ipBlock$', 'IPBlock'),
    (r'^StagedKubernetesNetworkPolicy:/spec/(ingress|egress)/\*/ports/\*$', 'NetworkPolicyPort'),
    (r'/matchExpressions/\*$', 'LabelSelectorRequirement'),
    (r'(Selector|/namespaces|/nodes)$', 'LabelSelector'),
    # BGP.
    (r':/spec/(nodeMeshPassword|password)$', 'BGPPassword'),
    (r':/spec/(nodeMeshPassword|password)/secretKeyRef$', 'SecretKeySelector'),
    (r'^BGPConfiguration:/spec/communities/\*$', 'Community'),
    (r'^BGPConfiguration:/spec/prefixAdvertisements/\*$', 'PrefixAdvertisement'),
    (r'^BGPConfiguration:/spec/serviceClusterIPs/\*$', 'ServiceClusterIPBlock'),
    (r'^BGPConfiguration:/spec/serviceExternalIPs/\*$', 'ServiceExternalIPBlock'),
    (r'^BGPConfiguration:/spec/serviceLoadBalancerIPs/\*$', 'ServiceLoadBalancerIPBlock'),
    (r'^BGPFilter:/spec/(export|import)V4/\*$', 'BGPFilterRuleV4'),
    (r'^BGPFilter:/spec/(export|import)V6/\*$', 'BGPFilterRuleV6'),
    (r'^BGPFilter:/spec/(export|import)V4/\*/prefixLength$', 'BGPFilterPrefixLengthV4'),
    (r'^BGPFilter:/spec/(export|import)V6/\*/prefixLength$', 'BGPFilterPrefixLengthV6'),
    (r'^BGPFilter:/spec/(export|import)V./\*/communities$', 'BGPFilterCommunityMatch'),
    (r'^BGPFilter:/spec/(export|import)V./\*/operations/\*$', 'BGPFilterOperation'),
    (r'^BGPFilter:/spec/(export|import)V./\*/operations/\*/addCommunity$', 'BGPFilterAddCommunity'),
    (r'^BGPFilter:/spec/(export|import)V./\*/operations/\*/prependASPath$', 'BGPFilterPrependASPath'),
    (r'^BGPFilter:/spec/(export|import)V./\*/operations/\*/setPriority$', 'BGPFilterSetPriority'),
    # CalicoNodeStatus.
    (r'^CalicoNodeStatus:/status/agent$', 'CalicoNodeAgentStatus'),
    (r'^CalicoNodeStatus:/status/agent/bird(V4|V6)$', 'BGPDaemonStatus'),
    (r'^CalicoNodeStatus:/status/bgp$', 'CalicoNodeBGPStatus'),
    (r'^CalicoNodeStatus:/status/bgp/peers(V4|V6)/\*$', 'CalicoNodePeer'),
    (r'^CalicoNodeStatus:/status/routes$', 'CalicoNodeBGPRouteStatus'),
    (r'^CalicoNodeStatus:/status/routes/routes(V4|V6)/\*$', 'CalicoNodeRoute'),
    (r'^CalicoNodeStatus:/status/routes/routes(V4|V6)/\*/learnedFrom$', 'CalicoNodeRouteLearnedFrom'),
    # Felix.
    (r'^FelixConfiguration:/spec/bpfConntrackTimeouts$', 'BPFConntrackTimeouts'),
    (r'^FelixConfiguration:/spec/failsafe(In|Out)boundHostPorts/\*$', 'ProtoPort'),
    (r'^FelixConfiguration:/spec/healthTimeoutOverrides/\*$', 'HealthTimeoutOverride'),
    (r'^FelixConfiguration:/spec/routeTableRange$', 'RouteTableRange'),
    (r'^FelixConfiguration:/spec/routeTableRanges/\*$', 'RouteTableIDRange'),
    # Endpoints, IPAM, pools.
    (r'^HostEndpoint:/spec/ports/\*$', 'EndpointPort'),
    (r'^IPAMBlock:/spec/attributes/\*$', 'AllocationAttribute'),
    (r'^IPPool:/spec/ipip$', 'IPIPConfiguration'),
    # kube-controllers.
    (r'^KubeControllersConfiguration:/(spec|status/runningConfig)/controllers$', 'ControllersConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/loadBalancer$', 'LoadBalancerControllerConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/namespace$', 'NamespaceControllerConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/node$', 'NodeControllerConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/node/hostEndpoint$', 'AutoHostEndpointConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/node/hostEndpoint/templates/\*$', 'Template'),
    (r'^KubeControllersConfiguration:.*/controllers/policy$', 'PolicyControllerConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/policyMigration$', 'PolicyMigrationControllerConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/serviceAccount$', 'ServiceAccountControllerConfig'),
    (r'^KubeControllersConfiguration:.*/controllers/workloadEndpoint$', 'WorkloadEndpointControllerConfig'),
    # Kubernetes network policy API.
    (r'^(Admin|BaselineAdmin|Cluster)NetworkPolicy:/spec/subject$', '{KINDNP}Subject'),
    (r'^(Admin|BaselineAdmin|Cluster)NetworkPolicy:/spec/ingress/\*$', '{KIND}IngressRule'),
    (r'^(Admin|BaselineAdmin|Cluster)NetworkPolicy:/spec/egress/\*$', '{KIND}EgressRule'),
    (r'^(Admin|BaselineAdmin)NetworkPolicy:/spec/ingress/\*/from/\*$', 'AdminNetworkPolicyIngressPeer'),
    (r'^(Admin|BaselineAdmin)NetworkPolicy:/spec/egress/\*/to/\*$', '{KIND}EgressPeer'),
    (r'^ClusterNetworkPolicy:/spec/ingress/\*/from/\*$', 'ClusterNetworkPolicyIngressPeer'),
    (r'^ClusterNetworkPolicy:/spec/egress/\*/to/\*$', 'ClusterNetworkPolicyEgressPeer'),
    (r'/pods$', 'NamespacedPod'),
    (r'^(Admin|BaselineAdmin)NetworkPolicy:/spec/(ingress|egress)/\*/ports/\*$', 'AdminNetworkPolicyPort'),
    (r'^(Admin|BaselineAdmin)NetworkPolicy:/spec/(ingress|egress)/\*/ports/\*/portNumber$', 'PortNumber'),
    (r'^(Admin|BaselineAdmin)NetworkPolicy:/spec/(ingress|egress)/\*/ports/\*/portRange$', 'PortRange'),
    (r'^ClusterNetworkPolicy:/spec/(ingress|egress)/\*/protocols/\*$', 'ClusterNetworkPolicyProtocol'),
    (r'^ClusterNetworkPolicy:/spec/(ingress|egress)/\*/protocols/\*/(tcp|udp|sctp)$', 'ClusterNetworkPolicyProtocolPorts'),
    (r'^ClusterNetworkPolicy:/spec/(ingress|egress)/\*/protocols/\*/(tcp|udp|sctp)/destinationPort$', 'ClusterNetworkPolicyPort'),
    (r'^ClusterNetworkPolicy:/spec/(ingress|egress)/\*/protocols/\*/(tcp|udp|sctp)/destinationPort/range$', 'PortRange'),
]


def java_kind(kind):
    return KIND_CLASS.get(kind, kind)


def type_name(kind, path):
    key = kind + ':' + path
    for rx, name in RULES:
        if re.search(rx, key):
            jk = java_kind(kind)
            return (name.replace('{KINDNP}', 'ClusterNetworkPolicy' if kind == 'ClusterNetworkPolicy' else 'AdminNetworkPolicy')
                    .replace('{KIND}', jk))
    raise KeyError('no Java type name for ' + key)


def package_of(kind):
    return 'netpol' if kind in NETPOL_KINDS else 'calico'
