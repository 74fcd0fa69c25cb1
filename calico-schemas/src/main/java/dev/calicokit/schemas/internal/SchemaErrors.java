package dev.calicokit.schemas.internal;

import dev.calicokit.model.io.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Turns networknt's errors into structural findings: a stable rule id, the place, and our own message. */
final class SchemaErrors {
  private static final int NEARBY = 6;

  private SchemaErrors() {}

  /** The finding for one error; null for errors another check already reports (uniqueness, header). */
  static SchemaProblem translate(Error e, JsonNode schema) {
    String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
    JsonNode value = e.getInstanceNode() == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : e.getInstanceNode();
    JsonNode keywordValue = e.getSchemaNode();
    JsonNode owner = owner(e, schema);
    String shown = SchemaProblem.show(value);
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    switch (keyword) {
      case "type":
        return new SchemaProblem("schema.type", at, "expected " + types(keywordValue) + ", found "
            + SchemaProblem.typeOf(value) + (value.isContainerNode() ? "" : " (" + shown + ")"));
      case "required": {
        String name = e.getProperty();
        if (at.isEmpty() && (name.equals("apiVersion") || name.equals("kind") || name.equals("metadata"))) {
          return null; // the header check reports these
        }
        // A spec written with no value is pruned by the API server before this check: say how to write an empty one.
        String hint = at.isEmpty() && name.equals("spec") ? " (spec: with no value or null counts as missing;"
            + " write spec: {} for an empty spec, as calicoctl sends it)" : "";
        return new SchemaProblem("schema.required", at, "required field \"" + name + "\" is missing"
            + (at.isEmpty() ? "" : " in " + at) + hint);
      }
      case "additionalProperties": {
        String name = e.getProperty();
        return new SchemaProblem("schema.unknown-field", at + "/" + JsonPointers.escape(name),
            "unknown field \"" + name + "\" (kubectl's strict field validation rejects it); " + known(owner, name));
      }
      case "enum":
        return new SchemaProblem("schema.enum", at, shown + " is not one of the allowed values " + list(keywordValue));
      case "const":
        return new SchemaProblem("schema.header", at, "expected " + SchemaProblem.show(keywordValue) + ", found " + shown);
      case "pattern":
        // The pattern as the CRD writes it (Go RE2): the schema carries it untranslated.
        return new SchemaProblem("schema.pattern", at, shown + " does not match the pattern " + keywordValue.asText()
            + " that the CRD requires");
      case "format": {
        String name = keywordValue.asText();
        String expected = KubeFormats.of(name).map(KubeFormats.Checked::expected).orElse("a valid " + name);
        return new SchemaProblem("schema.format", at, shown + " is not " + expected + " (format " + name + ")");
      }
      case "minimum":
        return new SchemaProblem("schema.minimum", at, shown + " is below the minimum " + keywordValue);
      case "exclusiveMinimum":
        return new SchemaProblem("schema.minimum", at, shown + " must be greater than " + keywordValue);
      case "maximum":
        return new SchemaProblem("schema.maximum", at, shown + " is above the maximum " + keywordValue);
      case "exclusiveMaximum":
        return new SchemaProblem("schema.maximum", at, shown + " must be less than " + keywordValue);
      case "minLength":
        return new SchemaProblem("schema.min-length", at, shown + " is " + length(value) + " characters long, shorter than the minimum " + keywordValue);
      case "maxLength":
        return new SchemaProblem("schema.max-length", at, shown + " is " + length(value) + " characters long, longer than the maximum " + keywordValue);
      case "minItems":
        return new SchemaProblem("schema.min-items", at, "the list has " + value.size() + " items, fewer than the minimum " + keywordValue);
      case "maxItems":
        return new SchemaProblem("schema.max-items", at, "the list has " + value.size() + " items, more than the maximum " + keywordValue);
      case "minProperties":
        return new SchemaProblem("schema.min-properties", at, "the object has " + value.size() + " fields, fewer than the minimum " + keywordValue);
      case "maxProperties":
        return new SchemaProblem("schema.max-properties", at, "the object has " + value.size() + " fields, more than the maximum " + keywordValue);
      case "multipleOf":
        return new SchemaProblem("schema.multiple-of", at, shown + " is not a multiple of " + keywordValue);
      case "uniqueItems":
        return null; // KubeExtensions reports the repeated item itself
      case "false":
        return new SchemaProblem("schema.unknown-field", at, "no value is allowed here");
      default:
        return new SchemaProblem("schema." + keyword.toLowerCase(Locale.ROOT), at, shown + " does not satisfy " + keyword + ": " + e.getMessage());
    }
  }

  /** The schema object that holds the failing keyword. */
  private static JsonNode owner(Error e, JsonNode schema) {
    if (e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
      return schema;
    }
    String fragment = e.getSchemaLocation().getFragment().toString();
    int slash = fragment.lastIndexOf('/');
    return slash <= 0 ? schema : schema.at(fragment.substring(0, slash));
  }

  private static String types(JsonNode t) {
    if (t == null) {
      return "another type";
    }
    if (t.isArray()) {
      List<String> names = new ArrayList<>();
      t.forEach(x -> names.add(SchemaProblem.typeName(x.asText())));
      return String.join(" or ", names);
    }
    return SchemaProblem.typeName(t.asText());
  }

  private static String list(JsonNode values) {
    List<String> shown = new ArrayList<>();
    values.forEach(v -> shown.add(SchemaProblem.show(v)));
    return String.join(", ", shown);
  }

  private static int length(JsonNode v) {
    String s = v.asText();
    return s.codePointCount(0, s.length());
  }

  /** The fields known where an unknown one was found, the most similar first. */
  private static String known(JsonNode owner, String unknown) {
    List<String> names = new ArrayList<>();
    owner.path("properties").fieldNames().forEachRemaining(names::add);
    return known(names, unknown);
  }

  /** The names, the most similar to {@code unknown} first, as a message phrase. */
  static String known(java.util.Collection<String> known, String unknown) {
    List<String> names = new ArrayList<>(known);
    if (names.isEmpty()) {
      return "this object takes no fields";
    }
    String lower = unknown.toLowerCase(Locale.ROOT);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    names.sort(Comparator.<String>comparingInt(n -> distance.apply(n.toLowerCase(Locale.ROOT), lower)).thenComparing(n -> n));
    List<String> shown = names.subList(0, Math.min(NEARBY, names.size()));
    return (names.size() > NEARBY ? "nearest known fields: " : "known fields: ") + String.join(", ", shown);
  }

  /** The name most similar to {@code unknown} (case ignored), or null when there is none. */
  static String nearest(String unknown, java.util.Collection<String> names) {
    String lower = unknown.toLowerCase(Locale.ROOT);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    return names.stream().min(Comparator.<String>comparingInt(n -> distance.apply(n.toLowerCase(Locale.ROOT), lower))
        .thenComparing(n -> n)).orElse(null);
  }
}
