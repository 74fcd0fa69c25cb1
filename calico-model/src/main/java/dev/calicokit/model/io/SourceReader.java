package dev.calicokit.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.calicokit.model.internal.GoYamlScalars;
import dev.calicokit.model.internal.Json;
import dev.calicokit.model.internal.YamlParsers;
import dev.calicokit.model.internal.PointerLocator;
import dev.calicokit.model.internal.SnakeYamlBuffer;
import dev.calicokit.model.internal.TrackedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML stream (or JSON, which is YAML) into one tree per document, within {@link ReadLimits}.
 * Accepts a byte-order mark, CRLF line ends, comments, empty documents and every form of document
 * marker. Expands aliases as Kubernetes does, counting the nodes they add against the limit. Fails
 * on duplicate keys. Every error is a {@link ResourceReadException} with the document index, line
 * and column, and, where a limit tripped, the limit's name.
 */
public final class SourceReader {
  /** Digits of a number literal: far beyond int64 (19) and float64 (17 significant, 309 whole digits). */
  private static final int MAX_NUMBER_DIGITS = 400;
  /** Exponent of a number literal: float64 ends near 1e308 and 1e-324. */
  private static final int MAX_NUMBER_EXPONENT = 400;
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * Jackson reports anchors on mappings and sequences but drops those on scalars; the SnakeYAML event
   * behind the current token still has it. Read through a handle on the parser's last event.
   */
  private static final MethodHandle LAST_EVENT = lastEventHandle();

  private static MethodHandle lastEventHandle() {
    try {
      return MethodHandles.privateLookupIn(YAMLParser.class, MethodHandles.lookup())
          .findGetter(YAMLParser.class, "_lastEvent", Event.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // then scalar anchors cannot be seen, and aliases to them fail with a clear message
    }
  }

  /**
   * True when the parser's current token comes from a plain scalar without a tag: only those take a
   * type from their text (Kubernetes' reader resolves {@code y} or {@code 0o17}, never {@code "y"}).
   */
  private static boolean plainScalar(YAMLParser p) {
    if (LAST_EVENT == null) {
      return false;
    }
    try {
      Event e = (Event) LAST_EVENT.invoke(p);
      return e instanceof ScalarEvent && ((ScalarEvent) e).isPlain() && ((ScalarEvent) e).getImplicit().canOmitTagInPlainScalar();
    } catch (Throwable t) {
      return false;
    }
  }

  private static String scalarAnchor(YAMLParser p) {
    if (LAST_EVENT == null) {
      return null;
    }
    try {
      Event e = (Event) LAST_EVENT.invoke(p);
      return e instanceof ScalarEvent ? ((ScalarEvent) e).getAnchor() : null;
    } catch (Throwable t) {
      return null;
    }
  }

  private final ReadLimits limits;

  private SourceReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** A reader with the given limits. */
  public static SourceReader withLimits(ReadLimits limits) {
    return new SourceReader(limits);
  }

  /** A reader with the default limits. */
  public static SourceReader withDefaults() {
    return new SourceReader(ReadLimits.defaults());
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Where the value at a JSON pointer starts in document {@code document} (0-based, empty documents
   * counted) of a YAML or JSON text: for a pointer to a field, the field's key. Where the pointer leads
   * past what the document holds, the closest enclosing value's position. Empty when the text has no
   * such document or cannot be read that far. Reading again costs a pass over the text, so callers
   * locate only what they report (an error, a finding).
   */
  public static Optional<SourcePosition> locate(String text, int document, String pointer) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int[] lc = PointerLocator.locate(Json.mapper(true, false), body, document, pointer);
    return lc == null ? Optional.empty() : Optional.of(new SourcePosition(lc[0], lc[1]));
  }

  /**
   * {@link #locate(String, int, String)} over a stream, read as far as the document; a leading
   * byte-order mark is dropped. The reader is closed.
   */
  public static Optional<SourcePosition> locate(java.io.Reader text, int document, String pointer) {
    TrackedReader in = new TrackedReader(text, Long.MAX_VALUE, max -> new IllegalStateException());
    int[] lc = PointerLocator.locate(Json.mapper(true, false), in, document, pointer);
    return lc == null ? Optional.empty() : Optional.of(new SourcePosition(lc[0], lc[1]));
  }

  /** A stream of UTF-8 bytes as text, decoded as it is read; an invalid byte is a {@link ResourceReadException} naming its place. */
  public static java.io.Reader utf8(java.io.InputStream in) {
    return new dev.calicokit.model.internal.Utf8Reader(in);
  }

  /** Decodes UTF-8 (reporting the line and column of an invalid byte) and reads the documents. */
  public List<SourceDocument> read(byte[] utf8) {
    return read(decode(utf8));
  }

  /** Reads the documents of a text. */
  public List<SourceDocument> read(String text) {
    List<SourceDocument> out = new ArrayList<>();
    read(text, out::add);
    return out;
  }

  /**
   * Reads the documents of a text one at a time, handing each to {@code each} before the next is read
   * (empty documents too), so that a caller that keeps none holds one document's tree at a time.
   */
  public void read(String text, java.util.function.Consumer<SourceDocument> each) {
    read(text, SourceReader::plainParser, each);
  }

  /**
   * Reads the documents of a text as {@link #read(String, java.util.function.Consumer)} does, with the
   * YAML parser {@code parsers} makes over the text (without its byte-order mark): one that also hands
   * SnakeYAML's comment events to a reader of comments, so that both read in one pass.
   */
  public void read(String text, java.util.function.Function<java.io.Reader, JsonParser> parsers,
      java.util.function.Consumer<SourceDocument> each) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.length() > limits.maxTotalChars()) {
      throw limit(0, 1, 1, "maxTotalChars", "the input has " + body.length() + " characters, more than the limit of " + limits.maxTotalChars());
    }
    // small inputs keep SnakeYAML's small buffer
    read(new java.io.StringReader(body), body.length() > 64 * 1024, parsers, each);
  }

  /**
   * Reads the documents of a stream one at a time, as {@link #read(String, java.util.function.Consumer)}
   * does, without holding the text: besides the document being built, memory holds SnakeYAML's read
   * buffer (1 Mi characters). A leading byte-order mark is dropped; lines and columns count from the
   * stream's start. The reader is read to its end or to the first error, then closed.
   */
  public void read(java.io.Reader text, java.util.function.Consumer<SourceDocument> each) {
    read(text, true, SourceReader::plainParser, each);
  }

  /** The model's YAML parser over a text. */
  private static JsonParser plainParser(java.io.Reader text) {
    return YamlParsers.over(text);
  }

  private void read(java.io.Reader text, boolean largeBuffer, java.util.function.Function<java.io.Reader, JsonParser> parsers,
      java.util.function.Consumer<SourceDocument> each) {
    TrackedReader in = new TrackedReader(text, limits.maxTotalChars(), max -> limit(0, 1, 1, "maxTotalChars",
        "the input has more than " + max + " characters"));
    int index = 0;
    try (JsonParser p = parsers.apply(in)) {
      if (largeBuffer) {
        SnakeYamlBuffer.enlarge(p);
      }
      JsonToken t;
      while (true) {
        try {
          t = p.nextToken();
        } catch (JacksonException e) {
          throw parseError(index, e, in);
        }
        if (t == null) {
          break;
        }
        if (index >= limits.maxDocuments()) {
          JsonLocation loc = p.currentTokenLocation();
          throw limit(index, loc.getLineNr(), loc.getColumnNr(), "maxDocuments",
              "more than " + limits.maxDocuments() + " documents");
        }
        JsonLocation start = p.currentTokenLocation();
        DocumentBuilder b = new DocumentBuilder(p, index, start.getCharOffset());
        JsonNode tree;
        try {
          tree = b.value(0);
        } catch (JacksonException e) {
          throw parseError(index, e, in);
        }
        each.accept(new SourceDocument(index, start.getLineNr(), tree));
        index++;
      }
    } catch (IOException e) {
      throw new ResourceReadException(index, null, null, "", 0, 0, String.valueOf(e.getMessage()), e);
    }
  }

  /** Builds one document's tree from the parser, enforcing the per-document limits. */
  private final class DocumentBuilder {
    private final JsonParser p;
    private final int index;
    private final long startOffset;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private int aliasNodes;
    private int tokensSinceSizeCheck;

    DocumentBuilder(JsonParser p, int index, long startOffset) {
      this.p = p;
      this.index = index;
      this.startOffset = startOffset;
    }

    JsonNode value(int depth) throws IOException {
      JsonToken t = p.currentToken();
      YAMLParser yaml = p instanceof YAMLParser ? (YAMLParser) p : null;
      if (yaml != null && yaml.isCurrentAlias()) {
        return alias(yaml.getText());
      }
      String anchor = null;
      if (yaml != null) {
        Object id = yaml.getObjectId();
        anchor = id != null ? String.valueOf(id) : t.isScalarValue() ? scalarAnchor(yaml) : null;
      }
      JsonNode node;
      switch (t) {
        case START_OBJECT:
          checkSize();
          checkDepth(depth + 1);
          ObjectNode o = NODES.objectNode();
          if (anchor != null) {
            anchors.put(anchor, o);
          }
          java.util.Set<String> merged = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            boolean plain = yaml != null && plainScalar(yaml);
            JsonLocation keyAt = p.currentTokenLocation();
            p.nextToken();
            if (plain && name.equals("<<")) {
              merged = merge(o, value(depth + 1), keyAt, merged);
              continue;
            }
            if (plain) {
              String asKubernetesReads = GoYamlScalars.key(name);
              if (!asKubernetesReads.equals(name) && o.has(asKubernetesReads)
                  && (merged == null || !merged.contains(asKubernetesReads))) {
                throw new ResourceReadException(index, null, null, "", keyAt.getLineNr(), keyAt.getColumnNr(),
                    "duplicate key: " + name + " is the key \"" + asKubernetesReads + "\" as Kubernetes reads it", null);
              }
              name = asKubernetesReads;
            }
            o.set(name, value(depth + 1));
          }
          return o;
        case START_ARRAY:
          checkSize();
          checkDepth(depth + 1);
          ArrayNode a = NODES.arrayNode();
          if (anchor != null) {
            anchors.put(anchor, a);
          }
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.add(value(depth + 1));
          }
          return a;
        case VALUE_STRING:
          // Asking for the location is costly with YAML; a sample every 256 scalars bounds the overshoot.
          if (++tokensSinceSizeCheck >= 256) {
            checkSize();
          }
          String text = p.getText();
          JsonNode resolved = yaml != null && plainScalar(yaml) ? GoYamlScalars.resolve(text, NODES) : null;
          node = resolved != null ? resolved : NODES.textNode(text);
          break;
        case VALUE_NUMBER_INT:
          checkNumber();
          switch (p.getNumberType()) {
            case INT:
              node = NODES.numberNode(p.getIntValue());
              break;
            case LONG:
              node = NODES.numberNode(p.getLongValue());
              break;
            default:
              node = NODES.numberNode(p.getBigIntegerValue());
          }
          break;
        case VALUE_NUMBER_FLOAT:
          if (GoYamlScalars.isInfinityOrNaN(p.getText())) {
            JsonLocation loc = p.currentTokenLocation();
            throw new ResourceReadException(index, null, null, "", loc.getLineNr(), loc.getColumnNr(),
                "the value " + p.getText() + " is a float infinity or not-a-number, which Kubernetes' reader cannot"
                    + " turn into JSON; quote it to make it text", null);
          }
          checkNumber();
          try {
            node = NODES.numberNode(p.getDecimalValue());
          } catch (JacksonException notADecimal) {
            // SnakeYAML takes base-60 forms (1:20.5) for floats; go-yaml v2 keeps them as text.
            node = NODES.textNode(p.getText());
          }
          break;
        case VALUE_TRUE:
          node = NODES.booleanNode(true);
          break;
        case VALUE_FALSE:
          node = NODES.booleanNode(false);
          break;
        case VALUE_NULL:
          node = NODES.nullNode();
          break;
        default:
          node = NODES.textNode(p.getText());
      }
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    /**
     * Applies a merge key as go-yaml v2 does, in order: the merged mapping's keys are set where the
     * {@code <<} stands (replacing keys set before it), keys after it replace them; of a list of
     * mappings, the first to hold a key gives its value. Returns the keys merged so far.
     */
    private java.util.Set<String> merge(ObjectNode into, JsonNode value, JsonLocation at, java.util.Set<String> merged) {
      java.util.Set<String> keys = merged == null ? new java.util.HashSet<>() : merged;
      List<JsonNode> sources = new ArrayList<>();
      if (value.isObject()) {
        sources.add(value);
      } else if (value.isArray()) {
        value.forEach(sources::add);
        java.util.Collections.reverse(sources);
      }
      if (sources.isEmpty() && !value.isArray() || sources.stream().anyMatch(v -> !v.isObject())) {
        throw new ResourceReadException(index, null, null, "", at.getLineNr(), at.getColumnNr(),
            "a merge key (<<) needs a mapping or a list of mappings as its value, as Kubernetes' reader does", null);
      }
      for (JsonNode source : sources) {
        source.fields().forEachRemaining(e -> {
          into.set(e.getKey(), e.getValue().deepCopy());
          keys.add(e.getKey());
        });
      }
      return keys;
    }

    private JsonNode alias(String name) {
      JsonNode target = anchors.get(name);
      if (target == null) {
        JsonLocation loc = p.currentTokenLocation();
        throw new ResourceReadException(index, null, null, "", loc.getLineNr(), loc.getColumnNr(),
            "alias *" + name + " refers to no anchor defined before it", null);
      }
      aliasNodes += count(target);
      if (aliasNodes > limits.maxAliasExpansion()) {
        JsonLocation loc = p.currentTokenLocation();
        throw limit(index, loc.getLineNr(), loc.getColumnNr(), "maxAliasExpansion",
            "aliases expand to more than " + limits.maxAliasExpansion() + " nodes");
      }
      return target.deepCopy();
    }

    private int count(JsonNode n) {
      int c = 1;
      for (JsonNode child : n) {
        c += count(child);
        if (c > limits.maxAliasExpansion()) {
          break;
        }
      }
      return c;
    }

    private void checkDepth(int depth) {
      if (depth > limits.maxNestingDepth()) {
        JsonLocation loc = p.currentTokenLocation();
        throw limit(index, loc.getLineNr(), loc.getColumnNr(), "maxNestingDepth",
            "nesting deeper than " + limits.maxNestingDepth() + " levels");
      }
    }

    /**
     * Bounds a number literal before it is converted: {@code 1e100000000} is 93 bytes of YAML but a
     * number of a hundred million digits once written without an exponent, and no Kubernetes field
     * (int64, or a float64 up to about 1.8e308) holds one with more than a few hundred digits.
     */
    private void checkNumber() throws IOException {
      String text = p.getText();
      int e = Math.max(text.indexOf('e'), text.indexOf('E'));
      String mantissa = e < 0 ? text : text.substring(0, e);
      boolean tooLong = mantissa.length() > MAX_NUMBER_DIGITS;
      boolean exponentTooLarge = false;
      if (e >= 0) {
        String exponent = text.substring(e + 1).replace("+", "");
        try {
          exponentTooLarge = Math.abs(Long.parseLong(exponent)) > MAX_NUMBER_EXPONENT;
        } catch (NumberFormatException overflow) {
          exponentTooLarge = true;
        }
      }
      if (tooLong || exponentTooLarge) {
        JsonLocation loc = p.currentTokenLocation();
        throw new ResourceReadException(index, null, null, "", loc.getLineNr(), loc.getColumnNr(),
            "the number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + " is out of range: "
                + (tooLong ? "more than " + MAX_NUMBER_DIGITS + " digits" : "an exponent beyond ±" + MAX_NUMBER_EXPONENT)
                + " (no Kubernetes or Calico field holds such a number)", null);
      }
    }

    private void checkSize() {
      tokensSinceSizeCheck = 0;
      JsonLocation loc = p.currentTokenLocation();
      long offset = loc.getCharOffset();
      if (offset >= 0 && offset - startOffset > limits.maxDocumentChars()) {
        throw limit(index, loc.getLineNr(), loc.getColumnNr(), "maxDocumentChars",
            "the document is longer than " + limits.maxDocumentChars() + " characters");
      }
    }
  }

  private static ResourceReadException limit(int index, int line, int column, String name, String what) {
    return new ResourceReadException(index, null, null, "", line, column,
        what + " (limit ReadLimits." + name + ")", null);
  }

  private static ResourceReadException parseError(int index, JacksonException e, TrackedReader read) {
    int line = 0;
    int column = 0;
    String problem = e.getOriginalMessage();
    Throwable c = e.getCause();
    if (c instanceof org.yaml.snakeyaml.reader.ReaderException) {
      // A character YAML does not allow (NUL, most control characters): SnakeYAML gives its place as a
      // code point index in the stream, which is turned into the line and column where it stands.
      org.yaml.snakeyaml.reader.ReaderException r = (org.yaml.snakeyaml.reader.ReaderException) c;
      int[] lc = read.lineAndColumn(r.getPosition());
      return new ResourceReadException(index, null, null, "", lc[0], lc[1], String.format(java.util.Locale.ROOT,
          "the character U+%04X is not allowed in YAML (write it as an escape in a double-quoted string)",
          r.getCodePoint()), e);
    }
    if (c instanceof MarkedYAMLException) {
      // SnakeYAML's own mark is exact where Jackson's location lags behind.
      MarkedYAMLException m = (MarkedYAMLException) c;
      if (m.getProblemMark() != null) {
        line = m.getProblemMark().getLine() + 1;
        column = m.getProblemMark().getColumn() + 1;
      }
      problem = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
      if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
        problem = "a tab is used for indentation; YAML allows only spaces (" + problem + ")";
      }
    } else if (e.getLocation() != null) {
      line = e.getLocation().getLineNr();
      column = e.getLocation().getColumnNr();
    }
    if (problem != null && problem.contains("org.yaml.snakeyaml.events.")) {
      problem = withoutEventNames(problem);
    }
    if (problem != null && problem.startsWith("Duplicate field")) {
      problem = "duplicate key: " + problem;
    }
    return new ResourceReadException(index, null, null, "", line, column, String.valueOf(problem), e);
  }

  private static final java.util.regex.Pattern EVENT =
      java.util.regex.Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\((?:anchor=([^,)]*))?[^>]*>");

  /**
   * Jackson names SnakeYAML's event classes where YAML has a construct the JSON model cannot take (an
   * alias or a mapping as a key); the message says what the construct is instead.
   */
  static String withoutEventNames(String problem) {
    java.util.regex.Matcher m = EVENT.matcher(problem);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String what;
      switch (m.group(1)) {
        case "Alias": what = "an alias" + (m.group(2) == null || m.group(2).equals("null") ? "" : " (*" + m.group(2) + ")"); break;
        case "MappingStart": what = "a mapping"; break;
        case "SequenceStart": what = "a list"; break;
        case "Scalar": what = "a scalar"; break;
        default: what = "another construct";
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(what));
    }
    m.appendTail(out);
    return out.toString().replace("Expected a field name (Scalar value in YAML), got this instead: ",
        "a key must be a plain or quoted text (as Kubernetes' JSON keys are), found ");
  }

  /**
   * UTF-8 bytes as text; an invalid byte is a {@link ResourceReadException} naming its line and column.
   * Valid input (no replacement character after decoding) is decoded in one step, without the
   * reporting decoder's buffer of two bytes per input byte.
   */
  public static String decode(byte[] utf8) {
    String fast = new String(utf8, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8);
    CharBuffer out = CharBuffer.allocate(utf8.length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (utf8[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(utf8, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new ResourceReadException(0, null, null, "", line, column,
          "invalid UTF-8 at byte " + offset + " (the input must be UTF-8 text)", null);
    }
    d.flush(out);
    out.flip();
    return out.toString();
  }
}
