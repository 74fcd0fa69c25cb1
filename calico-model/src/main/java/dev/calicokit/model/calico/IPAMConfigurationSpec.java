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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Global switches that shape how Calico IPAM hands out blocks and addresses to nodes. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPAMConfigurationSpec.class)
@JsonDeserialize(builder = IPAMConfigurationSpec.Builder.class)
@JsonPropertyOrder({"strictAffinity", "maxBlocksPerHost", "autoAllocateBlocks", "kubeVirtVMAddressPersistence"})
public interface IPAMConfigurationSpec extends WithIPAMConfigurationSpec, HasUnknownFields {
  /**
   * When true a node only assigns addresses from blocks it owns and never borrows from blocks of
   * other nodes; defaults to false.
   */
  @JsonProperty("strictAffinity")
  @Fact(kind = FactKind.DEFAULT, value = "false", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  Boolean strictAffinity();

  /**
   * Upper limit on how many blocks may be affine to a single node, from 0 to 1000000; 0 (the
   * default) means no limit, and a non-zero value needs strictAffinity.
   */
  @JsonProperty("maxBlocksPerHost")
  @Fact(kind = FactKind.FORMAT, value = "int32", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.MINIMUM, value = "0", groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Fact(kind = FactKind.MINIMUM, value = "0", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.MAXIMUM, value = "2147483647", groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Fact(kind = FactKind.MAXIMUM, value = "1000000", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "0", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> maxBlocksPerHost();

  /**
   * Whether nodes may claim new address blocks from IP pools on demand; defaults to true, and
   * turning it off while strictAffinity is also off is not a valid combination.
   */
  @JsonProperty("autoAllocateBlocks")
  @Fact(kind = FactKind.DEFAULT, value = "true", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  Boolean autoAllocateBlocks();

  /**
   * Enabled or Disabled: whether KubeVirt virtual machines keep the same IP address when their
   * launcher pod is replaced (reboot, eviction, live migration); when unset Calico treats it as
   * Enabled.
   */
  @JsonProperty("kubeVirtVMAddressPersistence")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> kubeVirtVMAddressPersistence();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #maxBlocksPerHost()} set to any whole number, an {@code int} too. */
  default IPAMConfigurationSpec withMaxBlocksPerHost(long value) {
    return withMaxBlocksPerHost(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPAMConfigurationSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPAMConfigurationSpec.Builder {
    /** Sets {@link IPAMConfigurationSpec#maxBlocksPerHost()} to any whole number, an {@code int} too. */
    public Builder maxBlocksPerHost(long maxBlocksPerHost) {
      return maxBlocksPerHost(Long.valueOf(maxBlocksPerHost));
    }
  }
}
