package dev.calicokit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a connection is allowed, as Felix decides it: egress at the source and ingress at the
 * destination must both allow. Each direction names what decided it; {@link #explanation()} gives the
 * whole path (every tier and policy considered, whether it selected the endpoint, why each rule did or
 * did not match). Where staged policies would change the outcome, {@link #withStagedPolicies()} says how.
 */
public final class Verdict {
  private final Endpoint from;
  private final Endpoint to;
  private final Connection connection;
  private final Decision egress;
  private final Decision ingress;
  private final Boolean allowedWithStaged;
  private final List<String> explanation;

  Verdict(Endpoint from, Endpoint to, Connection connection, Decision egress, Decision ingress, Boolean allowedWithStaged,
      List<String> explanation) {
    this.from = from;
    this.to = to;
    this.connection = connection;
    this.egress = egress;
    this.ingress = ingress;
    this.allowedWithStaged = allowedWithStaged;
    this.explanation = List.copyOf(explanation);
  }

  /** True when both directions allow. */
  public boolean allowed() {
    return egress.allows() && ingress.allows();
  }

  /** The source. */
  public Endpoint from() {
    return from;
  }

  /** The destination. */
  public Endpoint to() {
    return to;
  }

  /** The connection judged. */
  public Connection connection() {
    return connection;
  }

  /** What decided egress at the source. */
  public Decision egress() {
    return egress;
  }

  /** What decided ingress at the destination. */
  public Decision ingress() {
    return ingress;
  }

  /** The direction that denied, if one did (egress first, as the packet meets it first). */
  public Optional<Decision> denyingDecision() {
    return !egress.allows() ? Optional.of(egress) : !ingress.allows() ? Optional.of(ingress) : Optional.empty();
  }

  /**
   * What the verdict would be if the staged policies were enforced, when that differs from this verdict:
   * what staging them would change.
   */
  public Optional<Boolean> withStagedPolicies() {
    return allowedWithStaged == null || allowedWithStaged == allowed() ? Optional.empty() : Optional.of(allowedWithStaged);
  }

  /** The whole path, one line per step. */
  public List<String> explanationLines() {
    return explanation;
  }

  /** The whole path as text. */
  public String explanation() {
    return String.join("\n", explanation) + "\n";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Verdict)) {
      return false;
    }
    Verdict v = (Verdict) o;
    return from.equals(v.from) && to.equals(v.to) && connection.equals(v.connection) && egress.equals(v.egress)
        && ingress.equals(v.ingress) && Objects.equals(allowedWithStaged, v.allowedWithStaged);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, connection, egress, ingress);
  }

  /** {@code ALLOWED|DENIED from => to connection: egress ...; ingress ...}. */
  @Override
  public String toString() {
    return (allowed() ? "ALLOWED " : "DENIED ") + from + " => " + to + " " + connection + ": egress " + egress.describe()
        + "; ingress " + ingress.describe();
  }
}
