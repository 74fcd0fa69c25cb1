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
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** The rules of a profile and the labels it applies to the endpoints that name it. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableProfileSpec.class)
@JsonDeserialize(builder = ProfileSpec.Builder.class)
@JsonPropertyOrder({"ingress", "egress", "labelsToApply"})
public interface ProfileSpec extends WithProfileSpec, HasUnknownFields {
  /** Ingress rules, in order. */
  @JsonProperty("ingress")
  List<Rule> ingress();

  /** Egress rules, in order. */
  @JsonProperty("egress")
  List<Rule> egress();

  /**
   * Labels added to every endpoint that names this profile; the endpoint's own labels win where
   * keys clash.
   */
  @JsonProperty("labelsToApply")
  Map<String, String> labelsToApply();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProfileSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableProfileSpec.Builder {}
}
