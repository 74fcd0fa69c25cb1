package dev.calicokit.builders.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Tells Calico's own comments (those of its official manifests: {@code # Source: calico/templates/...}
 * and the remarks of its chart) from a user's. The renderer writes none of Calico's comments, since their
 * words are Calico's, not ours; for the same reason this class holds no comment text either, only a
 * digest of each (the first 8 bytes of the SHA-256 of the text without surrounding blanks), in
 * {@code calico-comments.txt}. {@code CalicoCommentsTest} checks that every comment of every official
 * file of every release is recognised and prints the digests to add when a release brings new ones.
 */
public final class CalicoComments {
  private static final Set<String> DIGESTS = load();

  private CalicoComments() {}

  /** Whether a comment with this text (what followed the {@code #}) is one of Calico's official files'. */
  public static boolean isCalicos(String text) {
    return DIGESTS.contains(digest(text));
  }

  /** The digest of a comment's text, as the resource lists it. */
  public static String digest(String text) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = CalicoComments.class.getResourceAsStream("calico-comments.txt")) {
      if (in == null) {
        throw new IllegalStateException("calico-comments.txt is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
