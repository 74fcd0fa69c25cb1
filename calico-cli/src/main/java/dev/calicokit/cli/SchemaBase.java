package dev.calicokit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * Where the schemas that {@code calico schema --out} wrote are, as {@code fmt --schema-comment} names
 * them in a {@code # yaml-language-server: $schema=...} line: a URL (kept as given, the catalog's file
 * appended) or a folder on this machine (named relative to each formatted file's folder, since that is
 * how yaml-language-server resolves a relative path, so the line stays true wherever the repository is
 * checked out).
 */
final class SchemaBase {
  /** A URL has a scheme followed by {@code ://} (https, http, file); anything else is a folder. */
  private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://\\S+$");

  private final String url;
  private final Path dir;

  private SchemaBase(String url, Path dir) {
    this.url = url;
    this.dir = dir;
  }

  /**
   * The base a user wrote: a URL, or a folder that exists. A path holding white space is refused:
   * yaml-language-server ends the schema's location at the first white space.
   */
  static SchemaBase parse(String text) {
    Objects.requireNonNull(text, "text");
    if (URL.matcher(text).matches()) {
      return new SchemaBase(text.endsWith("/") ? text.substring(0, text.length() - 1) : text, null);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("expected a URL or a folder, found nothing");
    }
    Path dir = Paths.get(text);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no such folder '" + text + "' (write the schemas first with"
          + " 'calico schema --version V --out " + text + "', or give a URL)");
    }
    return new SchemaBase(null, dir.toAbsolutePath().normalize());
  }

  /** Whether the base is a folder on this machine, whose files can be looked at. */
  boolean isFolder() {
    return dir != null;
  }

  /** Whether the folder holds this catalog file ({@code group/kind_version.json}); a URL is taken on trust. */
  boolean holds(String catalogFile) {
    return dir == null || Files.isRegularFile(dir.resolve(catalogFile));
  }

  /**
   * The location of a catalog file as a {@code $schema=} line names it for a file in {@code folder}:
   * the URL with the file appended, or the path from that folder to the file, with {@code /}.
   */
  String location(String catalogFile, Path folder) {
    if (dir == null) {
      return url + "/" + catalogFile;
    }
    Path from = folder.toAbsolutePath().normalize();
    String relative = from.relativize(dir.resolve(catalogFile)).toString().replace('\\', '/');
    if (relative.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("--schema-base: the path " + relative + " from " + from + " holds white"
          + " space, where yaml-language-server ends a schema's location; give a URL (file:///...) or another folder");
    }
    return relative;
  }

  @Override
  public String toString() {
    return dir == null ? url : dir.toString();
  }

  /** picocli's converter for {@code --schema-base}. */
  static final class Converter implements ITypeConverter<SchemaBase> {
    @Override
    public SchemaBase convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
