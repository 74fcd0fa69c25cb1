package dev.calicokit.schemas;

import dev.calicokit.model.style.CalicoStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One thing the validator found: where (file, document, kind and name, JSON pointer, source line and
 * column), how bad ({@link Severity}), which rule ({@link #rule()}, a stable identifier such as
 * {@code schema.type} or {@code calico.ippool.block-size}) and what was expected. Built with
 * {@link #builder()}, copied with {@code withLine(...)} and the other {@code with} methods.
 */
@Value.Immutable
@CalicoStyle
public interface Finding extends WithFinding {
  /** The file the document was read from; empty for resources built in code. */
  Optional<String> file();

  /** The 0-based index of the document in its source (empty documents counted) or in the manifest. */
  int document();

  /** The document's kind; empty when it has none. */
  Optional<String> kind();

  /** The document's {@code metadata.name}; empty when it has none. */
  Optional<String> name();

  /** JSON pointer to the field concerned, inside the document; {@code ""} for the document itself. */
  @Value.Default
  default String path() {
    return "";
  }

  /** 1-based source line of the field; empty for resources built in code. */
  OptionalInt line();

  /** 1-based source column of the field; empty for resources built in code. */
  OptionalInt column();

  /** How bad it is. */
  Severity severity();

  /** The stable identifier of the rule that found it. */
  String rule();

  /** What is wrong and what was expected, in one sentence. */
  String message();

  /** A builder for a finding. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} values. */
  final class Builder extends ImmutableFinding.Builder {}
}
