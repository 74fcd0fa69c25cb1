package dev.calicokit.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.style.CalicoStyle;
import dev.calicokit.model.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The standard Kubernetes object metadata, immutable. Fields the server fills in (uid,
 * resourceVersion, timestamps, managedFields) are kept as read so that an object fetched from a
 * cluster writes back unchanged; {@code managedFields} is kept as data, not typed.
 *
 * <p>{@link #toFabric8()} and {@link #fromFabric8} convert to and from fabric8's mutable {@code
 * ObjectMeta}; each conversion makes a new, independent object.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableObjectMeta.class)
@JsonDeserialize(builder = ObjectMeta.Builder.class)
@JsonPropertyOrder({
  "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
  "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations",
  "ownerReferences", "finalizers", "managedFields"
})
public interface ObjectMeta extends WithObjectMeta, HasUnknownFields {
  /** The object's name, unique per kind (and namespace, for namespaced kinds). */
  @JsonProperty("name")
  Optional<String> name();

  /** A prefix from which the server makes a unique name when {@link #name()} is unset. */
  @JsonProperty("generateName")
  Optional<String> generateName();

  /** The namespace, for namespaced kinds. */
  @JsonProperty("namespace")
  Optional<String> namespace();

  /** A legacy link to the object, no longer filled in by current servers. */
  @JsonProperty("selfLink")
  Optional<String> selfLink();

  /** The server-assigned unique id. */
  @JsonProperty("uid")
  Optional<String> uid();

  /** The server's version of the object, used for optimistic concurrency. */
  @JsonProperty("resourceVersion")
  Optional<String> resourceVersion();

  /** How many times the desired state (spec) has changed. */
  @JsonProperty("generation")
  Optional<Long> generation();

  /** When the server created the object, in RFC 3339 form, kept as text. */
  @JsonProperty("creationTimestamp")
  Optional<String> creationTimestamp();

  /** When deletion was requested, in RFC 3339 form, kept as text. */
  @JsonProperty("deletionTimestamp")
  Optional<String> deletionTimestamp();

  /** Seconds the object has to terminate gracefully once deletion was requested. */
  @JsonProperty("deletionGracePeriodSeconds")
  Optional<Long> deletionGracePeriodSeconds();

  /** Labels, which selectors match on. */
  @JsonProperty("labels")
  Map<String, String> labels();

  /** Annotations: free-form data for tools. */
  @JsonProperty("annotations")
  Map<String, String> annotations();

  /** The objects this one belongs to. */
  @JsonProperty("ownerReferences")
  List<OwnerReference> ownerReferences();

  /** Names of the controllers that must act before the object may be removed. */
  @JsonProperty("finalizers")
  List<String> finalizers();

  /** The server's record of which manager set which field, kept as data. */
  @JsonProperty("managedFields")
  List<Unstructured> managedFields();

  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** Metadata with nothing set. */
  static ObjectMeta empty() {
    return builder().build();
  }

  /** Metadata with only a name. */
  static ObjectMeta named(String name) {
    return builder().name(name).build();
  }

  /** Metadata with a name and a namespace. */
  static ObjectMeta named(String namespace, String name) {
    return builder().namespace(namespace).name(name).build();
  }

  /** A new fabric8 {@code ObjectMeta} with the same content; changing it does not change this one. */
  default io.fabric8.kubernetes.api.model.ObjectMeta toFabric8() {
    return Json.mapper().convertValue(this, io.fabric8.kubernetes.api.model.ObjectMeta.class);
  }

  /** Copies a fabric8 {@code ObjectMeta}; later changes to it do not reach the copy. */
  static ObjectMeta fromFabric8(io.fabric8.kubernetes.api.model.ObjectMeta meta) {
    return Json.mapper().convertValue(meta, ObjectMeta.class);
  }

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #generation()} set to any whole number, an {@code int} too. */
  default ObjectMeta withGeneration(long value) {
    return withGeneration(Long.valueOf(value));
  }

  /** A copy with {@link #deletionGracePeriodSeconds()} set to any whole number, an {@code int} too. */
  default ObjectMeta withDeletionGracePeriodSeconds(long value) {
    return withDeletionGracePeriodSeconds(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectMeta} values. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableObjectMeta.Builder {
    /** Sets {@link ObjectMeta#generation()} to any whole number, an {@code int} too. */
    public Builder generation(long generation) {
      return generation(Long.valueOf(generation));
    }

    /** Sets {@link ObjectMeta#deletionGracePeriodSeconds()} to any whole number, an {@code int} too. */
    public Builder deletionGracePeriodSeconds(long deletionGracePeriodSeconds) {
      return deletionGracePeriodSeconds(Long.valueOf(deletionGracePeriodSeconds));
    }
  }
}
