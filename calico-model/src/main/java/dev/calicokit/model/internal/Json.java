package dev.calicokit.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Jackson mappers of the model, configured once. Reading keeps what it does not know (unknown
 * fields go to each object's {@code unknownFields}), fails on duplicate keys, and keeps numbers as
 * read; writing keeps the declared field order, leaves out absent values and empty collections, and
 * never writes floats for whole numbers. The YAML mappers only read: YAML text is written by
 * {@link dev.calicokit.model.yaml.CanonicalYaml} from the JSON mapper's trees.
 */
public final class Json {
  private static final ObjectMapper JSON = configure(JsonMapper.builder().build(), false);
  private static final ObjectMapper JSON_STRICT = configure(JsonMapper.builder().build(), true);
  private static final ObjectMapper YAML = configure(new YAMLMapper(YamlParsers.newFactory()), false);
  private static final ObjectMapper YAML_STRICT = configure(new YAMLMapper(YamlParsers.newFactory()), true);

  private Json() {}

  /** The lenient JSON mapper. */
  public static ObjectMapper mapper() {
    return JSON;
  }

  /** The JSON or YAML mapper, lenient or strict about unknown fields. */
  public static ObjectMapper mapper(boolean yaml, boolean strict) {
    if (yaml) {
      return strict ? YAML_STRICT : YAML;
    }
    return strict ? JSON_STRICT : JSON;
  }

  private static ObjectMapper configure(ObjectMapper m, boolean strict) {
    m.getFactory().setStreamReadConstraints(YamlParsers.READ_CONSTRAINTS);
    // Trees keep decimals exactly as written: 1.50 stays 1.50.
    m.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    m.registerModule(new Jdk8Module());
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    // As the API server decodes: no boolean or number where text goes, no text where a number or a
    // boolean goes ("natOutgoing: \"true\"" is refused, not turned into true).
    m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (LogicalType numberOrBoolean : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      m.coercionConfigFor(numberOrBoolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    m.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
    m.disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    // A known field whose value is null (spec: with nothing after it, spec: null) reads as absent: Go's
    // decoder leaves such a field at its zero value, as calicoctl takes it, and the API server prunes the
    // nulls of non-nullable fields. Unknown fields keep their nulls; the manifest writes read nulls back.
    m.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP));
    m.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS));
    // Go's omitempty: an empty list or map is the same as an absent one, so it is not written.
    for (Class<?> c : List.of(Collection.class, List.class, Map.class)) {
      m.configOverride(c).setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
    }
    if (strict) {
      m.registerModule(new SimpleModule("calicokit-strict").setDeserializerModifier(new NoAnySetter()));
    }
    return m;
  }

  /** Removes the any-setter so that unknown fields fail with their path and location. */
  private static final class NoAnySetter extends BeanDeserializerModifier {
    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription desc, BeanDeserializerBuilder builder) {
      if (desc.getBeanClass().getName().startsWith("dev.calicokit.model.")) {
        builder.setAnySetter(null);
      }
      return builder;
    }
  }
}
