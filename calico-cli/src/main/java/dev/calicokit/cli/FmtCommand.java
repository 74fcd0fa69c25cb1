package dev.calicokit.cli;

import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.manifest.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico fmt}: writes manifests in canonical form. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    header = "Writes manifests in canonical form, or checks that they are.",
    description = {
      "Writes each manifest in canonical form (see README: field order, quoting, block scalars).",
      "Without options the canonical text goes to standard output; '-' reads standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (with --check: every file is canonical)", "1:with --check: some files are not canonical",
        "2:bad usage or unreadable input"})
final class FmtCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Manifest files; '-' for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--in-place", description = "Rewrite each file in canonical form instead of printing it.")
  boolean inPlace;

  @Option(names = "--check", description = "Change nothing; list the files that are not canonical and exit 1 if any.")
  boolean check;

  @Option(names = "--schema-comment", description = "Head each Calico document with a yaml-language-server modeline"
      + " ($schema=...) naming its schema under --schema-base, in place of one the document has.")
  boolean schemaComment;

  @Option(names = "--schema-base", paramLabel = "URL|DIR", converter = SchemaBase.Converter.class,
      description = "With --schema-comment: where 'calico schema --out' wrote the schemas; a URL, or a folder,"
          + " named relative to each file's folder.")
  SchemaBase schemaBase;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (inPlace && check) {
      err.println("calico fmt: --in-place and --check cannot be used together");
      return CalicoCli.BAD_INPUT;
    }
    if (inPlace && files.contains("-")) {
      err.println("calico fmt: --in-place cannot rewrite standard input");
      return CalicoCli.BAD_INPUT;
    }
    if (schemaComment != (schemaBase != null)) {
      err.println(schemaComment ? "calico fmt: --schema-comment needs --schema-base URL|DIR (where 'calico schema --out' wrote"
          + " the schemas)" : "calico fmt: --schema-base is used only with --schema-comment");
      return CalicoCli.BAD_INPUT;
    }
    SchemaComments comments = schemaComment ? new SchemaComments(schemaBase) : null;
    // Every file is processed: a bad one is named and the run goes on, then ends with exit 2.
    int result = CalicoCli.OK;
    boolean bad = false;
    for (String file : files) {
      byte[] bytes;
      try {
        bytes = Inputs.read(file);
      } catch (NoSuchFileException e) {
        err.println("calico fmt: " + file + ": no such file");
        bad = true;
        continue;
      } catch (IOException e) {
        err.println("calico fmt: " + file + ": cannot read: " + e.getMessage());
        bad = true;
        continue;
      }
      byte[] canonical;
      try {
        Manifest manifest = Manifest.read(bytes);
        canonical = comments == null ? manifest.toYamlBytes()
            : comments.write(manifest, folderOf(file)).getBytes(StandardCharsets.UTF_8);
      } catch (ResourceReadException | IllegalArgumentException e) {
        err.println("calico fmt: " + file + ": " + e.getMessage());
        bad = true;
        continue;
      }
      if (check) {
        if (!Arrays.equals(bytes, canonical)) {
          out.println(file);
          result = CalicoCli.FINDINGS;
        }
      } else if (inPlace) {
        if (!Arrays.equals(bytes, canonical)) {
          try {
            SafeFiles.write(Paths.get(file), canonical);
          } catch (IOException e) {
            err.println("calico fmt: " + file + ": cannot write: " + e.getMessage());
            bad = true;
          }
        }
      } else {
        out.print(new String(canonical, StandardCharsets.UTF_8));
      }
    }
    if (bad) {
      return CalicoCli.BAD_INPUT;
    }
    return result;
  }

  /** The folder a schema comment's relative path starts from: the file's, or for '-' the current one. */
  private static java.nio.file.Path folderOf(String file) {
    java.nio.file.Path path = Paths.get(file.equals("-") ? "" : file).toAbsolutePath();
    return file.equals("-") ? path : path.getParent();
  }
}
