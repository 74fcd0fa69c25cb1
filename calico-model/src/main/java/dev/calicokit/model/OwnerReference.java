package dev.calicokit.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.style.CalicoStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Names the object that owns this one; Kubernetes deletes owned objects with their owner. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableOwnerReference.class)
@JsonDeserialize(builder = OwnerReference.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "name", "uid", "controller", "blockOwnerDeletion"})
public interface OwnerReference extends WithOwnerReference, HasUnknownFields {
  /** The owner's apiVersion. */
  @JsonProperty("apiVersion")
  String apiVersion();

  /** The owner's kind. */
  @JsonProperty("kind")
  String kind();

  /** The owner's name. */
  @JsonProperty("name")
  String name();

  /** The owner's uid, which tells it apart from a later object of the same name. */
  @JsonProperty("uid")
  String uid();

  /** True when the owner is the controller that manages this object. */
  @JsonProperty("controller")
  Optional<Boolean> controller();

  /** True when the owner cannot be deleted in the foreground before this object is. */
  @JsonProperty("blockOwnerDeletion")
  Optional<Boolean> blockOwnerDeletion();

  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OwnerReference} values; {@code build()} names any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableOwnerReference.Builder {}
}
