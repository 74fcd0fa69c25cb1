package dev.calicokit.model.internal;

import dev.calicokit.model.io.SourceDocument;
import dev.calicokit.model.io.SourceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * A large stream read in two parts side by side, trees and comments of each in one scan: the text is
 * cut at a document start line near its middle, the second part read on another core while the caller
 * reads the first, and the parts joined, the second's documents numbered on and its lines moved down.
 * Reading YAML is most of what reading a manifest costs, and a second core nearly halves it.
 *
 * <p>The result is the one reading the whole text gives: a line that starts with {@code ---} and a
 * space or its end starts a document wherever it stands (no scalar runs on past it, and a quoted one
 * it would break is an error), so cutting there changes neither trees, nor document numbers, nor
 * comments. Wherever that might not hold, or the parts cannot tell what the whole would (a directive
 * line, a part without documents, any error or limit in either part, more documents than the limit
 * allows), the answer is empty and the caller reads the whole text in one scan, for the same result or
 * the same error.
 */
public final class PartedRead {
  /** Below this many characters, a text is read in one scan: handing half over costs more than it saves. */
  public static final int FROM_CHARACTERS = 64 * 1024;

  /** The documents of the stream, and their comments. */
  public record Read(List<SourceDocument> sources, CommentReader comments) {}

  private PartedRead() {}

  /** The documents of {@code text} (without a byte-order mark) read in two parts, where that is sure to be right. */
  public static Optional<Read> read(String text, SourceReader reader) {
    if (text.length() < FROM_CHARACTERS || text.length() > reader.limits().maxTotalChars() || !ParallelWork.enabled()
        || hasDirective(text)) {
      return Optional.empty();
    }
    int cut = documentStartNear(text, text.length() / 2);
    if (cut <= 0) {
      return Optional.empty();
    }
    String second = text.substring(cut);
    ForkJoinTask<Optional<Read>> later = ForkJoinPool.commonPool().submit(() -> part(second, reader));
    Optional<Read> first = part(text.substring(0, cut), reader);
    Optional<Read> rest = later.join();
    if (first.isEmpty() || rest.isEmpty()
        || first.get().sources().size() + rest.get().sources().size() > reader.limits().maxDocuments()) {
      return Optional.empty();
    }
    int documentsBefore = first.get().sources().size();
    int linesBefore = lineBreaks(text, cut);
    List<SourceDocument> sources = new ArrayList<>(first.get().sources());
    for (SourceDocument s : rest.get().sources()) {
      sources.add(new SourceDocument(s.index() + documentsBefore, s.line() + linesBefore, s.tree()));
    }
    return Optional.of(new Read(sources, CommentReader.joined(first.get().comments(), documentsBefore, rest.get().comments())));
  }

  /** One part's documents and comments; empty where the part fails or could mean otherwise alone. */
  private static Optional<Read> part(String text, SourceReader reader) {
    try {
      List<SourceDocument> sources = new ArrayList<>();
      CommentReader comments;
      if (text.indexOf('#') < 0) {
        reader.read(text, sources::add);
        comments = CommentReader.read(text); // none: answered without a pass
      } else {
        CommentReader.Collector collector = new CommentReader.Collector();
        reader.read(text, body -> CommentTeeParser.over(body, collector), sources::add);
        comments = collector.result();
      }
      boolean whole = !sources.isEmpty() && comments.orphans().isEmpty()
          && comments.documentCount() <= sources.size();
      return whole ? Optional.of(new Read(sources, comments)) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty(); // reported, or read differently, by the one scan of the whole text
    }
  }

  /** The offset of the document start line nearest after {@code from}, else before it; -1 when there is none. */
  static int documentStartNear(String text, int from) {
    for (int at = text.indexOf("\n---", from); at >= 0; at = text.indexOf("\n---", at + 1)) {
      if (endsMarker(text, at + 4)) {
        return at + 1;
      }
    }
    for (int at = text.lastIndexOf("\n---", from); at >= 0; at = text.lastIndexOf("\n---", at - 1)) {
      if (endsMarker(text, at + 4)) {
        return at + 1;
      }
    }
    return -1;
  }

  /** Whether the marker's three dashes end at {@code at}: a space, a tab, a line break or the end follows. */
  private static boolean endsMarker(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    char c = text.charAt(at);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Whether a line starts with '%': a directive, which holds for the document after it. */
  private static boolean hasDirective(String text) {
    return text.startsWith("%") || text.contains("\n%");
  }

  private static int lineBreaks(String text, int end) {
    int n = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      n++;
    }
    return n;
  }
}
