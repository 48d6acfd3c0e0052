package org.vlrobs.jvm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class-data sharing (Java's AppCDS, dynamic archives) for the child JVMs this program starts: the classes a
 * child loads are archived when the first child of its kind exits ({@code -XX:ArchiveClassesAtExit}), and later
 * children map the archive ({@code -XX:SharedArchiveFile}) instead of reading, parsing and verifying the same
 * classes from the jars again. {@code bin/vlr} does the same for the command's own JVM, with the same files and
 * rules.
 *
 * <p>Safety: an archive's name holds a key of the Java (its real home, version and {@code libjvm}'s size and
 * time), the JVM options and every class-path entry (path, size, modification time), so another Java or any
 * changed jar makes a new archive and the old one is never used (the JVM also checks the jars itself). Class
 * paths with anything but jar files (class folders, as in the build's tests) get no archive: the JVM cannot
 * archive classes from folders. A new archive is written under a temporary name, kept only when its JVM exited
 * normally and a separate {@code java -Xshare:on} mapped it successfully, then renamed into place with its size
 * recorded beside it ({@code .ok}); an archive whose size differs from the record (truncated: the JVM would crash
 * mapping it) is removed and the child starts without it. One process at a time creates an archive (a lock
 * file); the others start normally meanwhile. Every failure falls back to a normal start, with a log line.
 */
public final class ClassDataSharing {
  private static final Logger LOG = LoggerFactory.getLogger(ClassDataSharing.class);
  /** System property: the folder of the archives; unset, no archive is used ({@code bin/vlr} sets it). */
  public static final String DIR_PROPERTY = "vlr.cds.dir";
  /** Options that send the JVM's own messages to stderr (by default they go to stdout). */
  public static final List<String> LOG_TO_STDERR = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");
  /** A lock older than this is left over from a process that died while creating its archive. */
  static final long STALE_LOCK_MILLIS = TimeUnit.MINUTES.toMillis(30);

  private ClassDataSharing() {}

  /** What a child JVM does about class data: its extra options, and what to do when it has exited. */
  public interface Plan {
    /** Options to add to the child's command line before its main class. */
    List<String> options();

    /** Called once the child has exited with this code (negative: killed or not waited for). */
    void exited(int exitCode);

    /** Whether the child writes an archive when it exits (its exit takes longer: wait for it). */
    default boolean creating() {
      return false;
    }

    /** One line for the log. */
    String describe();
  }

  /** No archive: a normal start. */
  public record None(String why) implements Plan {
    @Override
    public List<String> options() {
      return List.of();
    }

    @Override
    public void exited(int exitCode) {}

    @Override
    public String describe() {
      return "no class-data archive (" + why + ")";
    }
  }

  /** Maps an existing archive. */
  public record Use(Path archive) implements Plan {
    @Override
    public List<String> options() {
      return List.of("-XX:SharedArchiveFile=" + archive);
    }

    @Override
    public void exited(int exitCode) {}

    @Override
    public String describe() {
      return "class-data archive " + archive;
    }
  }

  /** Writes the archive at exit, to a temporary file that {@link #exited} checks and renames into place. */
  public static final class Create implements Plan {
    private final Path archive;
    private final Path temporary;
    private final Path lock;
    private final List<String> verifyCommand;
    private final long newestInput;
    private boolean done;

    Create(Path archive, Path temporary, Path lock, List<String> verifyCommand, long newestInput) {
      this.newestInput = newestInput;
      this.archive = archive;
      this.temporary = temporary;
      this.lock = lock;
      this.verifyCommand = verifyCommand;
    }

    @Override
    public List<String> options() {
      // not the thousands of warnings on classes CDS cannot archive (generated, from signed jars, old formats)
      return List.of("-XX:ArchiveClassesAtExit=" + temporary, "-Xlog:cds=off:stderr");
    }

    @Override
    public boolean creating() {
      return true;
    }

    @Override
    public String describe() {
      return "creating class-data archive " + archive + " at exit";
    }

    Path archive() {
      return archive;
    }

    @Override
    public synchronized void exited(int exitCode) {
      if (done) {
        return;
      }
      done = true;
      try {
        if (exitCode != 0 || !Files.isRegularFile(temporary) || Files.size(temporary) == 0) {
          LOG.info("class-data archive {} not kept: the JVM exited with {}", archive.getFileName(), exitCode);
          return;
        }
        String failed = verify();
        if (failed != null) {
          LOG.warn("class-data archive {} not kept: {}", archive.getFileName(), failed);
          return;
        }
        long size = Files.size(temporary);
        removeOthers(archive, newestInput);
        // the size record first: an archive without it would be taken for a damaged one
        Path okTmp = archive.resolveSibling(archive.getFileName() + ".ok." + ProcessHandle.current().pid());
        Files.writeString(okTmp, size + "\n", StandardCharsets.US_ASCII);
        move(okTmp, okFile(archive));
        move(temporary, archive);
        LOG.info("class-data archive {} created ({} MB)", archive, size >> 20);
      } catch (IOException | RuntimeException e) {
        LOG.warn("class-data archive {} not kept: {}", archive.getFileName(), e.toString());
      } finally {
        deleteQuietly(temporary);
        deleteQuietly(lock);
      }
    }

    /** Maps the new archive in a separate JVM with {@code -Xshare:on} (a failure is fatal there); null if fine. */
    private String verify() {
      List<String> cmd = new ArrayList<>(verifyCommand);
      try {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          return "mapping it took more than 60 s";
        }
        return p.exitValue() == 0 ? null : "java -Xshare:on could not map it (exit " + p.exitValue() + ")";
      } catch (IOException e) {
        return "could not check it: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }
  }

  /**
   * The plan for a child JVM.
   *
   * @param dir       the archives' folder (null: none)
   * @param role      what the child is (part of the archive's name: {@code extract-worker})
   * @param java      the child's {@code java} executable
   * @param jvmOptions the child's other JVM options (they are part of the key)
   * @param classpath the child's class path, entry by entry
   */
  public static Plan plan(Path dir, String role, Path java, List<String> jvmOptions, List<String> classpath) {
    if (dir == null) {
      return new None(DIR_PROPERTY + " not set");
    }
    try {
      for (String entry : classpath) {
        Path p = Path.of(entry);
        if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) {
          return new None("class path entry " + entry + " is not a jar file");
        }
      }
      String key = key(role, java, jvmOptions, classpath);
      Files.createDirectories(dir);
      Path archive = dir.resolve(role + "-" + key + ".jsa");
      Path ok = okFile(archive);
      if (Files.isRegularFile(archive)) {
        String recorded = Files.isRegularFile(ok) ? Files.readString(ok, StandardCharsets.US_ASCII).trim() : "";
        if (recorded.equals(String.valueOf(Files.size(archive)))) {
          return new Use(archive);
        }
        LOG.warn("class-data archive {} is damaged ({} bytes, {} recorded): removed; starting without it",
            archive, Files.size(archive), recorded.isEmpty() ? "none" : recorded);
        deleteQuietly(archive);
        deleteQuietly(ok);
      }
      Path lock = archive.resolveSibling(archive.getFileName() + ".lock");
      try {
        Files.createFile(lock);
      } catch (FileAlreadyExistsException e) {
        long age = System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis();
        if (age < STALE_LOCK_MILLIS) {
          return new None("another process is creating " + archive.getFileName());
        }
        Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis()));
      }
      Path temporary = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
          + System.nanoTime() + ".tmp");
      List<String> verify = new ArrayList<>();
      verify.add(java.toString());
      verify.addAll(jvmOptions);
      verify.add("-Xshare:on");
      verify.add("-XX:SharedArchiveFile=" + temporary);
      verify.add("-cp");
      verify.add(String.join(File.pathSeparator, classpath));
      verify.add("-version");
      long newest = 0;
      for (String entry : classpath) {
        newest = Math.max(newest, Files.getLastModifiedTime(Path.of(entry)).toMillis());
      }
      return new Create(archive, temporary, lock, verify, newest);
    } catch (IOException | RuntimeException e) {
      return new None("cannot use " + dir + ": " + e);
    }
  }

  /** The archive's key: a hash of the Java, the JVM options and the class path's files. */
  static String key(String role, Path java, List<String> jvmOptions, List<String> classpath) throws IOException {
    StringBuilder s = new StringBuilder();
    Path realJava = java.toRealPath();
    Path home = realJava.getParent().getParent();
    s.append("role ").append(role).append('\n');
    s.append("java ").append(realJava).append(' ').append(System.getProperty("java.vm.version")).append('\n');
    for (Path p : List.of(home.resolve("lib/server/libjvm.so"), home.resolve("release"))) {
      if (Files.isRegularFile(p)) {
        s.append(p).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis())
            .append('\n');
      }
    }
    for (String o : jvmOptions) {
      s.append("option ").append(o).append('\n');
    }
    for (String entry : classpath) {
      Path p = Path.of(entry).toAbsolutePath();
      s.append("cp ").append(p).append(' ').append(Files.size(p)).append(' ')
          .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path okFile(Path archive) {
    return archive.resolveSibling(archive.getFileName() + ".ok");
  }

  /** Removes this role's archives of an earlier build and temporary files left over for an hour. */
  private static void removeOthers(Path archive, long newestInput) {
    String name = archive.getFileName().toString();
    String role = name.substring(0, name.lastIndexOf('-') + 1);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(archive.getParent(), role + "*")) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.startsWith(name)) {
          if (n.endsWith(".tmp") && Files.getLastModifiedTime(p).toMillis()
              < System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1)) {
            deleteQuietly(p);
          }
          continue;
        }
        // another key: an earlier build's (older than the newest jar of this class path) is never used again
        if ((n.endsWith(".jsa") || n.endsWith(".jsa.ok")) && Files.getLastModifiedTime(p).toMillis() < newestInput) {
          deleteQuietly(p);
        }
      }
    } catch (IOException e) {
      // old archives stay: they are never used
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // left behind
    }
  }
}
