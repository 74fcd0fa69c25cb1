package dev.calicokit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.builders.CarriedComments;
import dev.calicokit.builders.CarriedEdit;
import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.builders.ManifestUpgrade;
import dev.calicokit.builders.ReleaseChange;
import dev.calicokit.model.io.PrettyJson;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico upgrade}: a manifest moved to another release, the user's edits kept. */
@Command(
    name = "upgrade",
    mixinStandardHelpOptions = true,
    description = {
      "Moves a manifest to release V: infers its release, preset and options, renders them at V and applies",
      "again every edit the options do not express, where its target still exists and V did not change it.",
      "The manifest goes to --out (written whole or not at all) or standard output; what changed between",
      "the releases for this manifest, and every edit not carried with the reason, go to standard error",
      "(to standard output with --out). Your comments go with what they annotate; Calico's own comments of",
      "the old file are not carried."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every edit was carried", "1:some edits were not (the manifest is still written)",
        "2:bad usage or unreadable input, no release found, or a downgrade without --allow-downgrade"})
final class UpgradeCommand implements Callable<Integer> {
  enum Output { TEXT, JSON }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The manifest; '-' for standard input.")
  String file;

  @Option(names = "--to", required = true, paramLabel = "V", description = "The release to move to, e.g. v3.32.1 or v3.32.")
  String to;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the upgraded manifest to FILE instead of standard output.")
  Path out;

  @Option(names = "--allow-downgrade", description = "Allow V to be older than the manifest's release.")
  boolean allowDowngrade;

  @Option(names = "--all-changes", description = "List every change between the releases; by default CRD properties and"
      + " RBAC grants are counted, the rest listed.")
  boolean allChanges;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (keys from, to, downgrade, edits [document, change, carried, reason], comments"
          + " [placed, calicoComments, moved [document, from, toDocument, to, text]], changes;"
          + " manifest too without --out). Default: text.")
  Output output;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CalicoRelease release = CalicoRelease.of(to).orElse(null);
    if (release == null) {
      err.println("calico upgrade: unknown release '" + to + "'; known: v3.21.1 and v3.24.0 to " + CalicoRelease.latest().label());
      return CalicoCli.BAD_INPUT;
    }
    Manifest m = DiffCommand.read(file, err);
    if (m == null) {
      return CalicoCli.BAD_INPUT;
    }
    ManifestUpgrade u;
    try {
      u = ManifestUpgrade.to(m, release, allowDowngrade);
    } catch (dev.calicokit.model.io.ResourceReadException e) {
      err.println("calico upgrade: " + file + ": " + e.getMessage()); // an item of a List that is no resource
      return CalicoCli.BAD_INPUT;
    } catch (InvalidOptionsException e) {
      err.println("calico upgrade: " + file + ": " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    byte[] yaml = u.manifest().toYamlBytes();
    if (out != null) {
      try {
        SafeFiles.write(out, yaml);
      } catch (IOException e) {
        err.println("calico upgrade: " + out + ": cannot write: " + e.getMessage());
        return CalicoCli.BAD_INPUT;
      }
    }
    if (output == Output.JSON) {
      stdout.print(json(u, out == null ? new String(yaml, StandardCharsets.UTF_8) : null));
    } else {
      if (out == null) {
        stdout.print(new String(yaml, StandardCharsets.UTF_8));
      }
      PrintWriter report = out == null ? err : stdout;
      report.print(text(u, allChanges));
      if (out != null && !u.notCarried().isEmpty()) {
        u.notCarried().forEach(e -> err.println("calico upgrade: " + e.toText()));
      }
    }
    return u.notCarried().isEmpty() ? CalicoCli.OK : CalicoCli.FINDINGS;
  }

  /** The kinds of change counted rather than listed unless every change is asked for: there are hundreds. */
  private static final java.util.Set<ReleaseChange.Kind> COUNTED =
      java.util.EnumSet.of(ReleaseChange.Kind.CRD_PROPERTY, ReleaseChange.Kind.RBAC_RULE);

  static String text(ManifestUpgrade u, boolean allChanges) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(u.isDowngrade() ? "downgrade" : "upgrade").append(" from ").append(u.fromOptions().version())
        .append(" to ").append(u.toOptions().version()).append(", preset ").append(u.toOptions().preset().fileName())
        .append(": ").append(u.changes().size()).append(" changes for this manifest\n");
    for (ReleaseChange c : u.changes()) {
      if (allChanges || !COUNTED.contains(c.kind())) {
        b.append(c.toText()).append('\n');
      }
    }
    if (!allChanges) {
      for (ReleaseChange.Kind k : COUNTED) {
        java.util.Map<ReleaseChange.Action, Long> n = new java.util.EnumMap<>(ReleaseChange.Action.class);
        u.changes().stream().filter(c -> c.kind() == k).forEach(c -> n.merge(c.action(), 1L, Long::sum));
        if (!n.isEmpty()) {
          String label = k.label();
          b.append(label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s").append(':');
          n.forEach((a, count) -> b.append(' ').append(a.sign()).append(count));
          b.append(" (--all-changes lists them)\n");
        }
      }
    }
    long carried = u.edits().stream().filter(CarriedEdit::carried).count();
    b.append("# your edits: ").append(carried).append(" carried, ").append(u.notCarried().size()).append(" not\n");
    for (CarriedEdit e : u.edits()) {
      b.append(e.toText()).append('\n');
    }
    CarriedComments c = u.comments();
    if (c.placed() + c.moved().size() + c.calicoComments() > 0) {
      b.append("# your comments: ").append(c.placed()).append(" where they were, ").append(c.moved().size()).append(" moved");
      if (!c.moved().isEmpty()) {
        b.append(" (what they annotate is gone in ").append(u.toOptions().version())
            .append(": each is now before the closest enclosing node)");
      }
      if (c.calicoComments() > 0) {
        b.append("; ").append(c.calicoComments()).append(" of Calico's own comments not carried (the render writes none)");
      }
      b.append('\n');
      c.moved().forEach(mv -> b.append("moved: ").append(mv.toText()).append('\n'));
    }
    return b.toString();
  }

  private static String json(ManifestUpgrade u, String manifest) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("from", u.fromOptions().version());
    root.put("to", u.toOptions().version());
    root.put("downgrade", u.isDowngrade());
    ArrayNode edits = root.putArray("edits");
    for (CarriedEdit e : u.edits()) {
      edits.addObject().put("document", e.document().toString()).put("change", e.change()).put("carried", e.carried())
          .put("reason", e.reason());
    }
    ObjectNode comments = root.putObject("comments");
    comments.put("placed", u.comments().placed()).put("calicoComments", u.comments().calicoComments());
    ArrayNode moved = comments.putArray("moved");
    for (CarriedComments.Moved mv : u.comments().moved()) {
      moved.addObject().put("document", mv.document().toString()).put("from", mv.from())
          .put("toDocument", mv.toDocument().toString()).put("to", mv.to()).put("text", mv.text());
    }
    ArrayNode changes = root.putArray("changes");
    for (ReleaseChange c : u.changes()) {
      ObjectNode o = changes.addObject().put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT))
          .put("action", c.action().name().toLowerCase(java.util.Locale.ROOT)).put("subject", c.subject());
      c.before().ifPresent(v -> o.put("before", v));
      c.after().ifPresent(v -> o.put("after", v));
    }
    if (manifest != null) {
      root.put("manifest", manifest);
    }
    return PrettyJson.write(root);
  }
}
