package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * How a BGPFilter rule compares a route prefix with the rule's cidr. Set in the matchOperator
 * field of BGPFilter spec import and export rules. A value this library does not know is kept as
 * read; see {@link OpenEnum}.
 */
public final class BGPFilterMatchOperator extends OpenEnum {
  /** {@code Equal}: Matches only a prefix identical to the cidr. */
  public static final BGPFilterMatchOperator EQUAL = new BGPFilterMatchOperator("Equal", true);

  /** {@code NotEqual}: Matches any prefix other than the cidr itself. */
  public static final BGPFilterMatchOperator NOT_EQUAL = new BGPFilterMatchOperator("NotEqual", true);

  /** {@code In}: Matches prefixes that lie within the cidr, including the cidr itself. */
  public static final BGPFilterMatchOperator IN = new BGPFilterMatchOperator("In", true);

  /** {@code NotIn}: Matches prefixes that lie outside the cidr. */
  public static final BGPFilterMatchOperator NOT_IN = new BGPFilterMatchOperator("NotIn", true);

  private static final List<BGPFilterMatchOperator> KNOWN = List.of(EQUAL, NOT_EQUAL, IN, NOT_IN);

  private BGPFilterMatchOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BGPFilterMatchOperator of(String value) {
    for (BGPFilterMatchOperator known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BGPFilterMatchOperator(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BGPFilterMatchOperator> knownValues() {
    return KNOWN;
  }
}
