package dev.calicokit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.builders.Inference;
import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.model.io.PrettyJson;
import dev.calicokit.model.manifest.Manifest;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico infer}: the release, preset and options that reproduce a manifest, and what they cannot say. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the release, preset and options that reproduce a manifest: prints them as 'calico render'",
      "arguments and as Java, then the residue (the edits options cannot express) as a diff from the",
      "rendered manifest to FILE. '-' reads standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the options reproduce the file exactly", "1:there is residue", "2:bad usage or unreadable input,"
        + " or no Calico release found"})
final class InferCommand implements Callable<Integer> {
  enum Output { TEXT, JSON }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The manifest.")
  String file;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (keys version, preset, exact, renderArguments, java, residue). Default: text.")
  Output output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Manifest m = DiffCommand.read(file, err);
    if (m == null) {
      return CalicoCli.BAD_INPUT;
    }
    Inference inf;
    try {
      inf = ManifestOptions.infer(m);
    } catch (dev.calicokit.model.io.ResourceReadException e) {
      err.println("calico infer: " + file + ": " + e.getMessage()); // an item of a List that is no resource
      return CalicoCli.BAD_INPUT;
    } catch (InvalidOptionsException e) {
      err.println("calico infer: " + file + ": " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    if (output == Output.JSON) {
      out.print(json(inf));
    } else {
      out.print(text(inf, file));
    }
    return inf.isExact() ? CalicoCli.OK : CalicoCli.FINDINGS;
  }

  static String text(Inference inf, String file) {
    StringBuilder b = new StringBuilder();
    b.append("# Calico ").append(inf.options().version()).append(", preset ").append(inf.options().preset().fileName())
        .append(inf.isExact() ? ": the options reproduce " + file + " exactly" : "").append('\n');
    b.append("calico render ").append(shellWords(inf.renderArguments())).append('\n');
    b.append("\n# as Java\n").append(inf.toJava());
    if (!inf.isExact()) {
      int n = inf.residue().size();
      b.append("\n# residue: what the options do not express (").append(n).append(n == 1 ? " change)\n" : " changes)\n");
      b.append(inf.residue().toText("rendered", file, false));
      if (!inf.addedEnvVars().isEmpty()) {
        b.append("# env vars Calico's manifest does not define: ").append(String.join(", ", inf.addedEnvVars())).append('\n');
      }
    }
    return b.toString();
  }

  private static String json(Inference inf) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("version", inf.options().version());
    root.put("preset", inf.options().preset().fileName());
    root.put("exact", inf.isExact());
    ArrayNode args = root.putArray("renderArguments");
    inf.renderArguments().forEach(args::add);
    root.put("java", inf.toJava());
    try {
      root.set("residue", mapper.readTree(inf.residue().toJson()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // our own JSON
    }
    return PrettyJson.write(root);
  }

  /** Arguments joined for a POSIX shell, each quoted where it needs to be. */
  static String shellWords(List<String> args) {
    StringBuilder b = new StringBuilder();
    for (String a : args) {
      if (b.length() > 0) {
        b.append(a.startsWith("--") ? " \\\n  " : " ");
      }
      b.append(a.matches("[A-Za-z0-9._/:=,@+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return b.toString();
  }
}
