package dev.calicokit.model.internal;

import dev.calicokit.model.io.JsonPointers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads the comments of a YAML stream that {@link dev.calicokit.model.io.SourceReader} has read already
 * (so it parses and is within the limits), one {@link YamlComments} per document, empty documents
 * counted as the reader counts them, from SnakeYAML's events with comments turned on: either in a
 * pass of its own ({@link #read}) or, through {@link Collector}, in the tree reader's pass
 * ({@link CommentTeeParser}), since Jackson's YAML parser would not know comment events.
 *
 * <p>Where a comment goes is decided by position, not by SnakeYAML's own comment types (it calls a
 * line after a block scalar "in line"): a comment with content before it on its line belongs to the
 * end of the line of the last key or list item that started before it; a comment on a line of its own
 * belongs before the next key or list item, or to the document's head when no node came before it and
 * its tail when none follows. {@link #orphans} holds the comments of a stream without any document.
 */
public final class CommentReader {
  private final List<YamlComments> documents = new ArrayList<>();
  private final List<String> orphans = new ArrayList<>();

  private CommentReader() {}

  /** The comments of every document of the text, empty documents included. */
  public static CommentReader read(String text) {
    CommentReader r = new CommentReader();
    if (text.indexOf('#') >= 0) {
      try {
        r.scan(text);
      } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
        // SnakeYAML reads some inputs differently with comments on (a tag before a comment); rather than
        // lose the comments without a word, the file is refused where their pass stopped.
        org.yaml.snakeyaml.error.Mark m = e.getProblemMark();
        throw new dev.calicokit.model.io.ResourceReadException(r.documents.size(), null, null, "",
            m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
            "the comments cannot be read back in place here (" + e.getProblem() + "); nothing was written", e);
      } catch (RuntimeException e) {
        throw new dev.calicokit.model.io.ResourceReadException(r.documents.size(), null, null, "", 0, 0,
            "the comments cannot be read back in place; nothing was written", e);
      }
    }
    return r;
  }

  /**
   * The comments of a stream read in two parts, the second starting at a document start: the first
   * part's {@code firstDocuments} documents (those after its last comment have none), then the
   * second's. Neither part may have orphans (comments of no document).
   */
  public static CommentReader joined(CommentReader first, int firstDocuments, CommentReader second) {
    if (!first.orphans.isEmpty() || !second.orphans.isEmpty() || first.documents.size() > firstDocuments) {
      throw new IllegalArgumentException("the parts of a stream do not join: comments of no document");
    }
    CommentReader r = new CommentReader();
    r.documents.addAll(first.documents);
    while (r.documents.size() < firstDocuments) {
      r.documents.add(YamlComments.NONE);
    }
    r.documents.addAll(second.documents);
    return r;
  }

  /** How many documents the stream had, empty ones included. */
  public int documentCount() {
    return documents.size();
  }

  /** The comments of document {@code index} (0-based, empty documents counted); none past the end. */
  public YamlComments document(int index) {
    return index < documents.size() ? documents.get(index) : YamlComments.NONE;
  }

  /** Comments of a stream that has no document to hold them. */
  public List<String> orphans() {
    return orphans;
  }

  /** A node a comment can be attached to: a mapping key's entry or a list item. */
  private record Node(String pointer) {}

  /** A comment and how many nodes its document had started before it. */
  private record Comment(String text, boolean ownLine, int nodesBefore) {}

  /** Where the walk is inside a mapping or a list. */
  private static final class Frame {
    final String pointer;
    final boolean mapping;
    boolean expectKey = true;
    String keyPointer;
    int index;

    Frame(String pointer, boolean mapping) {
      this.pointer = pointer;
      this.mapping = mapping;
    }
  }

  private void scan(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setCodePointLimit(Integer.MAX_VALUE);
    StreamReader reader = new StreamReader(text);
    Parser parser = new ParserImpl(text.length() > 64 * 1024 ? SnakeYamlBuffer.enlarge(reader) : reader, options);
    Collector c = new Collector(this);
    while (parser.peekEvent() != null) {
      c.accept(parser.getEvent());
    }
  }

  /**
   * Takes SnakeYAML's events of a stream, comments on, one at a time, as {@link CommentTeeParser} hands
   * them over while the tree reader reads the same stream: one pass for both.
   */
  public static final class Collector {
    private final CommentReader result;
    private final List<String> pending = new ArrayList<>(); // comments between documents
    private List<Node> nodes;
    private List<Comment> comments;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private int lastContentLine = -1;
    private boolean ended;

    public Collector() {
      this(new CommentReader());
    }

    private Collector(CommentReader result) {
      this.result = result;
    }

    /** The comments of the stream, once its last event has been taken. */
    public CommentReader result() {
      if (!ended) {
        throw new IllegalStateException("the stream has not ended");
      }
      return result;
    }

    /** Takes the next event of the stream. */
    public void accept(Event e) {
      switch (e.getEventId()) {
        case DocumentStart:
          nodes = new ArrayList<>();
          comments = new ArrayList<>();
          stack.clear();
          for (String c : pending) {
            comments.add(new Comment(c, true, 0));
          }
          pending.clear();
          if (e.getEndMark().getIndex() > e.getStartMark().getIndex()) {
            lastContentLine = e.getEndMark().getLine();
          }
          break;
        case DocumentEnd:
          result.finish(nodes, comments);
          nodes = null;
          comments = null;
          break;
        case Comment:
          CommentEvent c = (CommentEvent) e;
          if (c.getCommentType() == org.yaml.snakeyaml.comments.CommentType.BLANK_LINE) {
            break;
          }
          if (comments == null) {
            pending.add(c.getValue().stripTrailing());
          } else {
            boolean ownLine = c.getStartMark().getLine() != lastContentLine;
            comments.add(new Comment(c.getValue().stripTrailing(), ownLine, nodes.size()));
          }
          break;
        case Scalar:
        case Alias:
        case MappingStart:
        case SequenceStart:
          if (nodes != null) {
            node(e, stack, nodes);
          }
          lastContentLine = contentEndLine(e, lastContentLine);
          break;
        case MappingEnd:
        case SequenceEnd:
          stack.pollFirst();
          lastContentLine = contentEndLine(e, lastContentLine);
          break;
        case StreamEnd:
          if (!pending.isEmpty()) {
            if (result.documents.isEmpty()) {
              result.orphans.addAll(pending);
            } else {
              int last = result.documents.size() - 1;
              result.documents.set(last, result.documents.get(last).withTailLast(pending));
            }
            pending.clear();
          }
          ended = true;
          break;
        default:
          break;
      }
    }
  }

  /** Registers a key or list item where the event starts one, and enters collections. */
  private static void node(Event e, Deque<Frame> stack, List<Node> nodes) {
    Frame top = stack.peekFirst();
    String pointer;
    if (top == null) {
      pointer = "";
    } else if (top.mapping && top.expectKey) {
      String key = e instanceof ScalarEvent ? ((ScalarEvent) e).getValue() : "?";
      pointer = JsonPointers.child(top.pointer, key);
      nodes.add(new Node(pointer));
      top.keyPointer = pointer;
      top.expectKey = false;
    } else if (top.mapping) {
      pointer = top.keyPointer;
      top.expectKey = true;
    } else {
      pointer = top.pointer + "/" + top.index++;
      nodes.add(new Node(pointer));
    }
    if (e instanceof CollectionStartEvent) {
      stack.addFirst(new Frame(pointer, e.getEventId() == Event.ID.MappingStart));
    }
  }

  /**
   * The line on which content last ended: a block scalar ends at the start of the line after it, which
   * holds none of it; block collections start and end without a width of their own.
   */
  private static int contentEndLine(Event e, int previous) {
    Mark start = e.getStartMark();
    Mark end = e.getEndMark();
    if (end.getIndex() <= start.getIndex()) {
      return previous;
    }
    if (end.getColumn() == 0 && end.getLine() > start.getLine()) {
      return end.getLine() - 1;
    }
    return end.getLine();
  }

  private void finish(List<Node> nodes, List<Comment> comments) {
    YamlComments.Builder b = new YamlComments.Builder();
    for (Comment c : comments) {
      if (c.nodesBefore() == 0) {
        b.head(c.text());
      } else if (!c.ownLine()) {
        b.endOfLine(nodes.get(c.nodesBefore() - 1).pointer(), c.text());
      } else if (c.nodesBefore() < nodes.size()) {
        b.before(nodes.get(c.nodesBefore()).pointer(), c.text());
      } else {
        b.tail(c.text());
      }
    }
    documents.add(b.build());
  }
}
