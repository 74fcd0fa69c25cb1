package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class Action extends OpenEnum {
  /** {@code Allow}. */
  public static final Action ALLOW = new Action("Allow", true);

  /** {@code Deny}. */
  public static final Action DENY = new Action("Deny", true);

  /** {@code Log}. */
  public static final Action LOG = new Action("Log", true);

  /** {@code Pass}. */
  public static final Action PASS = new Action("Pass", true);

  private static final List<Action> KNOWN = List.of(ALLOW, DENY, LOG, PASS);

  private Action(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static Action of(String value) {
    for (Action known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new Action(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<Action> knownValues() {
    return KNOWN;
  }
}
