package dev.calicokit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.PrettyJson;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.schemas.JsonSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico schema}: JSON Schemas of every kind of a release, for editors and other validators. */
@Command(
    name = "schema",
    header = "Exports a release's JSON Schemas for editors and kubeconform.",
    description = {
      "Writes one JSON Schema (draft 2020-12) per kind and API version of a Calico release into a",
      "directory, in the CRDs-catalog layout that kubeconform and editors read: {group}/{kind}_{version}.json",
      "in lower case (crd.projectcalico.org/ippool_v1.json, projectcalico.org/ippool_v3.json), and",
      "catalog.json, a JSON Schema Store catalog of them for yaml-language-server."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:bad usage or a directory that cannot be written"})
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--version", paramLabel = "V", required = true, description = "Calico release, e.g. v3.32 or v3.32.1.")
  String version;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the schemas to (created).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CalicoRelease release = CalicoRelease.of(version).orElse(null);
    if (release == null) {
      err.println("calico schema: unsupported version '" + version + "'; supported: "
          + CalicoRelease.all().stream().map(CalicoRelease::label).collect(Collectors.joining(", ")));
      return CalicoCli.BAD_INPUT;
    }
    Map<String, JsonNode> files = new TreeMap<>();
    for (ApiGroup group : ApiGroup.values()) {
      JsonSchemas.forRelease(group, release).exportAll().forEach((name, schema) -> files.put(group.group() + "/" + name, schema));
    }
    int schemas = files.size();
    files.put(CATALOG, catalog(files.keySet(), release));
    try {
      for (Map.Entry<String, JsonNode> f : files.entrySet()) {
        Files.createDirectories(out.resolve(f.getKey()).getParent());
        SafeFiles.write(out.resolve(f.getKey()), PrettyJson.write(f.getValue()).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      err.println("calico schema: " + out + ": cannot write: " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + schemas + " schemas of " + release.label() + " and " + CATALOG + " to " + out);
    return CalicoCli.OK;
  }

  /** The catalog's file name, beside the group folders. */
  static final String CATALOG = "catalog.json";

  /**
   * A catalog in the JSON Schema Store format (schema-catalog.json): one entry per schema, its URL
   * relative to the catalog, named by kind, version and group.
   */
  static JsonNode catalog(java.util.Set<String> schemaFiles, CalicoRelease release) {
    com.fasterxml.jackson.databind.node.ObjectNode catalog = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    catalog.put("$schema", "https://json.schemastore.org/schema-catalog.json");
    catalog.put("version", 1);
    com.fasterxml.jackson.databind.node.ArrayNode entries = catalog.putArray("schemas");
    for (String file : schemaFiles) {
      String group = file.substring(0, file.indexOf('/'));
      String stem = file.substring(group.length() + 1, file.length() - ".json".length());
      int cut = stem.lastIndexOf('_');
      entries.addObject()
          .put("name", stem.substring(0, cut) + " " + group + "/" + stem.substring(cut + 1))
          .put("description", "Calico " + release.label() + ": " + stem.substring(0, cut) + " of " + group + "/"
              + stem.substring(cut + 1) + " (calicokit)")
          .put("url", file);
    }
    return catalog;
  }
}
