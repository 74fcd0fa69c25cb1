package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.HasUnknownFields;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.style.CalicoStyle;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.GoDuration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings of calico-kube-controllers: logging, health and metrics endpoints, and which
 * controllers run with what options. The same shape also reports the effective configuration in
 * the status.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableKubeControllersConfigurationSpec.class)
@JsonDeserialize(builder = KubeControllersConfigurationSpec.Builder.class)
@JsonPropertyOrder({"logSeverityScreen", "healthChecks", "etcdV3CompactionPeriod", "prometheusMetricsPort", "controllers", "debugProfilePort"})
public interface KubeControllersConfigurationSpec extends WithKubeControllersConfigurationSpec, HasUnknownFields {
  /**
   * Lowest severity written to standard output: None, Debug, Info, Warning, Error, Fatal or Panic;
   * Info when unset.
   */
  @JsonProperty("logSeverityScreen")
  @Fact(kind = FactKind.ENUM, value = {"None", "Debug", "Info", "Warning", "Error", "Fatal", "Panic"}, from = Release.V3_32)
  Optional<LogSeverity> logSeverityScreen();

  /** Enabled or Disabled: whether the process runs its health checks; Enabled by default. */
  @JsonProperty("healthChecks")
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"}, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "\"Enabled\"", from = Release.V3_32)
  Optional<EnabledState> healthChecks();

  /**
   * Interval between compaction requests to an etcd v3 datastore, as a duration such as 10m; 0
   * disables compaction, and the default is 10m.
   */
  @JsonProperty("etcdV3CompactionPeriod")
  Optional<GoDuration> etcdV3CompactionPeriod();

  /**
   * TCP port, 0 to 65535, of the Prometheus metrics endpoint; 0 turns the endpoint off, and the
   * default is 9094.
   */
  @JsonProperty("prometheusMetricsPort")
  @Fact(kind = FactKind.MINIMUM, value = "0", from = Release.V3_32)
  @Fact(kind = FactKind.MAXIMUM, value = "65535", from = Release.V3_32)
  Optional<Long> prometheusMetricsPort();

  /** Per-controller settings; a controller whose entry is absent does not run. */
  @JsonProperty("controllers")
  @Fact(kind = FactKind.REQUIRED)
  ControllersConfig controllers();

  /**
   * TCP port, 0 to 65535, on which CPU and memory profiling data is served; when unset profiling
   * is off.
   */
  @JsonProperty("debugProfilePort")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "0", from = Release.V3_32)
  @Fact(kind = FactKind.MAXIMUM, value = "65535", from = Release.V3_32)
  Optional<Integer> debugProfilePort();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #prometheusMetricsPort()} set to any whole number, an {@code int} too. */
  default KubeControllersConfigurationSpec withPrometheusMetricsPort(long value) {
    return withPrometheusMetricsPort(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubeControllersConfigurationSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableKubeControllersConfigurationSpec.Builder {
    /** Sets {@link KubeControllersConfigurationSpec#prometheusMetricsPort()} to any whole number, an {@code int} too. */
    public Builder prometheusMetricsPort(long prometheusMetricsPort) {
      return prometheusMetricsPort(Long.valueOf(prometheusMetricsPort));
    }
  }
}
