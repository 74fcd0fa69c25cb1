package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CrdGenerator;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.HandWritten;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every CEL rule of the v3.32.1 CRDs ({@code crd.projectcalico.org/v1}, {@code projectcalico.org/v3} and
 * the network-policy API), broken at least once: each case takes a valid hand-written resource (made
 * into another valid resource by a preparation step where the rule needs one), applies one defect and
 * expects a {@code cel.rule} error at the exact JSON pointer, with the message of that rule. A
 * coverage test lists every (group, kind, schema path, rule) of the reference CRD files and names those
 * no case breaks.
 */
class CelMutationTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final Validator VALIDATOR = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);
  private static final String V3 = "projectcalico.org/v3";
  private static final String V1 = "crd.projectcalico.org/v1";
  private static final String NETPOL = "policy.networking.k8s.io/v1alpha2";

  /**
   * One case. {@code ruleFragment} picks the rule among those on the node at {@code pointer}'s schema
   * path; {@code expectedRule} is {@code cel.rule} but for transition rules.
   */
  record Case(String name, String apiVersion, String base, UnaryOperator<ObjectNode> prepare,
      UnaryOperator<ObjectNode> defect, String pointer, String ruleFragment, String expectedRule) {}

  // ---- the cases ----------------------------------------------------------------------------------

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String api : List.of(V3, V1)) {
      String g = api.equals(V3) ? "v3" : "v1";
      policyRuleCases(out, api, g);
      globalPolicyCases(out, api, g);
      bgpFilterCases(out, api, g);
      bgpPeerCases(out, api, g);
      otherCalicoCases(out, api, g);
    }
    clusterNetworkPolicyCases(out);
    return out;
  }

  /** The rules on each ingress and egress rule of the four policy kinds, and on its icmp fields. */
  private static void policyRuleCases(List<Case> out, String api, String g) {
    record Base(String kind, String file, UnaryOperator<ObjectNode> prepare) {}
    List<Base> bases = List.of(
        new Base("GlobalNetworkPolicy", "globalnetworkpolicy.yaml", x -> x),
        new Base("NetworkPolicy", "networkpolicy.yaml", x -> x),
        new Base("StagedNetworkPolicy", "stagednetworkpolicy.yaml", x -> x),
        // The staged global base is a preDNAT policy, which may have no egress rules: make it a plain one.
        new Base("StagedGlobalNetworkPolicy", "stagedglobalnetworkpolicy.yaml", remove("/spec/preDNAT")));
    for (Base b : bases) {
      for (String dir : List.of("ingress", "egress")) {
        String at = "/spec/" + dir;
        String p = g + " " + b.kind + " " + dir + ": ";
        for (String icmp : List.of("icmp", "notICMP")) {
          out.add(new Case(p + icmp + " code without type", api, b.file, b.prepare,
              prepend(at, "{action: Allow, protocol: ICMP, " + icmp + ": {code: 0}}"),
              at + "/0/" + icmp, "!has(self.code) || has(self.type)", "cel.rule"));
        }
        out.add(new Case(p + "http match on a Deny rule", api, b.file, b.prepare,
            prepend(at, "{action: Deny, http: {methods: [GET]}}"),
            at + "/0", "self.action == 'Allow' || !has(self.http)", "cel.rule"));
        out.add(new Case(p + "http match with protocol UDP", api, b.file, b.prepare,
            prepend(at, "{action: Allow, protocol: UDP, http: {methods: [GET]}}"),
            at + "/0", "self.protocol == 'TCP' || self.protocol == 6", "cel.rule"));
        out.add(new Case(p + "http match with protocol 17 (int-or-string as a number)", api, b.file, b.prepare,
            prepend(at, "{action: Allow, protocol: 17, http: {methods: [GET]}}"),
            at + "/0", "self.protocol == 'TCP' || self.protocol == 6", "cel.rule"));
        out.add(new Case(p + "ports with services", api, b.file, b.prepare,
            prepend(at, "{action: Allow, protocol: TCP, destination: "
                + "{services: {name: kubernetes, namespace: default}, ports: [443]}}"),
            at + "/0", "!has(self.destination.services)", "cel.rule"));
        out.add(new Case(p + "notPorts with services", api, b.file, b.prepare,
            prepend(at, "{action: Allow, protocol: TCP, destination: "
                + "{services: {name: kubernetes, namespace: default}, notPorts: [80]}}"),
            at + "/0", "!has(self.destination.services)", "cel.rule"));
      }
    }
  }

  /** The preDNAT, doNotTrack and applyOnForward rules of the global policy kinds. */
  private static void globalPolicyCases(List<Case> out, String api, String g) {
    for (String kind : List.of("GlobalNetworkPolicy", "StagedGlobalNetworkPolicy")) {
      // The staged global base is a valid preDNAT policy; as a GlobalNetworkPolicy it has no stagedAction.
      UnaryOperator<ObjectNode> asKind = kind.equals("GlobalNetworkPolicy")
          ? compose(set("/kind", "GlobalNetworkPolicy"), remove("/spec/stagedAction"))
          : x -> x;
      String base = "stagedglobalnetworkpolicy.yaml";
      String p = g + " " + kind + ": ";
      out.add(new Case(p + "preDNAT and doNotTrack", api, base, asKind, set("/spec/doNotTrack", "true"),
          "/spec", "!((has(self.doNotTrack) && self.doNotTrack) && (has(self.preDNAT) && self.preDNAT))", "cel.rule"));
      out.add(new Case(p + "preDNAT with an egress rule", api, base, asKind, set("/spec/egress", "[{action: Allow}]"),
          "/spec", "!has(self.egress) || size(self.egress) == 0", "cel.rule"));
      out.add(new Case(p + "preDNAT with the Egress type", api, base, asKind, set("/spec/types", "[Ingress, Egress]"),
          "/spec", "!self.types.exists(t, t == 'Egress')", "cel.rule"));
      out.add(new Case(p + "preDNAT without applyOnForward", api, base, asKind, set("/spec/applyOnForward", "false"),
          "/spec", "(has(self.applyOnForward) && self.applyOnForward) ||", "cel.rule"));
      out.add(new Case(p + "doNotTrack without applyOnForward", api, base,
          compose(asKind, remove("/spec/preDNAT")),
          compose(set("/spec/doNotTrack", "true"), set("/spec/applyOnForward", "false")),
          "/spec", "(has(self.applyOnForward) && self.applyOnForward) ||", "cel.rule"));
    }
  }

  /** The three rules on every item of the four BGPFilter rule lists. */
  private static void bgpFilterCases(List<Case> out, String api, String g) {
    for (String list : List.of("exportV4", "importV4", "exportV6", "importV6")) {
      String cidr = list.endsWith("V4") ? "10.0.0.0/8" : "fd00::/8";
      String at = "/spec/" + list;
      String p = g + " BGPFilter " + list + ": ";
      out.add(new Case(p + "cidr without matchOperator", api, "bgpfilter.yaml", x -> x,
          prepend(at, "{action: Accept, cidr: '" + cidr + "'}"), at + "/0",
          "(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator)", "cel.rule"));
      out.add(new Case(p + "matchOperator without cidr", api, "bgpfilter.yaml", x -> x,
          prepend(at, "{action: Accept, matchOperator: In}"), at + "/0",
          "(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator)", "cel.rule"));
      out.add(new Case(p + "prefixLength without cidr", api, "bgpfilter.yaml", x -> x,
          prepend(at, "{action: Reject, prefixLength: {min: " + (list.endsWith("V4") ? 24 : 64) + "}}"), at + "/0",
          "!has(self.prefixLength) || (has(self.cidr)", "cel.rule"));
      out.add(new Case(p + "operations on a Reject rule", api, "bgpfilter.yaml", x -> x,
          prepend(at, "{action: Reject, operations: [{setPriority: {value: 512}}]}"), at + "/0",
          "self.action == 'Accept'", "cel.rule"));
    }
  }

  /** The six rules on a BGPPeer spec. */
  private static void bgpPeerCases(List<Case> out, String api, String g) {
    String base = "bgppeer.yaml";
    String p = g + " BGPPeer: ";
    // A peering by selector (no peerIP, no asNumber) and one for local workloads (no peerIP); without a
    // peerIP there is no reachableBy either (Calico's own rule).
    UnaryOperator<ObjectNode> bySelector = compose(remove("/spec/peerIP"), remove("/spec/reachableBy"), remove("/spec/asNumber"),
        set("/spec/peerSelector", "rack == 'rack-1'"));
    UnaryOperator<ObjectNode> localWorkloads = compose(remove("/spec/peerIP"), remove("/spec/reachableBy"),
        set("/spec/localWorkloadSelector", "color == 'red'"));
    out.add(new Case(p + "node and nodeSelector", api, base, x -> x, set("/spec/node", "worker-1"),
        "/spec", "(!has(self.node) || size(self.node) == 0) || (!has(self.nodeSelector)", "cel.rule"));
    out.add(new Case(p + "peerIP and peerSelector", api, base, bySelector, set("/spec/peerIP", "10.20.1.1"),
        "/spec", "(!has(self.peerIP) || size(self.peerIP) == 0) || (!has(self.peerSelector)", "cel.rule"));
    out.add(new Case(p + "asNumber with peerSelector", api, base, bySelector, set("/spec/asNumber", "64512"),
        "/spec", "!has(self.asNumber) || self.asNumber == 0", "cel.rule"));
    out.add(new Case(p + "peerIP with localWorkloadSelector", api, base, localWorkloads, set("/spec/peerIP", "10.20.1.1"),
        "/spec", "(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerIP)",
        "cel.rule"));
    // With a localWorkloadSelector an asNumber is required and a peerSelector forbids one: both rules fire.
    out.add(new Case(p + "peerSelector with localWorkloadSelector", api, base, localWorkloads,
        set("/spec/peerSelector", "rack == 'rack-1'"), "/spec",
        "(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerSelector)",
        "cel.rule"));
    out.add(new Case(p + "localWorkloadSelector without asNumber", api, base, localWorkloads, remove("/spec/asNumber"),
        "/spec", "(has(self.asNumber) && self.asNumber != 0)", "cel.rule"));
  }

  /** BGPConfiguration, FelixConfiguration, HostEndpoint, IPPool and Tier. */
  private static void otherCalicoCases(List<Case> out, String api, String g) {
    boolean v1 = api.equals(V1);
    out.add(new Case(g + " BGPConfiguration: nodeMeshPassword without the mesh", api, "bgpconfiguration.yaml",
        remove("/spec/nodeMeshMaxRestartTime"), set("/spec/nodeToNodeMeshEnabled", "false"), "/spec",
        "!has(self.nodeMeshPassword)", "cel.rule"));
    out.add(new Case(g + " BGPConfiguration: nodeMeshMaxRestartTime without the mesh", api, "bgpconfiguration.yaml",
        remove("/spec/nodeMeshPassword"), set("/spec/nodeToNodeMeshEnabled", "false"), "/spec",
        "!has(self.nodeMeshMaxRestartTime)", "cel.rule"));

    String felix = v1 ? "crd-felixconfiguration.yaml" : "felixconfiguration.yaml";
    out.add(new Case(g + " FelixConfiguration: nodeSelector on " + (v1 ? "a per-node" : "the default") + " configuration",
        api, felix, x -> x, set("/spec/nodeSelector", "all()"), "",
        "self.metadata.name == 'default' || self.metadata.name.startsWith('node.')", "cel.rule"));
    out.add(new Case(g + " FelixConfiguration: routeTableRange and routeTableRanges", api, felix, x -> x,
        v1 ? set("/spec/routeTableRanges", "[{min: 1, max: 250}]") : set("/spec/routeTableRange", "{min: 1, max: 250}"),
        "/spec", "!has(self.routeTableRange) || !has(self.routeTableRanges)", "cel.rule"));

    out.add(new Case(g + " HostEndpoint: neither interfaceName nor expectedIPs", api, "hostendpoint.yaml",
        remove("/spec/expectedIPs"), remove("/spec/interfaceName"), "/spec",
        "(has(self.interfaceName) && size(self.interfaceName) > 0)", "cel.rule"));
    out.add(new Case(g + " HostEndpoint: no node", api, "hostendpoint.yaml", x -> x, remove("/spec/node"), "/spec",
        "has(self.node) && size(self.node) > 0", "cel.rule"));

    String pool = v1 ? "crd-ippool.yaml" : "ippool.yaml";
    // A LoadBalancer pool serves every node (Calico's own rule): nodeSelector all().
    UnaryOperator<ObjectNode> loadBalancer = compose(set("/spec/allowedUses", "[LoadBalancer]"),
        set("/spec/ipipMode", "Never"), set("/spec/vxlanMode", "Never"), set("/spec/nodeSelector", "all()"));
    UnaryOperator<ObjectNode> ipv6 = compose(set("/spec/cidr", "fd00:10:244::/64"), set("/spec/blockSize", "122"),
        set("/spec/ipipMode", "Never"), set("/spec/vxlanMode", "Never"));
    out.add(new Case(g + " IPPool: IPIP and VXLAN both on", api, pool, x -> x,
        v1 ? set("/spec/vxlanMode", "Always") : set("/spec/ipipMode", "Always"), "/spec",
        "!has(self.ipipMode) || !has(self.vxlanMode) || self.ipipMode == 'Never'", "cel.rule"));
    out.add(new Case(g + " IPPool: VXLAN on a LoadBalancer pool", api, pool, loadBalancer, set("/spec/vxlanMode", "Always"),
        "/spec", "(!has(self.ipipMode) || size(self.ipipMode) == 0 || self.ipipMode == 'Never') && (!has(self.vxlanMode)",
        "cel.rule"));
    out.add(new Case(g + " IPPool: LoadBalancer with Workload", api, pool, loadBalancer,
        set("/spec/allowedUses", "[LoadBalancer, Workload]"), "/spec",
        "!self.allowedUses.exists(u, u == 'Workload' || u == 'Tunnel')", "cel.rule"));
    out.add(new Case(g + " IPPool: IPIP on an IPv6 pool", api, pool, ipv6, set("/spec/ipipMode", "Always"), "/spec",
        "!self.cidr.contains(':')", "cel.rule"));
    out.add(new Case(g + " IPPool: cidr change cannot be judged offline", api, pool, x -> x, x -> x, "/spec/cidr",
        "self == oldSelf", "cel.transition-skipped"));
    out.add(new Case(g + " IPPool: blockSize change cannot be judged offline", api, pool, x -> x, x -> x,
        "/spec/blockSize", "self == oldSelf", "cel.transition-skipped"));

    // The v1 Tier has no status.
    UnaryOperator<ObjectNode> tier = v1 ? remove("/status") : x -> x;
    out.add(new Case(g + " Tier: kube-admin with Deny", api, "tier.yaml",
        compose(tier, set("/metadata/name", "kube-admin"), set("/spec/order", "1000")), set("/spec/defaultAction", "Deny"), "",
        "self.metadata.name == 'kube-admin'", "cel.rule"));
    out.add(new Case(g + " Tier: kube-admin without defaultAction (defaulted to Deny)", api, "tier.yaml",
        compose(tier, set("/metadata/name", "kube-admin"), set("/spec/order", "1000")), remove("/spec/defaultAction"), "",
        "self.metadata.name == 'kube-admin'", "cel.rule"));
    out.add(new Case(g + " Tier: kube-baseline with Deny", api, "tier.yaml",
        compose(tier, set("/metadata/name", "kube-baseline"), set("/spec/order", "10000000")), set("/spec/defaultAction", "Deny"), "",
        "self.metadata.name == 'kube-baseline'", "cel.rule"));
    out.add(new Case(g + " Tier: default with Pass", api, "tier.yaml",
        compose(tier, set("/metadata/name", "default"), set("/spec/order", "1000000"), set("/spec/defaultAction", "Deny")),
        set("/spec/defaultAction", "Pass"), "", "self.metadata.name == 'default'", "cel.rule"));
  }

  /** The port range rules (every protocol, both directions) and the CIDR rule of ClusterNetworkPolicy. */
  private static void clusterNetworkPolicyCases(List<Case> out) {
    String base = "clusternetworkpolicy.yaml";
    for (String dir : List.of("ingress", "egress")) {
      for (String proto : List.of("tcp", "udp", "sctp")) {
        out.add(new Case("netpol ClusterNetworkPolicy " + dir + ": " + proto + " range start after end", NETPOL, base,
            x -> x, prepend("/spec/" + dir + "/0/protocols",
                "{" + proto + ": {destinationPort: {range: {start: 9100, end: 9000}}}}"),
            "/spec/" + dir + "/0/protocols/0/" + proto + "/destinationPort/range", "self.start < self.end", "cel.rule"));
      }
    }
    out.add(new Case("netpol ClusterNetworkPolicy ingress: empty range", NETPOL, base, x -> x,
        set("/spec/ingress/1/protocols/0/tcp/destinationPort/range/end", "9000"),
        "/spec/ingress/1/protocols/0/tcp/destinationPort/range", "self.start < self.end", "cel.rule"));
    out.add(new Case("netpol ClusterNetworkPolicy egress: network with a /33", NETPOL, base, x -> x,
        set("/spec/egress/0/to/0/networks/0", "203.0.113.32/33"), "/spec/egress/0/to/0/networks/0",
        "isCIDR(self)", "cel.rule"));
    out.add(new Case("netpol ClusterNetworkPolicy egress: network with a leading zero", NETPOL, base, x -> x,
        set("/spec/egress/0/to/0/networks/1", "2001:db8:cafe::/064"), "/spec/egress/0/to/0/networks/1",
        "isCIDR(self)", "cel.rule"));
  }

  // ---- running them -------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyMutantIsCaught() {
    List<Case> all = cases();
    System.out.println("CEL mutation cases: " + all.size());
    return all.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      run(c);
    }));
  }

  /** Runs a case; returns the (group, kind, schema path, rule) it broke. */
  private static String run(Case c) {
    ObjectNode base = c.prepare().apply(load(c.base(), c.apiVersion()));
    ValidationReport baseReport = VALIDATOR.validate(yaml(base));
    assertThat(baseReport.findings(Severity.ERROR)).as("base of " + c.name() + "\n" + yaml(base)).isEmpty();

    ObjectNode mutant = c.defect().apply(base.deepCopy());
    ValidationReport report = VALIDATOR.validate(yaml(mutant));
    String schemaPath = schemaPath(c.pointer());
    JsonNode rule = ruleOf(c.apiVersion(), mutant.path("kind").asText(), schemaPath, c.ruleFragment());
    Severity severity = c.expectedRule().equals("cel.rule") ? Severity.ERROR : Severity.INFO;
    List<Finding> cel = report.findings().stream().filter(f -> f.rule().startsWith("cel.")).toList();
    assertThat(cel).as(report.toText())
        .anySatisfy(f -> {
          assertThat(f.rule()).isEqualTo(c.expectedRule());
          assertThat(f.severity()).isEqualTo(severity);
          assertThat(f.path()).isEqualTo(c.pointer());
          if (severity == Severity.ERROR) {
            assertThat(f.message()).isEqualTo(rule.path("message").asText());
            assertThat(f.line()).isPresent();
          } else {
            assertThat(f.message()).contains(rule.path("rule").asText().strip());
          }
        });
    // Nothing else from CEL but other rules on the same value.
    assertThat(cel.stream().filter(f -> f.severity() == Severity.ERROR))
        .as(report.toText()).allSatisfy(f -> assertThat(f.path()).isEqualTo(c.pointer()));
    return key(ApiGroup.ofApiVersion(c.apiVersion()).orElseThrow().group(), mutant.path("kind").asText(),
        schemaPath, rule.path("rule").asText());
  }

  /**
   * Every (group, kind, schema path, rule) of the v3.32.1 CRD files, read now, is broken by a case that
   * passes. Runs the cases itself, so that it does not depend on the order of tests.
   */
  @Test
  void everyRuleOfTheReferenceCrdsIsBroken() {
    ReferenceData.root();
    Set<String> covered = new TreeSet<>();
    for (Case c : cases()) {
      try {
        covered.add(run(c));
      } catch (AssertionError e) {
        // a failing case covers nothing; everyMutantIsCaught names it
      }
    }
    Set<String> all = new TreeSet<>();
    for (ReferenceData.Crd crd : ReferenceData.crds()) {
      if (crd.releaseDir.equals("v3.32.1")
          && (crd.file.endsWith("crds.yaml") || crd.file.endsWith("calico-v3-crds.yaml"))) {
        collectRules(crd.document.path("spec").path("group").asText(), crd.kind, crd.schema(), "", all);
      }
    }
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(covered);
    System.out.println("CEL rules of the v3.32.1 CRDs: " + all.size() + " (group, kind, path, rule); broken by a case: "
        + (all.size() - missing.size()));
    assertThat(all).hasSizeGreaterThan(100);
    assertThat(missing).as("rules no mutation case breaks").isEmpty();
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static String key(String group, String kind, String path, String rule) {
    return group + " " + kind + " " + (path.isEmpty() ? "<root>" : path) + " : " + rule.strip().replaceAll("\\s+", " ");
  }

  private static void collectRules(String group, String kind, JsonNode s, String path, Set<String> out) {
    for (JsonNode v : s.path("x-kubernetes-validations")) {
      out.add(key(group, kind, path, v.path("rule").asText()));
    }
    s.path("properties").properties().forEach(e -> collectRules(group, kind, e.getValue(), path + "/" + e.getKey(), out));
    if (s.path("items").isObject()) {
      collectRules(group, kind, s.get("items"), path + "/*", out);
    }
    if (s.path("additionalProperties").isObject()) {
      collectRules(group, kind, s.get("additionalProperties"), path + "/{}", out);
    }
  }

  /** The schema path of a pointer: list indexes become {@code *}. */
  private static String schemaPath(String pointer) {
    return pointer.replaceAll("/\\d+(?=/|$)", "/*");
  }

  /** The rule of our generated CRD at {@code schemaPath} whose text contains {@code fragment}. */
  private static JsonNode ruleOf(String apiVersion, String kind, String schemaPath, String fragment) {
    ApiGroup group = ApiGroup.ofApiVersion(apiVersion).orElseThrow();
    Class<? extends CalicoResource> type = Kinds.forType(apiVersion, kind).orElseThrow();
    JsonNode s = CrdGenerator.forRelease(group, Release.V3_32).generate(type).orElseThrow()
        .path("spec").path("versions").path(0).path("schema").path("openAPIV3Schema");
    for (String token : schemaPath.isEmpty() ? new String[0] : schemaPath.substring(1).split("/")) {
      s = token.equals("*") ? s.path("items") : s.path("properties").path(token);
    }
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode v : s.path("x-kubernetes-validations")) {
      if (v.path("rule").asText().replaceAll("\\s+", " ").contains(fragment)) {
        found.add(v);
      }
    }
    assertThat(found).as(kind + " " + schemaPath + " rule containing " + fragment).hasSize(1);
    return found.get(0);
  }

  private static ObjectNode load(String file, String apiVersion) {
    ObjectNode doc = HandWritten.tree(file);
    doc.put("apiVersion", apiVersion);
    return doc;
  }

  private static String yaml(JsonNode doc) {
    try {
      return YAML.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode value(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SafeVarargs
  private static UnaryOperator<ObjectNode> compose(UnaryOperator<ObjectNode>... steps) {
    return x -> {
      ObjectNode r = x;
      for (UnaryOperator<ObjectNode> s : steps) {
        r = s.apply(r);
      }
      return r;
    };
  }

  private static ObjectNode parentOf(ObjectNode doc, String pointer) {
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    JsonNode p = parent.isEmpty() ? doc : doc.at(parent);
    if (p.isMissingNode()) {
      // Create missing objects on the way (e.g. a list that the base does not have).
      ObjectNode grand = parentOf(doc, parent);
      p = grand.putObject(parent.substring(parent.lastIndexOf('/') + 1));
    }
    return (ObjectNode) p;
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  /** Sets the value at {@code pointer} (YAML text: a scalar, list or map). */
  private static UnaryOperator<ObjectNode> set(String pointer, String yamlValue) {
    return doc -> {
      JsonNode v = value(yamlValue);
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      JsonNode p = parent.isEmpty() ? doc : doc.at(parent);
      if (p.isArray()) {
        ((ArrayNode) p).set(Integer.parseInt(last(pointer)), v);
      } else {
        parentOf(doc, pointer).set(last(pointer), v);
      }
      return doc;
    };
  }

  private static UnaryOperator<ObjectNode> remove(String pointer) {
    return doc -> {
      JsonNode p = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
      assertThat(p.has(last(pointer))).as("base has " + pointer).isTrue();
      ((ObjectNode) p).remove(last(pointer));
      return doc;
    };
  }

  /** Inserts an item at the start of the list at {@code pointer}, creating the list when absent. */
  private static UnaryOperator<ObjectNode> prepend(String pointer, String yamlItem) {
    return doc -> {
      JsonNode list = doc.at(pointer);
      if (list.isMissingNode()) {
        list = parentOf(doc, pointer).putArray(last(pointer));
      }
      ((ArrayNode) list).insert(0, value(yamlItem));
      return doc;
    };
  }
}
