package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The minimum importance a log message needs to be written. Set in FelixConfiguration
 * spec.logSeverityScreen, logSeverityFile and logSeveritySys, BGPConfiguration
 * spec.logSeverityScreen and KubeControllersConfiguration spec.logSeverityScreen; not every field
 * takes every value. A value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class LogSeverity extends OpenEnum {
  /** {@code Trace}: Writes everything, including very fine-grained tracing. */
  public static final LogSeverity TRACE = new LogSeverity("Trace", true);

  /** {@code Debug}: Writes debugging detail and everything more important. */
  public static final LogSeverity DEBUG = new LogSeverity("Debug", true);

  /** {@code Info}: Writes normal informational messages and above; the usual default. */
  public static final LogSeverity INFO = new LogSeverity("Info", true);

  /** {@code Warning}: Writes only warnings and more serious messages. */
  public static final LogSeverity WARNING = new LogSeverity("Warning", true);

  /** {@code Error}: Writes only errors and more serious messages. */
  public static final LogSeverity ERROR = new LogSeverity("Error", true);

  /** {@code Fatal}: Writes only messages about failures that stop the process. */
  public static final LogSeverity FATAL = new LogSeverity("Fatal", true);

  /** {@code Panic}: Writes only panic messages. */
  public static final LogSeverity PANIC = new LogSeverity("Panic", true);

  /** {@code None}: Turns this log output off. */
  public static final LogSeverity NONE = new LogSeverity("None", true);

  private static final List<LogSeverity> KNOWN = List.of(TRACE, DEBUG, INFO, WARNING, ERROR, FATAL, PANIC, NONE);

  private LogSeverity(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static LogSeverity of(String value) {
    for (LogSeverity known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (LogSeverity known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new LogSeverity(value, true);
      }
    }
    return new LogSeverity(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<LogSeverity> knownValues() {
    return KNOWN;
  }
}
