package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.io.PrettyJson;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ModelArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported schemas judged by a validator other than our own: ajv (npm, JSON Schema 2020-12,
 * installed into tools/ajv by .ci/run) compiles every schema of every release, and validates
 * resources generated from the model (the reference files hold CRDs, no Calico resources): each one
 * that our validator's schema layer accepts, ajv accepts too. Skipped where Node or ajv is absent.
 */
class JsonSchemasAjvTest {
  private static final Path AJV = Paths.get("..", "tools", "ajv");
  private static final int PER_KIND = 15;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ajvCompilesEverySchemaAndAcceptsWhatOurSchemaLayerAccepts(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isDirectory(AJV.resolve("node_modules/ajv")) && nodeRuns(),
        "Node or tools/ajv/node_modules absent (.ci/run installs them): skipping the outside validator");
    int schemas = 0;
    for (Release release : Release.all()) {
      Path out = dir.resolve(release.label());
      schemas += export(release, out);
      JsonNode result = ajv(out, null);
      assertThat(result.get("compileErrors")).as(release.label()).isEmpty();
    }
    assertThat(schemas).isGreaterThan(300); // 386 for the 11 releases of December 2026

    Validator latest = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);
    Random random = new Random(20261201L);
    ArrayNode resources = JSON.createArrayNode();
    Set<String> acceptedByUs = new HashSet<>();
    for (Class<? extends CalicoResource> kind : Kinds.all()) {
      for (int i = 0; i < PER_KIND; i++) {
        CalicoResource r = ModelArbitraries.resource(kind, random);
        JsonNode tree = JSON.readTree(CalicoCodec.json().write(r));
        String group = r.apiVersion().substring(0, r.apiVersion().indexOf('/'));
        String version = r.apiVersion().substring(r.apiVersion().indexOf('/') + 1);
        String schema = group + "/" + JsonSchemas.fileName(tree.path("kind").asText(), version);
        if (!Files.exists(dir.resolve("v3.32").resolve(schema))) {
          continue; // a kind this group of v3.32 does not serve (the admin network policies end in v3.31)
        }
        String where = kind.getSimpleName() + " #" + i + " " + r.apiVersion();
        if (latest.validate(r).findings(Severity.ERROR).stream().noneMatch(f -> f.rule().startsWith("schema."))) {
          acceptedByUs.add(where);
        }
        resources.addObject().put("schema", schema).put("where", where).set("resource", tree);
      }
    }
    // The smallest resource of each kind and API version (name only, empty spec): most are accepted,
    // which gives the comparison resources our schema layer accepts (generated ones rarely are).
    for (Class<? extends CalicoResource> kind : Kinds.all()) {
      for (String type : Kinds.typesOf(kind)) {
        String[] header = type.split(" ");
        String group = header[0].substring(0, header[0].indexOf('/'));
        String schema = group + "/" + JsonSchemas.fileName(header[1], header[0].substring(header[0].indexOf('/') + 1));
        if (!Files.exists(dir.resolve("v3.32").resolve(schema))) {
          continue;
        }
        String text = "{\"apiVersion\":\"" + header[0] + "\",\"kind\":\"" + header[1] + "\",\"metadata\":{\"name\":\"a\"},\"spec\":{}}";
        String where = "smallest " + type;
        if (latest.validate(text).findings(Severity.ERROR).stream().noneMatch(f -> f.rule().startsWith("schema."))) {
          acceptedByUs.add(where);
        }
        resources.addObject().put("schema", schema).put("where", where).set("resource", JSON.readTree(text));
      }
    }
    // One resource both must refuse: a block size that is not a number.
    resources.addObject().put("schema", "projectcalico.org/ippool_v3.json").put("where", "bad pool")
        .set("resource", JSON.readTree("{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"IPPool\","
            + "\"metadata\":{\"name\":\"p\"},\"spec\":{\"cidr\":\"10.0.0.0/16\",\"blockSize\":\"big\"}}"));
    Path file = dir.resolve("resources.json");
    Files.writeString(file, PrettyJson.write(resources), StandardCharsets.UTF_8);
    JsonNode result = ajv(dir.resolve("v3.32"), file);
    assertThat(result.get("validated").asInt()).isEqualTo(resources.size());
    Set<String> refusedByAjv = new HashSet<>();
    result.get("invalid").forEach(i -> refusedByAjv.add(i.get("where").asText()));
    assertThat(refusedByAjv).contains("bad pool");
    List<String> disagreements = acceptedByUs.stream().filter(refusedByAjv::contains).sorted().toList();
    assertThat(disagreements).as("accepted by our schema layer, refused by ajv: %s", result.get("invalid")).isEmpty();
    assertThat(acceptedByUs).hasSizeGreaterThan(10);
    System.out.println("ajv: " + schemas + " schemas of " + Release.all().size() + " releases compiled; "
        + resources.size() + " resources validated, " + acceptedByUs.size() + " accepted by our schema layer and by ajv, "
        + refusedByAjv.size() + " refused by ajv");
  }

  private static int export(Release release, Path out) throws IOException {
    int n = 0;
    for (ApiGroup group : ApiGroup.values()) {
      for (Map.Entry<String, JsonNode> e : JsonSchemas.forRelease(group, release).exportAll().entrySet()) {
        Path f = out.resolve(group.group()).resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, PrettyJson.write(e.getValue()), StandardCharsets.UTF_8);
        n++;
      }
    }
    return n;
  }

  private static JsonNode ajv(Path schemas, Path resources) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("node", AJV.resolve("validate.js").toString(), schemas.toString()));
    if (resources != null) {
      command.add(resources.toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    return JSON.readTree(text);
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
