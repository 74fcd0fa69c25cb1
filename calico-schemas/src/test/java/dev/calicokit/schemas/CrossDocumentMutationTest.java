package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.model.values.InvalidAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Rules across the documents of official v3.32.1 manifests, one defect per mutant: the official manifest
 * has no error; the mutant has an error with the expected manifest.* rule id, in the expected document,
 * at the expected JSON pointer.
 */
class CrossDocumentMutationTest {
  private static int count;

  /** Where the finding is expected, resolved on the mutant's documents. */
  private record Place(String kind, String name, String pointer) {}

  /** Finds the expected place once the defect is applied (pointers may depend on the mutant). */
  private interface Locator {
    Place locate(List<ObjectNode> docs);
  }

  private record Case(String name, String file, Consumer<List<ObjectNode>> defect, String rule, Locator where,
      String clusterCidr) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void add(String name, String file, Consumer<List<ObjectNode>> defect, String rule, Locator where) {
    CASES.add(new Case(name, file, defect, rule, where, null));
  }

  private static void addWithCidr(String name, String file, String cidr, Consumer<List<ObjectNode>> defect, String rule,
      Locator where) {
    CASES.add(new Case(name, file, defect, rule, where, cidr));
  }

  static ObjectNode doc(List<ObjectNode> docs, String kind, String name) {
    return docs.stream().filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  static Locator at(String kind, String name, String pointer) {
    return docs -> new Place(kind, name, pointer);
  }

  /** The pointer of the first container whose image contains {@code part}, with a suffix. */
  static String container(ObjectNode workload, String part, String suffix) {
    JsonNode spec = workload.at("/spec/template/spec");
    for (String field : new String[] {"initContainers", "containers"}) {
      for (int i = 0; i < spec.path(field).size(); i++) {
        if (spec.path(field).get(i).path("image").asText().contains(part)) {
          return "/spec/template/spec/" + field + "/" + i + suffix;
        }
      }
    }
    throw new AssertionError("no container with image " + part);
  }

  /** The pointer of the first configMapKeyRef with the key, in a workload. */
  static String keyRef(ObjectNode workload, String key) {
    JsonNode spec = workload.at("/spec/template/spec");
    for (String field : new String[] {"initContainers", "containers"}) {
      for (int i = 0; i < spec.path(field).size(); i++) {
        JsonNode env = spec.path(field).get(i).path("env");
        for (int j = 0; j < env.size(); j++) {
          if (env.get(j).at("/valueFrom/configMapKeyRef/key").asText().equals(key)) {
            return "/spec/template/spec/" + field + "/" + i + "/env/" + j + "/valueFrom/configMapKeyRef";
          }
        }
      }
    }
    throw new AssertionError("no reference to key " + key);
  }

  /** Removes one verb from the first rule of a role that lists it with a resource. */
  static Consumer<List<ObjectNode>> removeVerb(String role, String resource, String verb) {
    return docs -> {
      for (JsonNode rule : doc(docs, "ClusterRole", role).path("rules")) {
        if (contains(rule.path("resources"), resource) && contains(rule.path("verbs"), verb)) {
          ArrayNode verbs = (ArrayNode) rule.path("verbs");
          for (int i = 0; i < verbs.size(); i++) {
            if (verbs.get(i).asText().equals(verb)) {
              verbs.remove(i);
              return;
            }
          }
        }
      }
      throw new AssertionError(role + " grants no " + verb + " on " + resource);
    };
  }

  /** Removes one resource from every rule of a role that lists it. */
  static Consumer<List<ObjectNode>> removeResource(String role, String resource) {
    return docs -> {
      for (JsonNode rule : doc(docs, "ClusterRole", role).path("rules")) {
        ArrayNode resources = (ArrayNode) rule.path("resources");
        for (int i = resources.size() - 1; i >= 0; i--) {
          if (resources.get(i).asText().equals(resource)) {
            resources.remove(i);
          }
        }
      }
    };
  }

  static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  static Consumer<List<ObjectNode>> edit(String kind, String name, Consumer<ObjectNode> change) {
    return docs -> change.accept(doc(docs, kind, name));
  }

  static Consumer<List<ObjectNode>> image(String workloadKind, String workload, String part, String newImage) {
    return docs -> {
      ObjectNode w = doc(docs, workloadKind, workload);
      ((ObjectNode) w.at(container(w, part, ""))).put("image", newImage);
    };
  }

  static ObjectNode nodeContainer(List<ObjectNode> docs) {
    ObjectNode ds = doc(docs, "DaemonSet", "calico-node");
    return (ObjectNode) ds.at(container(ds, "calico/node", ""));
  }

  static final String C = "calico.yaml";
  static final String T = "calico-typha.yaml";
  static final String E = "calico-etcd.yaml";
  static final String N = "canal.yaml";

  static {
    // RBAC against the official manifest of the same release and variant
    add("calico-node loses watch on pods", C, removeVerb("calico-node", "pods", "watch"), "manifest.rbac-missing-grant",
        at("ClusterRole", "calico-node", "/rules"));
    add("calico-node loses ippools", C, removeResource("calico-node", "ippools"), "manifest.rbac-missing-grant",
        at("ClusterRole", "calico-node", "/rules"));
    add("kube-controllers loses delete on ipamblocks", C, removeVerb("calico-kube-controllers", "ipamblocks", "delete"),
        "manifest.rbac-missing-grant", at("ClusterRole", "calico-kube-controllers", "/rules"));
    add("kube-controllers loses its node rule", C, edit("ClusterRole", "calico-kube-controllers",
        r -> ((ArrayNode) r.path("rules")).remove(0)), "manifest.rbac-missing-grant",
        at("ClusterRole", "calico-kube-controllers", "/rules"));
    add("calico-node binding names another account", C, edit("ClusterRoleBinding", "calico-node",
        b -> ((ObjectNode) b.at("/subjects/0")).put("name", "calico-nodes")), "manifest.rbac-missing-grant",
        at("DaemonSet", "calico-node", "/spec/template/spec/serviceAccountName"));
    add("typha manifest: calico-node loses update on nodes/status", T, removeVerb("calico-node", "nodes/status", "update"),
        "manifest.rbac-missing-grant", at("ClusterRole", "calico-node", "/rules"));
    add("etcd manifest: kube-controllers loses watch on nodes", E, removeVerb("calico-kube-controllers", "nodes", "watch"),
        "manifest.rbac-missing-grant", at("ClusterRole", "calico-kube-controllers", "/rules"));
    add("canal manifest: calico-node role loses list on namespaces", N, removeVerb("calico-node", "namespaces", "list"),
        "manifest.rbac-missing-grant", at("ClusterRole", "calico-node", "/rules"));

    // Service accounts, roles
    add("calico-node ServiceAccount renamed", C, edit("ServiceAccount", "calico-node",
        s -> ((ObjectNode) s.path("metadata")).put("name", "calico-node-sa")), "manifest.service-account-missing",
        at("DaemonSet", "calico-node", "/spec/template/spec/serviceAccountName"));
    add("DaemonSet runs as a missing account", C, edit("DaemonSet", "calico-node",
        d -> ((ObjectNode) d.at("/spec/template/spec")).put("serviceAccountName", "calico")), "manifest.service-account-missing",
        at("DaemonSet", "calico-node", "/spec/template/spec/serviceAccountName"));
    add("kube-controllers ServiceAccount in another namespace", C, edit("ServiceAccount", "calico-kube-controllers",
        s -> ((ObjectNode) s.path("metadata")).put("namespace", "calico-system")), "manifest.service-account-missing",
        at("Deployment", "calico-kube-controllers", "/spec/template/spec/serviceAccountName"));
    add("typha runs as a missing account", T, edit("Deployment", "calico-typha",
        d -> ((ObjectNode) d.at("/spec/template/spec")).put("serviceAccountName", "calico-typha")), "manifest.service-account-missing",
        at("Deployment", "calico-typha", "/spec/template/spec/serviceAccountName"));
    add("binding to a missing ClusterRole", C, edit("ClusterRoleBinding", "calico-node",
        b -> ((ObjectNode) b.path("roleRef")).put("name", "calico-nodes")), "manifest.cluster-role-missing",
        at("ClusterRoleBinding", "calico-node", "/roleRef/name"));
    add("kube-controllers ClusterRole removed", C, docs -> docs.remove(doc(docs, "ClusterRole", "calico-kube-controllers")),
        "manifest.cluster-role-missing", at("ClusterRoleBinding", "calico-kube-controllers", "/roleRef/name"));

    // ConfigMaps and their keys
    add("veth_mtu key removed", C, edit("ConfigMap", "calico-config", m -> ((ObjectNode) m.path("data")).remove("veth_mtu")),
        "manifest.configmap-key-missing", docs -> new Place("DaemonSet", "calico-node",
            keyRef(doc(docs, "DaemonSet", "calico-node"), "veth_mtu") + "/key"));
    add("cni_network_config key removed", C, edit("ConfigMap", "calico-config",
        m -> ((ObjectNode) m.path("data")).remove("cni_network_config")), "manifest.configmap-key-missing",
        docs -> new Place("DaemonSet", "calico-node", keyRef(doc(docs, "DaemonSet", "calico-node"), "cni_network_config") + "/key"));
    add("calico_backend key removed", C, edit("ConfigMap", "calico-config",
        m -> ((ObjectNode) m.path("data")).remove("calico_backend")), "manifest.configmap-key-missing",
        docs -> new Place("DaemonSet", "calico-node", keyRef(doc(docs, "DaemonSet", "calico-node"), "calico_backend") + "/key"));
    add("typha_service_name key removed", T, edit("ConfigMap", "calico-config",
        m -> ((ObjectNode) m.path("data")).remove("typha_service_name")), "manifest.configmap-key-missing",
        docs -> new Place("DaemonSet", "calico-node", keyRef(doc(docs, "DaemonSet", "calico-node"), "typha_service_name") + "/key"));
    add("etcd_endpoints key removed", E, edit("ConfigMap", "calico-config",
        m -> ((ObjectNode) m.path("data")).remove("etcd_endpoints")), "manifest.configmap-key-missing",
        docs -> new Place("DaemonSet", "calico-node", keyRef(doc(docs, "DaemonSet", "calico-node"), "etcd_endpoints") + "/key"));
    add("calico-config removed", C, docs -> docs.remove(doc(docs, "ConfigMap", "calico-config")), "manifest.configmap-missing",
        docs -> new Place("DaemonSet", "calico-node", keyRef(doc(docs, "DaemonSet", "calico-node"), "cni_network_config") + "/name"));
    add("calico-config in another namespace", C, edit("ConfigMap", "calico-config",
        m -> ((ObjectNode) m.path("metadata")).put("namespace", "calico-system")), "manifest.configmap-missing",
        docs -> new Place("DaemonSet", "calico-node", keyRef(doc(docs, "DaemonSet", "calico-node"), "cni_network_config") + "/name"));
    add("canal-config key removed", N, edit("ConfigMap", "canal-config", m -> ((ObjectNode) m.path("data")).remove("masquerade")),
        "manifest.configmap-key-missing", docs -> new Place("DaemonSet", "canal",
            keyRef(doc(docs, "DaemonSet", "canal"), "masquerade") + "/key"));
    add("envFrom a missing ConfigMap", C, docs -> nodeContainer(docs).putArray("envFrom").addObject()
        .putObject("configMapRef").put("name", "calico-extra"), "manifest.configmap-missing",
        docs -> new Place("DaemonSet", "calico-node", container(doc(docs, "DaemonSet", "calico-node"), "calico/node",
            "/envFrom/0/configMapRef/name")));
    add("configMap volume item with a missing key", C, edit("DaemonSet", "calico-node", d -> {
      ObjectNode v = ((ArrayNode) d.at("/spec/template/spec/volumes")).addObject();
      v.put("name", "cni-config-copy");
      ObjectNode cm = v.putObject("configMap");
      cm.put("name", "calico-config");
      cm.putArray("items").addObject().put("key", "cni_config").put("path", "10-calico.conflist");
    }), "manifest.configmap-key-missing", docs -> new Place("DaemonSet", "calico-node",
        "/spec/template/spec/volumes/" + (doc(docs, "DaemonSet", "calico-node").at("/spec/template/spec/volumes").size() - 1)
            + "/configMap/items/0/key"));

    // Images on one version
    add("calico/node on another tag", C, image("DaemonSet", "calico-node", "calico/node", "quay.io/calico/node:v3.31.0"),
        "manifest.image-versions", docs -> new Place("DaemonSet", "calico-node",
            container(doc(docs, "DaemonSet", "calico-node"), "calico/node", "/image")));
    add("kube-controllers on another tag", C, image("Deployment", "calico-kube-controllers", "calico/kube-controllers",
        "quay.io/calico/kube-controllers:v3.30.2"), "manifest.image-versions", docs -> new Place("Deployment",
        "calico-kube-controllers", container(doc(docs, "Deployment", "calico-kube-controllers"), "kube-controllers", "/image")));
    add("install-cni from another registry and tag", C, image("DaemonSet", "calico-node", "calico/cni",
        "docker.io/calico/cni:v3.32.0"), "manifest.image-versions", docs -> new Place("DaemonSet", "calico-node",
        container(doc(docs, "DaemonSet", "calico-node"), "calico/cni", "/image")));
    add("typha on another tag", T, image("Deployment", "calico-typha", "calico/typha", "quay.io/calico/typha:v3.29.1"),
        "manifest.image-versions", docs -> new Place("Deployment", "calico-typha",
            container(doc(docs, "Deployment", "calico-typha"), "calico/typha", "/image")));

    // Pools inside the cluster CIDR
    addWithCidr("default IPv4 pool outside the cluster CIDR", C, "192.168.0.0/16",
        docs -> nodeContainer(docs).withArray("env").addObject().put("name", "CALICO_IPV4POOL_CIDR").put("value", "10.0.0.0/16"),
        "manifest.pool-cidr", docs -> new Place("DaemonSet", "calico-node", container(doc(docs, "DaemonSet", "calico-node"),
            "calico/node", "/env/" + (nodeContainer(docs).path("env").size() - 1) + "/value")));
    addWithCidr("default pool wider than the cluster CIDR", C, "192.168.0.0/16",
        docs -> nodeContainer(docs).withArray("env").addObject().put("name", "CALICO_IPV4POOL_CIDR").put("value", "192.168.0.0/15"),
        "manifest.pool-cidr", docs -> new Place("DaemonSet", "calico-node", container(doc(docs, "DaemonSet", "calico-node"),
            "calico/node", "/env/" + (nodeContainer(docs).path("env").size() - 1) + "/value")));
    addWithCidr("default IPv6 pool outside a dual-stack cluster CIDR", C, "192.168.0.0/16,fd00:2::/56",
        docs -> nodeContainer(docs).withArray("env").addObject().put("name", "CALICO_IPV6POOL_CIDR").put("value", "fd00:1::/64"),
        "manifest.pool-cidr", docs -> new Place("DaemonSet", "calico-node", container(doc(docs, "DaemonSet", "calico-node"),
            "calico/node", "/env/" + (nodeContainer(docs).path("env").size() - 1) + "/value")));
    addWithCidr("IPPool document outside the cluster CIDR", C, "192.168.0.0/16", docs -> docs.add(Mutations.yaml("""
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: extra-pool
        spec:
          cidr: 10.10.0.0/16
          blockSize: 26
          ipipMode: Always
          vxlanMode: Never
          natOutgoing: true
          nodeSelector: all()
        """)), "manifest.pool-cidr", at("IPPool", "extra-pool", "/spec/cidr"));

    // CNI configuration
    add("CNI config that is not JSON", C, edit("ConfigMap", "calico-config", m -> ((ObjectNode) m.path("data"))
        .put("cni_network_config", m.at("/data/cni_network_config").asText().replaceFirst("\\}\\s*$", ""))),
        "manifest.cni-config", at("ConfigMap", "calico-config", "/data/cni_network_config"));
    add("CNI config without the calico plugin", C, edit("ConfigMap", "calico-config", m -> ((ObjectNode) m.path("data"))
        .put("cni_network_config", m.at("/data/cni_network_config").asText().replace("\"type\": \"calico\"", "\"type\": \"bridge\""))),
        "manifest.cni-config", at("ConfigMap", "calico-config", "/data/cni_network_config"));
  }

  static List<ObjectNode> read(String file) {
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode d : ReferenceData.documents(ReferenceData.root().resolve("v3.32.1/manifests/" + file))) {
      if (d != null && d.isObject()) {
        out.add((ObjectNode) d);
      }
    }
    return out;
  }

  static Validator validator(String clusterCidr) {
    Validator v = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);
    return clusterCidr == null ? v : v.withClusterCidr(clusterCidr);
  }

  @TestFactory
  Stream<DynamicTest> everyMutantIsCaughtInItsDocument() {
    ReferenceData.root();
    return CASES.stream().map(k -> DynamicTest.dynamicTest(k.name() + " -> " + k.rule(), () -> {
      List<ObjectNode> base = read(k.file());
      ValidationReport before = validator(k.clusterCidr()).validate(Mutations.text(base));
      assertThat(before.findings(Severity.ERROR)).as("base %s:\n%s", k.file(), before.toText()).isEmpty();
      List<ObjectNode> mutant = new ArrayList<>();
      base.forEach(d -> mutant.add(d.deepCopy()));
      k.defect().accept(mutant);
      Place place = k.where().locate(mutant);
      int index = mutant.indexOf(doc(mutant, place.kind(), place.name()));
      ValidationReport after = validator(k.clusterCidr()).validate(Mutations.text(mutant));
      assertThat(after.findings(Severity.ERROR)).as("mutant %s:\n%s", k.name(), after.toText()).anySatisfy(f -> {
        assertThat(f.rule()).isEqualTo(k.rule());
        assertThat(f.document()).isEqualTo(index);
        assertThat(f.path()).isEqualTo(place.pointer());
      });
      count++;
    }));
  }

  @Test
  void aClusterCidrIsCheckedWhenGivenAsTheControllerManagerReadsIt() {
    Validator v = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);
    assertThatThrownBy(() -> v.withClusterCidr("10.42.0.0")).isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("\"10.42.0.0\" is not a CIDR with a prefix length");
    assertThatThrownBy(() -> v.withClusterCidr("10.42.0.0/16,")).hasMessageContaining("\"\"");
    assertThatThrownBy(() -> v.withClusterCidr("10.42.0.0/16,fd00::1%eth0/64")).hasMessageContaining("fd00::1%eth0/64");
    // Both families, and the leading zeros the controller manager's sloppy parser still takes.
    assertThat(v.withClusterCidr("10.42.0.0/16,fd00:2::/56")).isNotNull();
    assertThat(v.withClusterCidr("010.042.0.0/16")).isNotNull();
  }

  @Test
  void secretsCreatedElsewhereAreInfoNotErrors() {
    List<ObjectNode> docs = read(C);
    nodeContainer(docs).withArray("env").addObject().put("name", "BGP_PASSWORD").putObject("valueFrom")
        .putObject("secretKeyRef").put("name", "bgp-secrets").put("key", "password");
    ValidationReport report = validator(null).validate(Mutations.text(docs));
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("manifest.secret-external");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void withoutAnOfficialManifestTheBaselineIsReportedUnavailable() {
    // The test provider has no v3.21 manifests (only its CRDs are kept).
    ValidationReport report = Validator.forRelease(Release.V3_21).withOfficialManifests(REFERENCE)
        .validate(Mutations.text(read(C)));
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("manifest.rbac-baseline-unavailable");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void aValidatorGivenNoOfficialManifestsHasNoBaselineWhateverIsOnTheClassPath() {
    String manifest = Mutations.text(read(C));
    ValidationReport without = Validator.forRelease(Release.V3_32).validate(manifest);
    assertThat(without.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("manifest.rbac-baseline-unavailable");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("Validator.withOfficialManifests");
    });
    ValidationReport with = validator(null).validate(manifest);
    assertThat(with.findings()).noneMatch(f -> f.rule().equals("manifest.rbac-baseline-unavailable"));
    // Only the baseline's own finding differs: the baseline adds no other finding to an official manifest.
    assertThat(without.findings()).filteredOn(f -> !f.rule().equals("manifest.rbac-baseline-unavailable"))
        .containsExactlyElementsOf(with.findings());
  }

  @Test
  void bindingToAMissingAccountIsAWarning() {
    List<ObjectNode> docs = read(C);
    ((ObjectNode) doc(docs, "ClusterRoleBinding", "calico-cni-plugin").at("/subjects/0")).put("name", "calico-cni");
    ValidationReport report = validator(null).validate(Mutations.text(docs));
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("manifest.binding-subject-missing");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo("/subjects/0/name");
    });
  }

  @Test
  void anIpv6PoolWithoutIpv6AssignmentIsAWarning() {
    List<ObjectNode> docs = read(C);
    nodeContainer(docs).withArray("env").addObject().put("name", "CALICO_IPV6POOL_CIDR").put("value", "fd00:10::/64");
    ValidationReport report = validator(null).validate(Mutations.text(docs));
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("manifest.cni-dual-stack");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.kind()).hasValue("ConfigMap");
      assertThat(f.path()).isEqualTo("/data/cni_network_config");
      assertThat(f.message()).contains("CALICO_IPV6POOL_CIDR=fd00:10::/64").contains("\"assign_ipv6\": \"true\"");
    });
    // With calico-ipam told to assign both families, as Calico's dual-stack guide edits it, nothing is said.
    ObjectNode config = doc(docs, "ConfigMap", "calico-config");
    ((ObjectNode) config.path("data")).put("cni_network_config", config.at("/data/cni_network_config").asText()
        .replace("\"type\": \"calico-ipam\"", "\"type\": \"calico-ipam\", \"assign_ipv4\": \"true\", \"assign_ipv6\": \"true\""));
    assertThat(validator(null).validate(Mutations.text(docs)).findings())
        .noneSatisfy(f -> assertThat(f.rule()).isEqualTo("manifest.cni-dual-stack"));
  }

  @AfterAll
  static void printCount() {
    System.out.println("cross-document mutants caught: " + count + " of " + CASES.size());
  }
}
