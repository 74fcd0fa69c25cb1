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
      "directory, named as kubeconform expects them: {kind}_{version}.json in lower case",
      "(ippool_v1.json for crd.projectcalico.org/v1, ippool_v3.json for projectcalico.org/v3)."
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
      files.putAll(JsonSchemas.forRelease(group, release).exportAll());
    }
    try {
      Files.createDirectories(out);
      for (Map.Entry<String, JsonNode> f : files.entrySet()) {
        SafeFiles.write(out.resolve(f.getKey()), PrettyJson.write(f.getValue()).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      err.println("calico schema: " + out + ": cannot write: " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + files.size() + " schemas of " + release.label() + " to " + out);
    return CalicoCli.OK;
  }
}
