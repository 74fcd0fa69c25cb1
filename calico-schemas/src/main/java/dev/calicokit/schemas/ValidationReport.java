package dev.calicokit.schemas;

import dev.calicokit.schemas.internal.FindingFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The findings of one validation, in document order, with text and JSON renderings. */
public final class ValidationReport {
  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** A report of the given findings, kept in the given order. */
  public static ValidationReport of(List<Finding> findings) {
    return new ValidationReport(findings);
  }

  /** Every finding, errors, warnings and infos alike. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of one severity. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** True when at least one finding is an error: the manifest would not be accepted. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The same findings, each naming the given file. */
  public ValidationReport withFile(String file) {
    Objects.requireNonNull(file, "file");
    List<Finding> named = new ArrayList<>(findings.size());
    findings.forEach(f -> named.add(f.withFile(file)));
    return new ValidationReport(named);
  }

  /** The findings of this report followed by those of another. */
  public ValidationReport and(ValidationReport other) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return new ValidationReport(all);
  }

  /**
   * One line per finding, {@code file:line:column: severity: message [rule] (document N, Kind name, path)},
   * followed by a summary line.
   */
  public String toText() {
    return FindingFormats.text(findings);
  }

  /** The lines of {@link #toText()} without its summary line: one line per finding. */
  public String toTextLines() {
    return FindingFormats.lines(findings);
  }

  /** The summary line of {@link #toText()}: errors, warnings and infos counted. */
  public String summaryLine() {
    return FindingFormats.summary(findings);
  }

  /**
   * A JSON array with one object per finding and the stable keys {@code file}, {@code document},
   * {@code kind}, {@code name}, {@code path}, {@code line}, {@code column}, {@code severity},
   * {@code rule} and {@code message} (null where unknown).
   */
  public String toJson() {
    return FindingFormats.json(findings);
  }

  @Override
  public String toString() {
    return toText();
  }
}
