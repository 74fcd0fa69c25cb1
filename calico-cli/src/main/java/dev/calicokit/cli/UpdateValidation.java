package dev.calicokit.cli;

import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/** {@code calico validate --previous OLD NEW}: the new manifest judged as an update of the installed one. */
final class UpdateValidation {
  private UpdateValidation() {}

  static int run(Validator validator, String previous, List<String> files, boolean json, PrintWriter out, PrintWriter err) {
    if (files.size() != 1) {
      err.println("calico validate: --previous takes exactly one FILE to judge against it, not " + files.size());
      return CalicoCli.BAD_INPUT;
    }
    String next = files.get(0);
    String before = text(previous, err);
    String after = text(next, err);
    if (before == null || after == null) {
      return CalicoCli.BAD_INPUT;
    }
    ValidationReport report;
    try {
      report = validator.validateUpdate(before, after);
    } catch (ResourceReadException e) {
      err.println("calico validate: " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    // Findings on documents only the installed manifest has name that file.
    List<Finding> named = new ArrayList<>();
    for (Finding f : report.findings()) {
      boolean aboutPrevious = f.file().filter(Validator.PREVIOUS_FILE::equals).isPresent();
      named.add(f.withFile(aboutPrevious ? previous : next));
    }
    ValidationReport all = ValidationReport.of(named);
    out.print(json ? all.toJson() : all.toText());
    return all.hasErrors() ? CalicoCli.FINDINGS : CalicoCli.OK;
  }

  private static String text(String file, PrintWriter err) {
    try {
      return new String(Inputs.read(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("calico validate: " + file + ": no such file");
    } catch (IOException e) {
      err.println("calico validate: " + file + ": cannot read: " + e.getMessage());
    }
    return null;
  }
}
