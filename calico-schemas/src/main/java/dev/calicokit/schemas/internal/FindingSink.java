package dev.calicokit.schemas.internal;

import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the rules; places (line, column) are added afterwards by the validator. */
public final class FindingSink {
  private final List<Finding> findings = new ArrayList<>();

  /** Reports a finding on a field of a document. */
  public void report(Severity severity, String rule, ValidatedDocument doc, String pointer, String message) {
    Finding.Builder b = Finding.builder()
        .document(doc.index())
        .severity(severity)
        .rule(rule)
        .path(pointer == null ? "" : pointer)
        .message(message)
        .name(doc.name());
    if (!doc.kind().isEmpty()) {
      b.kind(doc.kind());
    }
    findings.add(b.build());
  }

  /** Reports an error. */
  public void error(String rule, ValidatedDocument doc, String pointer, String message) {
    report(Severity.ERROR, rule, doc, pointer, message);
  }

  /** Reports a warning. */
  public void warning(String rule, ValidatedDocument doc, String pointer, String message) {
    report(Severity.WARNING, rule, doc, pointer, message);
  }

  /** Reports an info. */
  public void info(String rule, ValidatedDocument doc, String pointer, String message) {
    report(Severity.INFO, rule, doc, pointer, message);
  }

  /** Everything reported so far, in order. */
  public List<Finding> findings() {
    return findings;
  }
}
