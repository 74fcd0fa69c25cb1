package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Decides how Felix handles the source/destination check flag of the AWS EC2 instance it runs on.
 * Set in FelixConfiguration spec.awsSrcDstCheck. A value this library does not know is kept as
 * read; see {@link OpenEnum}.
 */
public final class AWSSrcDstCheckOption extends OpenEnum {
  /**
   * {@code DoNothing}: Felix leaves the instance flag as it finds it; this is the behaviour when
   * the field is unset.
   */
  public static final AWSSrcDstCheckOption DO_NOTHING = new AWSSrcDstCheckOption("DoNothing", true);

  /** {@code Enable}: Felix turns the EC2 source/destination check on. */
  public static final AWSSrcDstCheckOption ENABLE = new AWSSrcDstCheckOption("Enable", true);

  /**
   * {@code Disable}: Felix turns the check off so unencapsulated pod traffic can cross the AWS
   * subnet.
   */
  public static final AWSSrcDstCheckOption DISABLE = new AWSSrcDstCheckOption("Disable", true);

  private static final List<AWSSrcDstCheckOption> KNOWN = List.of(DO_NOTHING, ENABLE, DISABLE);

  private AWSSrcDstCheckOption(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static AWSSrcDstCheckOption of(String value) {
    for (AWSSrcDstCheckOption known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new AWSSrcDstCheckOption(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<AWSSrcDstCheckOption> knownValues() {
    return KNOWN;
  }
}
