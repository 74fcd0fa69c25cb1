package dev.calicokit.cli;

import dev.calicokit.model.diff.ManifestDiff;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.manifest.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico diff}: what changed between two manifests, document by document and field by field. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two manifests: documents matched by apiVersion, kind, namespace and name; field changes",
      "by JSON pointer; CRD schemas summarised by property, description texts counted. '-' reads",
      "standard input. Colour only on a terminal, never with NO_COLOR set."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the manifests are equal", "1:they differ", "2:bad usage or unreadable input"})
final class DiffCommand implements Callable<Integer> {
  /** The output formats. */
  enum Output { TEXT, JSON }

  /** When to colour text output. */
  enum Colour { AUTO, ALWAYS, NEVER }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old manifest.")
  String oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new manifest.")
  String newFile;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (unified style) or json. Default: text.")
  Output output;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto (on a terminal unless NO_COLOR is set), always or never. Default: auto.")
  Colour colour;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Manifest before = read(oldFile, err);
    Manifest after = read(newFile, err);
    if (before == null || after == null) {
      return CalicoCli.BAD_INPUT;
    }
    ManifestDiff diff = ManifestDiff.between(before, after);
    if (output == Output.JSON) {
      out.print(diff.toJson());
    } else {
      out.print(diff.toText(oldFile, newFile, colour == Colour.ALWAYS || colour == Colour.AUTO && Terminal.colours()));
    }
    return diff.isEmpty() ? CalicoCli.OK : CalicoCli.FINDINGS;
  }

  /** The manifest of a file, or null with a line on standard error saying why not. */
  static Manifest read(String file, PrintWriter err) {
    try {
      return Manifest.read(Inputs.read(file));
    } catch (NoSuchFileException e) {
      err.println("calico: " + file + ": no such file");
    } catch (IOException e) {
      err.println("calico: " + file + ": cannot read: " + e.getMessage());
    } catch (ResourceReadException e) {
      err.println("calico: " + file + ": " + e.getMessage());
    }
    return null;
  }
}
