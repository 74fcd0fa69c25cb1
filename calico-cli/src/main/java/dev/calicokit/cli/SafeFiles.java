package dev.calicokit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the target's own folder, are
 * flushed to the disk, and the temporary file is then renamed over the target, so a full disk, a kill
 * or a crash leaves either the old content or the new, never a file cut mid-line. The target's mode
 * (and owner, where the process may set it) is kept; a symbolic link is followed and its target
 * written, the link left as it is. The temporary file is removed on every failure and, through a
 * shutdown hook, when the process is stopped with SIGTERM or SIGINT.
 */
final class SafeFiles {
  /** Temporary files being written now: what the shutdown hook removes. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(SafeFiles::deleteQuietly),
        "calico-remove-temporary-files"));
  }

  private SafeFiles() {}

  /** Writes {@code bytes} to {@code target} as described above; the target's folder must exist. */
  static void write(Path target, byte[] bytes) throws IOException {
    Path real = resolveLinks(target);
    Path folder = real.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(folder, "." + real.getFileName() + ".", ".calico-tmp");
    IN_FLIGHT.add(tmp);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      keepAttributes(real, tmp);
      try {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      deleteQuietly(tmp); // gone already when the move succeeded
      IN_FLIGHT.remove(tmp);
    }
  }

  /** The file a path names once every symbolic link on the way is followed (it may not exist yet). */
  private static Path resolveLinks(Path target) throws IOException {
    Path p = target;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops > 40) {
        throw new IOException("too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(p);
      p = p.toAbsolutePath().getParent().resolve(link);
    }
    return p;
  }

  /**
   * Gives the new file the old one's mode, and its owner and group where the process may (as root, or
   * as the owner for a group it belongs to); the temporary file was created with mode 0600.
   */
  private static void keepAttributes(Path old, Path fresh) throws IOException {
    PosixFileAttributeView oldView = Files.getFileAttributeView(old, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (oldView == null || !Files.exists(old)) {
      if (oldView != null) {
        // A new file: the mode a plain write would give it (0666 less a usual umask of 022).
        Files.setPosixFilePermissions(fresh, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
      return;
    }
    PosixFileAttributes attributes = oldView.readAttributes();
    Files.setPosixFilePermissions(fresh, attributes.permissions());
    PosixFileAttributeView freshView = Files.getFileAttributeView(fresh, PosixFileAttributeView.class);
    try {
      freshView.setGroup(attributes.group());
      freshView.setOwner(attributes.owner());
    } catch (IOException | SecurityException notAllowed) {
      // Only root may give a file away; the mode is what matters for who may read it.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // Nothing more to do: the file is in the target's folder, named after it, and says what it is.
    }
  }
}
