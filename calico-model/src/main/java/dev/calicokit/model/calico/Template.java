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
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Recipe for host endpoints that the node controller creates automatically for selected nodes.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableTemplate.class)
@JsonDeserialize(builder = Template.Builder.class)
@JsonPropertyOrder({"generateName", "interfaceCIDRs", "interfacePattern", "labels", "nodeSelector"})
public interface Template extends WithTemplate, HasUnknownFields {
  /**
   * Suffix added to the name of every host endpoint made from this template; at most 253
   * characters.
   */
  @JsonProperty("generateName")
  @Fact(kind = FactKind.MAX_LENGTH, value = "253", groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Fact(kind = FactKind.MAX_LENGTH, value = "253", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> generateName();

  /**
   * CIDRs used to pick which node addresses become expected IPs of the host endpoint; at least one
   * of this and interfacePattern is needed.
   */
  @JsonProperty("interfaceCIDRs")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<Cidr> interfaceCIDRs();

  /**
   * Regular expression on node interface names; one host endpoint is created per matching
   * interface; at least one of this and interfaceCIDRs is needed.
   */
  @JsonProperty("interfacePattern")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> interfacePattern();

  /**
   * Labels put on the generated host endpoints; they win over node labels with the same key.
   */
  @JsonProperty("labels")
  Map<String, String> labels();

  /**
   * Calico selector expression on node labels limiting which nodes the template is used for; when
   * unset every node qualifies.
   */
  @JsonProperty("nodeSelector")
  Optional<Selector> nodeSelector();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Template} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableTemplate.Builder {}
}
