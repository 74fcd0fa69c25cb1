package dev.calicokit.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Jackson's YAML parser over a SnakeYAML parser with comments turned on: every event goes to a
 * {@link CommentReader.Collector} on its way, and comment events go there alone (Jackson would not
 * know them). The tree reader and the comment reader thus share one scan of the text, which was the
 * largest single cost of reading a commented manifest a second time.
 */
public final class CommentTeeParser extends YAMLParser {
  private final CommentReader.Collector comments;

  private CommentTeeParser(IOContext ctxt, int parserFeatures, int formatFeatures, ObjectCodec codec, Reader reader,
      ParserImpl events, CommentReader.Collector comments) {
    super(ctxt, parserFeatures, formatFeatures, codec, reader, events);
    this.comments = comments;
  }

  /**
   * A parser over {@code body} configured as {@link Json}'s YAML reader (same features, limits and
   * SnakeYAML options), whose events also feed {@code comments}.
   */
  public static JsonParser over(Reader body, CommentReader.Collector comments) {
    try {
      return new Factory(YamlParsers.factory(), comments).createParser(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Event getEvent() throws IOException {
    Event e = super.getEvent();
    while (e != null && e.getEventId() == Event.ID.Comment) {
      comments.accept(e);
      e = super.getEvent();
    }
    if (e != null) {
      comments.accept(e);
    }
    return e;
  }

  /** Json's YAML factory (copied: features, limits) making tee parsers. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;
    private final transient CommentReader.Collector comments;

    Factory(YAMLFactory like, CommentReader.Collector comments) {
      super(like, null);
      this.comments = comments;
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
      LoaderOptions options = YamlParsers.loaderOptions();
      options.setProcessComments(true);
      return new CommentTeeParser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, r,
          new ParserImpl(new StreamReader(r), options), comments);
    }
  }
}
