package dev.calicokit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's server-side apply is this sample's code, and it does what the README says: the seed
 * manifest and a crd.projectcalico.org/v1 IPPool, applied to a stand-in API server on the loopback
 * interface (the JDK's HTTP server, answering the one discovery request a generic resource needs), are
 * one server-side apply PATCH per document, each at the document's REST path, as field manager
 * calicokit with conflicts forced, carrying the document.
 */
class ServerSideApplyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Request(String method, String path, String query, String contentType, String body) {}

  @Test
  void theReadmeShowsTheSamplesLinesExactly() throws IOException {
    List<String> source = Files.readAllLines(Path.of("src/main/java/dev/calicokit/samples/ServerSideApply.java"));
    int from = indexOfLineContaining(source, "// README: server-side apply, from here") + 1;
    int to = indexOfLineContaining(source, "// README: server-side apply, to here");
    List<String> lines = source.subList(from, to);
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    String snippet = lines.stream().map(l -> l.substring(Math.min(indent, l.length()))).collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains("```java\n" + snippet + "\n```\n"), "README.md shows, in a java block:\n" + snippet);
  }

  @Test
  void eachDocumentIsOneServerSideApplyAtItsPath() throws Exception {
    IPPool pool = IPPool.ofCidr("default-ipv4-ippool", "10.0.0.0/16").withApiVersion("crd.projectcalico.org/v1");
    Manifest manifest = SeedManifest.manifest().add(pool);
    List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> answer(exchange, requests));
    server.start();
    Properties saved = (Properties) System.getProperties().clone();
    try {
      System.setProperty("kubernetes.master", "http://127.0.0.1:" + server.getAddress().getPort());
      System.setProperty("kubernetes.auth.tryKubeConfig", "false");
      System.setProperty("kubernetes.auth.tryServiceAccount", "false");
      System.setProperty("kubernetes.namespace", "default");
      ServerSideApply.apply(manifest);
    } finally {
      System.setProperties(saved);
      server.stop(0);
    }
    List<Request> patches = requests.stream().filter(r -> r.method().equals("PATCH")).toList();
    List<ManifestDocument> documents = manifest.documents();
    assertEquals(documents.size(), patches.size(), "one PATCH per document: " + requests);
    for (int i = 0; i < documents.size(); i++) {
      ManifestDocument d = documents.get(i);
      Request r = patches.get(i);
      assertEquals("application/apply-patch+yaml", r.contentType(), r.toString());
      assertTrue(r.query().contains("fieldManager=calicokit") && r.query().contains("force=true"), r.toString());
      assertTrue(r.path().endsWith("/" + d.name().orElseThrow()), r + " names " + d.name());
      JsonNode body = JSON.readTree(r.body());
      assertEquals(d.apiVersion(), body.path("apiVersion").asText());
      assertEquals(d.kind(), body.path("kind").asText());
    }
    Map<String, String> pathByKind = new java.util.HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      pathByKind.putIfAbsent(documents.get(i).kind(), patches.get(i).path());
    }
    assertEquals("/api/v1/namespaces/kube-system/configmaps/calico-config", pathByKind.get("ConfigMap"));
    assertEquals("/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node", pathByKind.get("DaemonSet"));
    assertTrue(pathByKind.get("CustomResourceDefinition").startsWith("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"));
    assertEquals("/apis/crd.projectcalico.org/v1/ippools/default-ipv4-ippool", pathByKind.get("IPPool"));
  }

  /** A PATCH is answered with the object it carried; discovery of Calico's group lists the IPPool kind. */
  private static void answer(HttpExchange exchange, List<Request> requests) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    requests.add(new Request(exchange.getRequestMethod(), path, String.valueOf(exchange.getRequestURI().getRawQuery()),
        exchange.getRequestHeaders().getFirst("Content-Type"), body));
    String reply;
    int status = 200;
    if (exchange.getRequestMethod().equals("PATCH")) {
      reply = body;
    } else if (path.equals("/apis/crd.projectcalico.org/v1")) {
      reply = "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\"crd.projectcalico.org/v1\",\"resources\":"
          + "[{\"name\":\"ippools\",\"singularName\":\"ippool\",\"namespaced\":false,\"kind\":\"IPPool\",\"verbs\":[\"get\",\"patch\"]}]}";
    } else {
      status = 404;
      reply = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":404}";
    }
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static int indexOfLineContaining(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line holds " + text);
  }
}
