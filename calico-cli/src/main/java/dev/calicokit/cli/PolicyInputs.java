package dev.calicokit.cli;

import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.policy.Cluster;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The inputs of {@code connectivity} and {@code explain}: files and folders, and the release whose Felix applies. */
final class PolicyInputs {
  private PolicyInputs() {}

  /** The cluster the paths describe; a bad release or unreadable input is an IllegalArgumentException (exit 2). */
  static Cluster read(List<String> paths, String version) {
    Cluster.Builder b = Cluster.builder();
    if (version != null) {
      b.release(CalicoRelease.of(version).orElseThrow(() -> new IllegalArgumentException("unsupported version '" + version
          + "'; supported: " + CalicoRelease.all().stream().map(CalicoRelease::label).collect(Collectors.joining(", ")))));
    }
    try {
      return b.read(paths.stream().map(Path::of).collect(Collectors.toList())).build();
    } catch (dev.calicokit.policy.PolicyInputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
