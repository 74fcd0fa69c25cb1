package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calico connectivity} and {@code calico explain} on a folder of YAML and JSON, lists included. */
class ConnectivityAndExplainCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
  }

  @BeforeEach
  void writeInputs() throws Exception {
    Files.createDirectories(dir.resolve("apps/deep"));
    Files.writeString(dir.resolve("apps/deep/workloads.yaml"), "apiVersion: v1\nkind: List\nitems:\n"
        + "- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: frontend, namespace: shop}\n  spec:\n"
        + "    template:\n      metadata: {labels: {app: frontend}}\n      spec: {containers: [{name: c}]}\n"
        + "- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: backend, namespace: shop}\n  spec:\n"
        + "    template:\n      metadata: {labels: {app: backend}}\n"
        + "      spec: {containers: [{name: c, ports: [{name: http, containerPort: 8080}]}]}\n");
    Files.writeString(dir.resolve("policy.json"), "{\"apiVersion\": \"networking.k8s.io/v1\", \"kind\": \"NetworkPolicy\","
        + " \"metadata\": {\"name\": \"backend\", \"namespace\": \"shop\"}, \"spec\": {\"podSelector\": {\"matchLabels\":"
        + " {\"app\": \"backend\"}}, \"ingress\": [{\"from\": [{\"podSelector\": {\"matchLabels\": {\"app\": \"frontend\"}}}],"
        + " \"ports\": [{\"port\": \"http\"}]}]}}\n");
    Files.writeString(dir.resolve("README.txt"), "not read: neither YAML nor JSON");
  }

  @Test
  void connectivityListsEveryAllowedPairFromAFolder() {
    assertThat(run("connectivity", dir.toString())).as(err.toString()).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(""
        + "0.0.0.0-255.255.255.255 => shop/frontend[Deployment] : All Connections\n"
        + "shop/backend[Deployment] => 0.0.0.0-255.255.255.255 : All Connections\n"
        + "shop/backend[Deployment] => shop/frontend[Deployment] : All Connections\n"
        + "shop/frontend[Deployment] => 0.0.0.0-255.255.255.255 : All Connections\n"
        + "shop/frontend[Deployment] => shop/backend[Deployment] : TCP 8080\n");
  }

  @Test
  void connectivityJsonDotAndMarkdown() throws Exception {
    assertThat(run("connectivity", "--output", "json", dir.toString())).isEqualTo(0);
    JsonNode lines = new ObjectMapper().readTree(out.toString());
    assertThat(lines).hasSize(5);
    assertThat(lines.get(4).get("conn").asText()).isEqualTo("TCP 8080");
    out.getBuffer().setLength(0);
    assertThat(run("connectivity", "--output", "dot", dir.toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("digraph {");
    out.getBuffer().setLength(0);
    assertThat(run("connectivity", "--output", "md", dir.toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("| src | dst | conn |");
  }

  @Test
  void explainPrintsThePathAndExitsOneWhenDenied() {
    assertThat(run("explain", "--from", "shop/frontend", "--to", "shop/backend", "--port", "8080/TCP", dir.toString()))
        .isEqualTo(0);
    assertThat(out.toString()).contains("KubernetesNetworkPolicy shop/backend (order 1000) selects it")
        .contains("Verdict: ALLOWED");
    out.getBuffer().setLength(0);
    assertThat(run("explain", "--from", "shop/frontend", "--to", "shop/backend[Deployment]", "--port", "9090/tcp",
        dir.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("rule 0 (Allow) does not match: destination ports [http] do not include 9090")
        .contains("Verdict: DENIED (egress: Allow by profile kns.shop rule 0; ingress: Deny at the end of tier default");
  }

  @Test
  void badInputExitsTwoWithOneLine() {
    assertThat(run("explain", "--from", "shop/nope", "--to", "shop/backend", "--port", "80/TCP", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("calico: no workload shop/nope in the input; workloads: ");
    err.getBuffer().setLength(0);
    assertThat(run("explain", "--from", "shop/frontend", "--to", "shop/backend", "--port", "http", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'http' is not a protocol");
    err.getBuffer().setLength(0);
    assertThat(run("connectivity", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing: no such file or folder");
    err.getBuffer().setLength(0);
    assertThat(run("connectivity", "--version", "v9.9", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unsupported version 'v9.9'");
  }
}
