package dev.calicokit.model.internal;

import java.lang.reflect.Field;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Keeps SnakeYAML's reading linear in the length of a token. Its {@link StreamReader} reads 1,024
 * characters at a time and copies the whole window of code points it holds on every read; the window
 * starts at the token being scanned, so one scalar of n characters costs n²/1,024 copies (an 8 MiB
 * scalar took 12 s, 4 MiB 3 s). With a read buffer of 1 MiB the same scalar takes eight reads. The
 * buffer is a private field without a setting, so it is replaced by reflection; where that is not
 * allowed the reader stays as it is, slower on huge tokens but correct.
 */
public final class SnakeYamlBuffer {
  private static final int CHARS = 1 << 20;
  private static final Field BUFFER = field(StreamReader.class, "buffer");
  private static final Field YAML_PARSER = field(com.fasterxml.jackson.dataformat.yaml.YAMLParser.class, "_yamlParser");
  private static final Field SCANNER = field(org.yaml.snakeyaml.parser.ParserImpl.class, "scanner");
  private static final Field READER = field(org.yaml.snakeyaml.scanner.ScannerImpl.class, "reader");

  private SnakeYamlBuffer() {}

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Enlarges the read buffer of a reader not read from yet; returns it. */
  public static StreamReader enlarge(StreamReader reader) {
    if (BUFFER != null) {
      try {
        BUFFER.set(reader, new char[CHARS + 1]);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // left as it is
      }
    }
    return reader;
  }

  /** Enlarges the read buffer under a Jackson YAML parser before its first token. */
  public static void enlarge(Object jacksonParser) {
    if (YAML_PARSER == null || SCANNER == null || READER == null
        || !(jacksonParser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser)) {
      return;
    }
    try {
      Object scanner = SCANNER.get(YAML_PARSER.get(jacksonParser));
      if (scanner instanceof org.yaml.snakeyaml.scanner.ScannerImpl) {
        enlarge((StreamReader) READER.get(scanner));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // left as it is
    }
  }
}
