package dev.calicokit.schemas;

import java.util.Locale;

/** How much a finding matters: only errors make a manifest fail validation. */
public enum Severity {
  /** The API server, its CEL rules or calicoctl would reject the resource. */
  ERROR,
  /** Accepted, but probably not what was meant (a field the API server would drop, a value ignored). */
  WARNING,
  /** Something the validator could not judge offline, said so that nobody takes silence for approval. */
  INFO;

  /** The lower-case name used in text and JSON output: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
