package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.HandWritten;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One structural defect per case, put into a valid resource (a hand-written one or a document of the
 * official v3.32.1 manifest): the base has no error, the mutant has an error with the expected rule id
 * at the expected JSON pointer.
 */
class StructuralMutationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Release, Validator> VALIDATORS = new ConcurrentHashMap<>();
  private static final Map<String, Integer> PER_RULE = new TreeMap<>();

  /** One validator per release, with the reference files as its RBAC baseline. */
  private static Validator validator(Release release) {
    return VALIDATORS.computeIfAbsent(release, r -> Validator.forRelease(r).withOfficialManifests(REFERENCE));
  }

  /** A case: name, base, release, expected rule and pointer, and the one change. */
  record Case(String name, String base, Release release, String rule, String path, Consumer<ObjectNode> change) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void c(String name, String base, String rule, String path, Consumer<ObjectNode> change) {
    CASES.add(new Case(name, base, Release.V3_32, rule, path, change));
  }

  private static void c(String name, String base, Release release, String rule, String path, Consumer<ObjectNode> change) {
    CASES.add(new Case(name, base, release, rule, path, change));
  }

  static {
    String pool = "ippool.yaml";
    String crdPool = "crd-ippool.yaml";
    String felix = "felixconfiguration.yaml";
    String crdFelix = "crd-felixconfiguration.yaml";
    String gnp = "globalnetworkpolicy.yaml";
    String np = "networkpolicy.yaml";
    String bgp = "bgpconfiguration.yaml";
    String peer = "bgppeer.yaml";
    String hep = "hostendpoint.yaml";
    String tier = "tier.yaml";
    String status = "caliconodestatus.yaml";
    String kcc = "kubecontrollersconfiguration.yaml";
    String anp = "adminnetworkpolicy.yaml";
    String node = "ref:DaemonSet/calico-node";
    String kc = "ref:Deployment/calico-kube-controllers";
    String cm = "ref:ConfigMap/calico-config";
    String role = "ref:ClusterRole/calico-node";
    String crd = "ref:CustomResourceDefinition/ippools.crd.projectcalico.org";
    String sa = "ref:ServiceAccount/calico-node";

    // Wrong JSON types.
    c("IPPool blockSize as a string", pool, "schema.type", "/spec/blockSize", set("/spec/blockSize", "\"26\""));
    c("IPPool blockSize as a fraction", pool, "schema.type", "/spec/blockSize", set("/spec/blockSize", "26.5"));
    c("IPPool natOutgoing as a string", pool, "schema.type", "/spec/natOutgoing", set("/spec/natOutgoing", "\"yes\""));
    c("IPPool cidr as a number", pool, "schema.type", "/spec/cidr", set("/spec/cidr", "10"));
    c("IPPool allowedUses as a string", pool, "schema.type", "/spec/allowedUses", set("/spec/allowedUses", "\"Workload\""));
    c("crd IPPool disabled as a string", crdPool, "schema.type", "/spec/disabled", set("/spec/disabled", "\"false\""));
    c("GNP order as a string", gnp, "schema.type", "/spec/order", set("/spec/order", "\"first\""));
    c("GNP ingress as an object", gnp, "schema.type", "/spec/ingress", set("/spec/ingress", "{}"));
    c("BGPConfiguration asNumber as a string", bgp, "schema.type", "/spec/asNumber", set("/spec/asNumber", "\"AS64512\""));
    c("BGPConfiguration communities item as a string", bgp, "schema.type", "/spec/communities/0", set("/spec/communities/0", "\"edge-only\""));
    c("label value as a number", pool, "schema.type", "/metadata/labels/pool-class", set("/metadata/labels/pool-class", "5"));
    c("annotation value as a boolean", gnp, "schema.type", "/metadata/annotations/policy.example.com~1reviewed",
        set("/metadata/annotations/policy.example.com~1reviewed", "true"));
    c("Felix vxlanEnabled as a string", felix, "schema.type", "/spec/vxlanEnabled", set("/spec/vxlanEnabled", "\"on\""));
    c("ANP priority as a string", anp, Release.V3_31, "schema.type", "/spec/priority", set("/spec/priority", "\"10\""));

    // Missing required fields.
    c("IPPool without cidr", pool, "schema.required", "/spec", remove("/spec/cidr"));
    c("crd IPPool without cidr", crdPool, "schema.required", "/spec", remove("/spec/cidr"));
    c("GNP ingress rule without action", gnp, "schema.required", "/spec/ingress/0", remove("/spec/ingress/0/action"));
    c("HostEndpoint port without protocol", hep, "schema.required", "/spec/ports/0", remove("/spec/ports/0/protocol"));
    c("Felix health override without timeout", felix, "schema.required", "/spec/healthTimeoutOverrides/0",
        remove("/spec/healthTimeoutOverrides/0/timeout"));
    c("BGPPeer secretKeyRef without key", peer, "schema.required", "/spec/password/secretKeyRef", remove("/spec/password/secretKeyRef/key"));
    c("KubeControllersConfiguration without controllers", kcc, "schema.required", "/spec", remove("/spec/controllers"));
    c("Tier without spec", tier, "schema.required", "", remove("/spec"));
    c("ANP without subject", anp, Release.V3_31, "schema.required", "/spec", remove("/spec/subject"));
    c("IPPool condition without reason", pool, "schema.required", "/status/conditions/0", remove("/status/conditions/0/reason"));

    // Enumerations.
    c("IPPool vxlanMode unknown", pool, "schema.enum", "/spec/vxlanMode", set("/spec/vxlanMode", "\"Sometimes\""));
    c("IPPool ipipMode in lower case", pool, "schema.enum", "/spec/ipipMode", set("/spec/ipipMode", "\"never\""));
    c("IPPool allowedUses item unknown", pool, "schema.enum", "/spec/allowedUses/0", set("/spec/allowedUses/0", "\"Pods\""));
    c("IPPool assignmentMode unknown", pool, "schema.enum", "/spec/assignmentMode", set("/spec/assignmentMode", "\"Auto\""));
    c("crd IPPool vxlanMode unknown", crdPool, "schema.enum", "/spec/vxlanMode", set("/spec/vxlanMode", "\"Maybe\""));
    c("GNP action unknown", gnp, "schema.enum", "/spec/ingress/0/action", set("/spec/ingress/0/action", "\"Accept\""));
    c("GNP types item unknown", gnp, "schema.enum", "/spec/types/0", set("/spec/types/0", "\"Forward\""));
    c("GNP ipVersion 5", gnp, "schema.enum", "/spec/ingress/0/ipVersion", set("/spec/ingress/0/ipVersion", "5"));
    c("BGPConfiguration bindMode unknown", bgp, "schema.enum", "/spec/bindMode", set("/spec/bindMode", "\"All\""));
    c("condition status Maybe", pool, "schema.enum", "/status/conditions/0/status", set("/status/conditions/0/status", "\"Maybe\""));
    c("CalicoNodeStatus class unknown", status, "schema.enum", "/spec/classes/0", set("/spec/classes/0", "\"Everything\""));

    // Patterns (Go RE2, evaluated by RE2/J as written).
    c("Felix duration 1.5s (pattern stricter than Go)", felix, "schema.pattern", "/spec/routeRefreshInterval",
        set("/spec/routeRefreshInterval", "\"1.5s\""));
    c("Felix duration without unit", felix, "schema.pattern", "/spec/iptablesRefreshInterval", set("/spec/iptablesRefreshInterval", "\"180\""));
    c("crd Felix (?i) log severity unknown", crdFelix, "schema.pattern", "/spec/logSeverityScreen", set("/spec/logSeverityScreen", "\"Everything\""));
    c("Felix (?i) log severity unknown", felix, "schema.pattern", "/spec/logSeverityScreen", set("/spec/logSeverityScreen", "\"Verbose\""));
    c("Felix (?i) chainInsertMode unknown", felix, "schema.pattern", "/spec/chainInsertMode", set("/spec/chainInsertMode", "\"Prepend\""));
    c("Felix (?i) pattern is anchored", felix, "schema.pattern", "/spec/iptablesFilterDenyAction", set("/spec/iptablesFilterDenyAction", "\"DropIt\""));
    c("Felix log action rate limit", felix, "schema.pattern", "/spec/logActionRateLimit", set("/spec/logActionRateLimit", "\"10/week\""));
    c("Felix featureDetectOverride value", felix, "schema.pattern", "/spec/featureDetectOverride", set("/spec/featureDetectOverride", "\"SNATFullyRandom=maybe\""));
    c("Felix $ does not match before a final newline", felix, "schema.pattern", "/spec/routeRefreshInterval",
        set("/spec/routeRefreshInterval", "\"90s\\n\""));
    c("BGP community value", bgp, "schema.pattern", "/spec/communities/0/value", set("/spec/communities/0/value", "\"64512\""));
    c("BGP log severity unknown", bgp, "schema.pattern", "/spec/logSeverityScreen", set("/spec/logSeverityScreen", "\"Loud\""));
    c("condition reason with a space", pool, "schema.pattern", "/status/conditions/0/reason", set("/status/conditions/0/reason", "\"Pool Valid\""));

    // Numeric bounds.
    c("IPPool blockSize above 128", pool, "schema.maximum", "/spec/blockSize", set("/spec/blockSize", "129"));
    c("IPPool blockSize negative", pool, "schema.minimum", "/spec/blockSize", set("/spec/blockSize", "-1"));
    c("GNP icmp type 255", gnp, "schema.maximum", "/spec/ingress/0/icmp/type", set("/spec/ingress/0/icmp", "{\"type\": 255}"));
    c("HostEndpoint port 0", hep, "schema.minimum", "/spec/ports/0/port", set("/spec/ports/0/port", "0"));
    c("HostEndpoint port 70000", hep, "schema.maximum", "/spec/ports/0/port", set("/spec/ports/0/port", "70000"));
    c("BGPConfiguration listenPort 0", bgp, "schema.minimum", "/spec/listenPort", set("/spec/listenPort", "0"));
    c("Felix logActionRateLimitBurst 10000", felix, "schema.maximum", "/spec/logActionRateLimitBurst", set("/spec/logActionRateLimitBurst", "10000"));
    c("condition observedGeneration negative", pool, "schema.minimum", "/status/conditions/0/observedGeneration",
        set("/status/conditions/0/observedGeneration", "-1"));

    // Lengths and sizes.
    c("IPPool cidr longer than 48", pool, "schema.max-length", "/spec/cidr", set("/spec/cidr", "\"" + "1".repeat(49) + "\""));
    c("HostEndpoint interfaceName longer than 15", hep, "schema.max-length", "/spec/interfaceName", set("/spec/interfaceName", "\"eth0123456789abc\""));
    c("BGPPeer node longer than 253", peer, "schema.max-length", "/spec/node", set("/spec/node", "\"" + "n".repeat(254) + "\""));
    c("GNP three types", gnp, "schema.max-items", "/spec/types", set("/spec/types", "[\"Ingress\", \"Egress\", \"Ingress\"]"));
    c("IPPool eleven allowedUses", pool, "schema.max-items", "/spec/allowedUses",
        set("/spec/allowedUses", "[\"Workload\",\"Tunnel\",\"LoadBalancer\",\"Workload\",\"Tunnel\",\"LoadBalancer\",\"Workload\",\"Tunnel\",\"LoadBalancer\",\"Workload\",\"Tunnel\"]"));
    c("condition message longer than 32768", pool, "schema.max-length", "/status/conditions/0/message",
        set("/status/conditions/0/message", "\"" + "m".repeat(32769) + "\""));

    // Formats, as the API server checks them (and int32/int64 as Calico's Go types read them).
    c("IPPool cidr without prefix", pool, "schema.format", "/spec/cidr", set("/spec/cidr", "\"10.244.0.0\""));
    c("IPPool cidr prefix 33", pool, "schema.format", "/spec/cidr", set("/spec/cidr", "\"10.244.0.0/33\""));
    // The API server's cidr format reads with ParseCIDRSloppy and lets a leading zero pass; Calico's
    // net.ParseCIDR does not.
    c("IPPool cidr with a leading zero", pool, "calico.ippool.cidr", "/spec/cidr", set("/spec/cidr", "\"10.244.00.0/16\""));
    c("BGP service cidr IPv6 prefix 129", bgp, "schema.format", "/spec/serviceClusterIPs/1/cidr", set("/spec/serviceClusterIPs/1/cidr", "\"fd00:10:96::/129\""));
    c("BGP asNumber above int32", bgp, "schema.format", "/spec/asNumber", set("/spec/asNumber", "4294967296"));
    c("BGPPeer asNumber above int32", peer, "schema.format", "/spec/asNumber", set("/spec/asNumber", "2147483648"));
    c("condition time not RFC 3339", pool, "schema.format", "/status/conditions/0/lastTransitionTime",
        set("/status/conditions/0/lastTransitionTime", "\"2025-01-08 11:40:17\""));
    c("condition time hour 24", pool, "schema.format", "/status/conditions/0/lastTransitionTime",
        set("/status/conditions/0/lastTransitionTime", "\"2025-01-08T24:00:00Z\""));
    c("metadata creationTimestamp not a date", pool, "schema.format", "/metadata/creationTimestamp",
        set("/metadata/creationTimestamp", "\"yesterday\""));

    // Unknown fields, at several depths.
    c("unknown top-level field", pool, "schema.unknown-field", "/specs", set("/specs", "{}"));
    c("unknown spec field", pool, "schema.unknown-field", "/spec/blocksize", set("/spec/blocksize", "26"));
    c("unknown metadata field", pool, "schema.unknown-field", "/metadata/label", set("/metadata/label", "{}"));
    c("unknown field in a rule", gnp, "schema.unknown-field", "/spec/ingress/0/sources", set("/spec/ingress/0/sources", "{}"));
    c("unknown field in a rule's entity", gnp, "schema.unknown-field", "/spec/ingress/0/source/namespace",
        set("/spec/ingress/0/source/namespace", "\"x\""));
    c("unknown field in a condition", pool, "schema.unknown-field", "/status/conditions/0/severity", set("/status/conditions/0/severity", "\"high\""));
    c("crd IPPool unknown field", crdPool, "schema.unknown-field", "/spec/ipip", set("/spec/ipip", "{\"enabled\": true}"));
    c("Felix unknown field", felix, "schema.unknown-field", "/spec/ipv6support", set("/spec/ipv6support", "true"));
    c("ANP unknown field in a peer", anp, Release.V3_31, "schema.unknown-field", "/spec/ingress/0/from/0/namespace",
        set("/spec/ingress/0/from/0/namespace", "{}"));
    c("unknown field in an ownerReference", tier, "schema.unknown-field", "/metadata/ownerReferences/0/owner",
        set("/metadata/ownerReferences", "[{\"apiVersion\": \"v1\", \"kind\": \"Namespace\", \"name\": \"n\", \"uid\": \"u\", \"owner\": true}]"));

    // list-type set and map.
    c("IPPool allowedUses repeated", pool, "schema.list-set-duplicate", "/spec/allowedUses/1", set("/spec/allowedUses", "[\"Workload\",\"Workload\"]"));
    c("GNP types repeated", gnp, "schema.list-set-duplicate", "/spec/types/1", set("/spec/types/1", "\"Ingress\""));
    c("HostEndpoint expectedIPs repeated", hep, "schema.list-set-duplicate", "/spec/expectedIPs/2", set("/spec/expectedIPs/2", "\"10.20.1.12\""));
    c("BGP ignoredInterfaces repeated", bgp, "schema.list-set-duplicate", "/spec/ignoredInterfaces/2", set("/spec/ignoredInterfaces/2", "\"docker0\""));
    c("ANP condition type repeated (list-map)", anp, Release.V3_31, "schema.list-map-duplicate", "/status/conditions/1", duplicate("/status/conditions/0"));

    // int-or-string.
    c("GNP port as a boolean", gnp, "schema.type", "/spec/ingress/0/destination/ports/0", set("/spec/ingress/0/destination/ports/0", "true"));
    c("GNP protocol as a list", gnp, "schema.type", "/spec/ingress/0/protocol", set("/spec/ingress/0/protocol", "[\"TCP\"]"));
    c("HostEndpoint port protocol as an object", hep, "schema.type", "/spec/ports/0/protocol", set("/spec/ports/0/protocol", "{}"));
    c("Felix natPortRange as a fraction", felix, "schema.type", "/spec/natPortRange", set("/spec/natPortRange", "1.5"));

    // Nulls: dropped where not nullable (then a required field is missing); kept in lists.
    c("IPPool cidr null", pool, "schema.required", "/spec", set("/spec/cidr", "null"));
    c("Tier spec null", tier, "schema.required", "", set("/spec", "null"));
    c("v3 FelixConfiguration spec null (v3 CRDs require spec)", felix, "schema.required", "", set("/spec", "null"));
    c("GNP types item null", gnp, "schema.type", "/spec/types/1", set("/spec/types/1", "null"));
    c("HostEndpoint profile null", hep, "schema.type", "/spec/profiles/0", set("/spec/profiles/0", "null"));

    // Header.
    c("no apiVersion", pool, "schema.header", "", remove("/apiVersion"));
    c("no kind", gnp, "schema.header", "", remove("/kind"));
    c("no metadata", felix, "schema.header", "", remove("/metadata"));
    c("no name", tier, "schema.header", "/metadata", remove("/metadata/name"));
    c("built-in without name", cm, "schema.header", "/metadata", remove("/metadata/name"));
    c("apiVersion as a number", pool, "schema.header", "/apiVersion", set("/apiVersion", "3"));

    // Built-in kinds through fabric8's types.
    c("ConfigMap data value as a number", cm, "schema.built-in", "/data/veth_mtu", set("/data/veth_mtu", "1440"));
    c("ConfigMap unknown field", cm, "schema.unknown-field", "/datas", set("/datas", "{}"));
    c("DaemonSet container image as a number", node, "schema.built-in", "/spec/template/spec/containers/0/image",
        set("/spec/template/spec/containers/0/image", "5"));
    c("DaemonSet unknown container field", node, "schema.unknown-field", "/spec/template/spec/containers/0/imagePullPolicyy",
        set("/spec/template/spec/containers/0/imagePullPolicyy", "\"Always\""));
    c("DaemonSet hostNetwork as a string", node, "schema.built-in", "/spec/template/spec/hostNetwork",
        set("/spec/template/spec/hostNetwork", "\"yes\""));
    c("DaemonSet maxUnavailable as a boolean", node, "schema.built-in", "/spec/updateStrategy/rollingUpdate/maxUnavailable",
        set("/spec/updateStrategy/rollingUpdate/maxUnavailable", "true"));
    c("DaemonSet containers as an object", node, "schema.built-in", "/spec/template/spec/containers",
        set("/spec/template/spec/containers", "{}"));
    c("DaemonSet unknown pod spec field", node, "schema.unknown-field", "/spec/template/spec/hostNet",
        set("/spec/template/spec/hostNet", "true"));
    c("Deployment replicas as a word", kc, "schema.built-in", "/spec/replicas", set("/spec/replicas", "\"one\""));
    c("Deployment replicas as a numeric string", kc, "schema.built-in", "/spec/replicas", set("/spec/replicas", "\"1\""));
    c("ClusterRole verbs as a string", role, "schema.built-in", "/rules/0/verbs", set("/rules/0/verbs", "\"get\""));
    c("ClusterRole unknown rule field", role, "schema.unknown-field", "/rules/0/verb", set("/rules/0/verb", "[\"get\"]"));
    c("CRD unknown spec field", crd, "schema.unknown-field", "/spec/scopes", set("/spec/scopes", "\"Cluster\""));
    c("CRD served as a string", crd, "schema.built-in", "/spec/versions/0/served", set("/spec/versions/0/served", "\"true\""));
    c("ServiceAccount unknown field", sa, "schema.unknown-field", "/automountToken", set("/automountToken", "true"));
  }

  @TestFactory
  Stream<DynamicTest> everyDefectIsCaught() {
    return CASES.stream().map(k -> DynamicTest.dynamicTest(k.name() + " -> " + k.rule() + " at " + k.path(), () -> {
      ObjectNode base = base(k.base());
      Validator v = validator(k.release());
      ValidationReport before = v.validate(JSON.writeValueAsString(base));
      // A single document taken out of a manifest may break rules across documents: only structure counts here.
      assertThat(schemaErrors(before)).as("base %s\n%s", k.base(), before.toText()).isEmpty();
      ObjectNode mutant = base.deepCopy();
      k.change().accept(mutant);
      ValidationReport after = v.validate(JSON.writeValueAsString(mutant));
      List<Finding> errors = after.findings(Severity.ERROR);
      assertThat(errors).as(after.toText())
          .anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(k.rule());
            assertThat(f.path()).isEqualTo(k.path());
          });
      synchronized (PER_RULE) {
        PER_RULE.merge(k.rule(), 1, Integer::sum);
      }
    }));
  }

  /** Values that look wrong but that the API server accepts: each must give no error. */
  @TestFactory
  Stream<DynamicTest> acceptedVariants() {
    List<Case> ok = List.of(
        new Case("(?i) pattern in lower case", "felixconfiguration.yaml", Release.V3_32, "", "", set("/spec/logSeverityScreen", "\"debug\"")),
        new Case("(?i) pattern in upper case", "crd-felixconfiguration.yaml", Release.V3_32, "", "", set("/spec/chainInsertMode", "\"APPEND\"")),
        new Case("empty spec (null) where spec is optional", "crd-felixconfiguration.yaml", Release.V3_32, "", "", set("/spec", "null")),
        new Case("null on an optional field", "ippool.yaml", Release.V3_32, "", "", set("/spec/natOutgoing", "null")),
        new Case("null where nullable", "caliconodestatus.yaml", Release.V3_32, "", "", set("/status/lastUpdated", "null")),
        new Case("creationTimestamp null", "ippool.yaml", Release.V3_32, "", "", set("/metadata/creationTimestamp", "null")),
        new Case("int-or-string port as a name", "globalnetworkpolicy.yaml", Release.V3_32, "", "", set("/spec/ingress/0/destination/ports/0", "\"https\"")),
        new Case("int-or-string protocol as a number", "globalnetworkpolicy.yaml", Release.V3_32, "", "", set("/spec/ingress/0/protocol", "6")),
        new Case("cidr with host bits set", "ippool.yaml", Release.V3_32, "", "", set("/spec/cidr", "\"10.244.0.1/17\"")),
        new Case("date-time with offset and fraction", "ippool.yaml", Release.V3_32, "", "",
            set("/status/conditions/0/lastTransitionTime", "\"2025-01-08T11:40:17.123+01:00\"")),
        new Case("the same value in an atomic list twice", "bgpconfiguration.yaml", Release.V3_32, "", "",
            set("/spec/prefixAdvertisements/0/communities/1", "\"edge-only\"")),
        new Case("kind of an older release in v3.24 (crd form)", "crd-ippool.yaml", Release.V3_24, "", "", remove("/spec/assignmentMode")),
        new Case("v3 kind in a release without v3 CRDs", "ippool.yaml", Release.V3_28, "", "",
            remove("/spec/namespaceSelector").andThen(remove("/spec/assignmentMode")).andThen(remove("/status"))));
    return ok.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
      ObjectNode doc = base(k.base());
      k.change().accept(doc);
      ValidationReport r = validator(k.release()).validate(JSON.writeValueAsString(doc));
      assertThat(schemaErrors(r)).as(r.toText()).isEmpty();
    }));
  }

  @Test
  void aKindAbsentFromTheReleaseIsReported() throws IOException {
    ObjectNode filter = base("crd:bgpfilter.yaml");
    assertThat(validator(Release.V3_32).validate(JSON.writeValueAsString(filter)).hasErrors()).isFalse();
    ValidationReport old = validator(Release.V3_24).validate(JSON.writeValueAsString(filter));
    assertThat(old.findings(Severity.ERROR)).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("schema.kind-not-in-release"))
        .satisfies(f -> assertThat(f.path()).isEqualTo("/apiVersion"));
  }

  @Test
  void otherKindsGetOneInfo() {
    ValidationReport r = validator(Release.V3_32).validate(
        "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  anything: [1, 2]\n");
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("schema.unknown-kind"))
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void messagesSayWhatWasExpected() throws IOException {
    ObjectNode felix = base("felixconfiguration.yaml");
    felix.with("spec").put("routeRefreshInterval", "1.5s");
    felix.with("spec").put("ipv6support", true);
    felix.with("spec").put("logSeverityScreen", "Verbose");
    ValidationReport r = validator(Release.V3_32).validate(JSON.writeValueAsString(felix));
    assertThat(r.findings(Severity.ERROR)).anySatisfy(f -> assertThat(f.message())
        .contains("\"1.5s\"").contains("^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$"));
    // The CRD's own RE2 pattern, (?i) and $ as written, with nothing of another dialect.
    assertThat(r.findings(Severity.ERROR)).filteredOn(f -> f.path().equals("/spec/logSeverityScreen")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("\"Verbose\" does not match the pattern ^(?i)(")
            .contains("Fatal)?$ that the CRD requires").doesNotContain("(?!").doesNotContain("[Dd]"));
    assertThat(r.findings(Severity.ERROR)).anySatisfy(f -> assertThat(f.message())
        .contains("unknown field \"ipv6support\"").contains("ipv6Support"));
    ObjectNode pool = base("ippool.yaml");
    pool.with("spec").put("blockSize", "26");
    ValidationReport p = validator(Release.V3_32).validate(JSON.writeValueAsString(pool));
    assertThat(p.findings(Severity.ERROR)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("expected an integer, found a string (\"26\")"))
        .satisfies(f -> assertThat(f.line()).hasValue(1));
  }

  @AfterAll
  static void count() {
    System.out.println("structural mutation cases: " + CASES.size() + " " + PER_RULE);
  }

  static int caseCount() {
    return CASES.size();
  }

  // --- bases and changes ---

  static ObjectNode base(String base) throws IOException {
    if (base.startsWith("ref:")) {
      String[] kn = base.substring(4).split("/", 2);
      return (ObjectNode) ReferenceData.documents(ReferenceData.root().resolve("v3.32.1/manifests/calico.yaml")).stream()
          .filter(d -> d.path("kind").asText().equals(kn[0]) && d.path("metadata").path("name").asText().equals(kn[1]))
          .findFirst().orElseThrow();
    }
    if (base.startsWith("crd:")) {
      ObjectNode n = resource(base.substring(4));
      n.put("apiVersion", "crd.projectcalico.org/v1");
      return n;
    }
    return resource(base);
  }

  static ObjectNode resource(String file) {
    return HandWritten.tree(file);
  }

  static Consumer<ObjectNode> set(String pointer, String json) {
    return root -> {
      JsonNode value;
      try {
        value = JSON.readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
      String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (parent instanceof ArrayNode a) {
        int i = Integer.parseInt(key);
        if (i == a.size()) {
          a.add(value);
        } else {
          a.set(i, value);
        }
      } else {
        ((ObjectNode) parent).set(key, value);
      }
    };
  }

  static Consumer<ObjectNode> remove(String pointer) {
    return root -> {
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
      String key = pointer.substring(slash + 1);
      if (parent instanceof ArrayNode a) {
        a.remove(Integer.parseInt(key));
      } else {
        ((ObjectNode) parent).remove(key);
      }
    };
  }

  /** Appends a copy of a list item right after it. */
  static Consumer<ObjectNode> duplicate(String pointer) {
    return root -> {
      int slash = pointer.lastIndexOf('/');
      ArrayNode list = (ArrayNode) root.at(pointer.substring(0, slash));
      int i = Integer.parseInt(pointer.substring(slash + 1));
      list.insert(i + 1, list.get(i).deepCopy());
    };
  }

  /** The structural layer's errors: other layers may judge the same document too. */
  private static List<Finding> schemaErrors(ValidationReport report) {
    return report.findings(Severity.ERROR).stream().filter(f -> f.rule().startsWith("schema.")).toList();
  }
}
