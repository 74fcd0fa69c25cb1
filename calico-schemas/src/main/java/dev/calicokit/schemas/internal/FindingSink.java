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
    report(severity, rule, doc.index(), doc.kind(), doc.name(), pointer, message);
  }

  /** Reports a finding on a field of a document known by its reference (its tree no longer kept). */
  public void report(Severity severity, String rule, DocumentRef doc, String pointer, String message) {
    report(severity, rule, doc.index(), doc.kind(), doc.name(), pointer, message);
  }

  private void report(Severity severity, String rule, int index, String kind, java.util.Optional<String> name,
      String pointer, String message) {
    Finding.Builder b = Finding.builder()
        .document(index)
        .severity(severity)
        .rule(rule)
        .path(pointer == null ? "" : pointer)
        .message(message)
        .name(name);
    if (!kind.isEmpty()) {
      b.kind(kind);
    }
    findings.add(b.build());
  }

  /** Reports an error. */
  public void error(String rule, ValidatedDocument doc, String pointer, String message) {
    report(Severity.ERROR, rule, doc, pointer, message);
  }

  /** Reports an error on a document known by its reference. */
  public void error(String rule, DocumentRef doc, String pointer, String message) {
    report(Severity.ERROR, rule, doc, pointer, message);
  }

  /** Reports a warning. */
  public void warning(String rule, ValidatedDocument doc, String pointer, String message) {
    report(Severity.WARNING, rule, doc, pointer, message);
  }

  /** Reports a warning on a document known by its reference. */
  public void warning(String rule, DocumentRef doc, String pointer, String message) {
    report(Severity.WARNING, rule, doc, pointer, message);
  }

  /** Reports an info. */
  public void info(String rule, ValidatedDocument doc, String pointer, String message) {
    report(Severity.INFO, rule, doc, pointer, message);
  }

  /** Reports an info on a document known by its reference. */
  public void info(String rule, DocumentRef doc, String pointer, String message) {
    report(Severity.INFO, rule, doc, pointer, message);
  }

  /** Everything reported so far, in order. */
  public List<Finding> findings() {
    return findings;
  }
}
