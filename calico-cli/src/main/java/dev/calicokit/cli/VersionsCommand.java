package dev.calicokit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.builders.Preset;
import dev.calicokit.builders.ReleaseChange;
import dev.calicokit.builders.ReleaseChanges;
import dev.calicokit.model.io.PrettyJson;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code calico versions}: every release the library renders, and what changed in each. */
@Command(
    name = "versions",
    header = "Lists the Calico releases and what changed between them.",
    description = {
      "Lists every Calico release this library renders and, for each, what changed from the release",
      "before in each preset: documents, CRD properties, env vars, volumes and mounts, RBAC grants and",
      "images, computed from the two releases' manifests. --from and --to compare any two releases."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:bad usage: an unknown release or preset"})
final class VersionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--list", description = "Only the releases, one line per minor.")
  boolean list;

  @Option(names = "--from", paramLabel = "V", description = "Compare from this release (with --to).")
  String from;

  @Option(names = "--to", paramLabel = "V", description = "Compare to this release (with --from).")
  String to;

  @Option(names = "--preset", paramLabel = "P", description = "Only this preset's changes.")
  String preset;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
  String output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!output.equals("text") && !output.equals("json")) {
      err.println("calico versions: --output must be text or json, not '" + output + "'");
      return CalicoCli.BAD_INPUT;
    }
    if (list) {
      for (Release minor : Release.all()) {
        out.println(minor.label() + ": " + minor.patches().stream().map(CalicoRelease::label).collect(Collectors.joining(", ")));
      }
      return CalicoCli.OK;
    }
    Optional<Preset> only = Optional.empty();
    if (preset != null) {
      only = Preset.of(preset);
      if (only.isEmpty()) {
        err.println("calico versions: unknown preset '" + preset + "'");
        return CalicoCli.BAD_INPUT;
      }
    }
    if ((from == null) != (to == null)) {
      err.println("calico versions: --from and --to go together");
      return CalicoCli.BAD_INPUT;
    }
    List<ReleaseChanges> changes;
    try {
      changes = from == null ? ReleaseChanges.all()
          : List.of(ReleaseChanges.between(CalicoRelease.parse(from), CalicoRelease.parse(to)));
    } catch (IllegalArgumentException unknown) {
      err.println("calico versions: " + unknown.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    if (output.equals("json")) {
      out.print(PrettyJson.write(json(changes, only)));
    } else {
      for (ReleaseChanges c : changes) {
        out.print(only.map(p -> text(c, p)).orElseGet(c::toText));
      }
    }
    out.flush();
    return CalicoCli.OK;
  }

  private static String text(ReleaseChanges c, Preset p) {
    StringBuilder b = new StringBuilder(c.to().label()).append(" (from ").append(c.from().label()).append(", ")
        .append(p.fileName()).append(")\n");
    if (!c.byPreset().containsKey(p)) {
      b.append("  not shipped by both releases\n");
    }
    c.changes(p).forEach(change -> b.append("  ").append(change.toText()).append('\n'));
    return b.toString();
  }

  private static ArrayNode json(List<ReleaseChanges> changes, Optional<Preset> only) {
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    for (ReleaseChanges c : changes) {
      ObjectNode release = all.addObject().put("from", c.from().label()).put("to", c.to().label());
      ObjectNode presets = release.putObject("presets");
      for (Map.Entry<Preset, List<ReleaseChange>> e : c.byPreset().entrySet()) {
        if (only.isPresent() && only.get() != e.getKey()) {
          continue;
        }
        ArrayNode list = presets.putArray(e.getKey().fileName());
        for (ReleaseChange change : e.getValue()) {
          ObjectNode o = list.addObject().put("kind", change.kind().name()).put("action", change.action().name())
              .put("subject", change.subject());
          change.before().ifPresent(v -> o.put("before", v));
          change.after().ifPresent(v -> o.put("after", v));
        }
      }
    }
    return all;
  }
}
