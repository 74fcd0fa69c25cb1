package dev.calicokit.testing;

import java.util.Objects;

/** A namespace named in an assertion. */
public final class Namespace {
  private final String name;

  Namespace(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Its name. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Namespace && ((Namespace) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
