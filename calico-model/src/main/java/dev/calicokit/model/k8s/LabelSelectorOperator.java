package dev.calicokit.model.k8s;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The comparison in one requirement of a Kubernetes label selector. Used in
 * matchExpressions[].operator of label selectors, for example in staged Kubernetes policy pod
 * selectors and the namespace and pod selectors of the admin network policy resources. A value
 * this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class LabelSelectorOperator extends OpenEnum {
  /**
   * {@code In}: Matches when the label is present and its value is one of the listed values.
   */
  public static final LabelSelectorOperator IN = new LabelSelectorOperator("In", true);

  /**
   * {@code NotIn}: Matches when the label is absent or its value is none of the listed values.
   */
  public static final LabelSelectorOperator NOT_IN = new LabelSelectorOperator("NotIn", true);

  /** {@code Exists}: Matches when the label key is present, whatever its value. */
  public static final LabelSelectorOperator EXISTS = new LabelSelectorOperator("Exists", true);

  /** {@code DoesNotExist}: Matches when the label key is absent. */
  public static final LabelSelectorOperator DOES_NOT_EXIST = new LabelSelectorOperator("DoesNotExist", true);

  private static final List<LabelSelectorOperator> KNOWN = List.of(IN, NOT_IN, EXISTS, DOES_NOT_EXIST);

  private LabelSelectorOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static LabelSelectorOperator of(String value) {
    for (LabelSelectorOperator known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new LabelSelectorOperator(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<LabelSelectorOperator> knownValues() {
    return KNOWN;
  }
}
