package dev.calicokit.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML parsers documents are read with, configured as {@link Json}'s YAML mappers read: SnakeYAML's
 * options, Jackson's limits, duplicate keys refused, an empty plain scalar read as null. Apart from
 * {@link Json}, which uses them too, so that reading YAML into trees (which needs no mapper) does not set up its mappers,
 * the first of which costs a short run much of its start-up.
 */
public final class YamlParsers {
  /** Jackson's limits out of the way: SourceReader enforces ReadLimits with messages that name them. */
  static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder().maxNestingDepth(100_000)
      .maxStringLength(Integer.MAX_VALUE).maxDocumentLength(-1).build();
  private static final YAMLFactory FACTORY = newFactory();

  private YamlParsers() {}

  /** A parser over {@code text}, with no codec: trees are built from its tokens. */
  public static JsonParser over(Reader text) {
    try {
      return FACTORY.createParser(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared factory, to copy from; never to be changed. */
  static YAMLFactory factory() {
    return FACTORY;
  }

  /** SnakeYAML's options for reading: a fresh object, since LoaderOptions can be changed. */
  static LoaderOptions loaderOptions() {
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    // SourceReader enforces ReadLimits with messages that name them; SnakeYAML's own bounds stay out of its way.
    loader.setMaxAliasesForCollections(Integer.MAX_VALUE);
    loader.setNestingDepthLimit(Integer.MAX_VALUE);
    loader.setCodePointLimit(Integer.MAX_VALUE);
    return loader;
  }

  /** A new factory configured for reading; each mapper takes one of its own (a mapper becomes its codec). */
  static YAMLFactory newFactory() {
    // Reading only: YAML is written by CanonicalYaml alone, so resources and manifests come out alike.
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(loaderOptions())
        // An empty plain scalar ("data:" with nothing after it) is null in YAML; a quoted '' stays "".
        .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    factory.setStreamReadConstraints(READ_CONSTRAINTS);
    return factory;
  }
}
