package org.vlrobs.jvm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.io.FileMoves;

/**
 * Class-data sharing (Java's AppCDS) for the child JVMs this program starts: the first child of its kind after a
 * build records the names of the classes it loads ({@code -XX:DumpLoadedClassList}); when it has exited normally a
 * background process builds an archive of those classes ({@code -Xshare:dump}), and later children map the archive
 * ({@code -XX:SharedArchiveFile}) instead of reading, parsing and verifying the same classes from the jars again.
 * {@code bin/vlr} does the same for the command's own JVM, with the same files, rules and background process
 * ({@link #main}).
 *
 * <p>Safety: an archive's name holds a key of the Java (its real home, version and {@code libjvm}'s size and
 * time), the JVM options and every class-path entry (path, size, modification time), so another Java or any
 * changed jar makes a new archive and the old one is never used (the JVM also checks the jars itself). Class
 * paths with anything but jar files (class folders, as in the build's tests) get no archive: the JVM cannot
 * archive classes from folders. A new archive is written under a temporary name, kept only when the recording
 * JVM exited normally and a separate {@code java -Xshare:on} mapped it successfully, then renamed into place with
 * its size recorded beside it ({@code .ok}); an archive whose size differs from the record (truncated: the JVM
 * would crash mapping it) is removed and the child starts without it. One process at a time records and builds an
 * archive (a lock file); the others start normally meanwhile. Every failure falls back to a normal start, with a
 * log line.
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

  /**
   * Records the names of the classes the child loads ({@code -XX:DumpLoadedClassList}, a few hundred kB, no
   * measurable cost); when it has exited normally, a background process ({@link #main}) builds the archive from
   * that list ({@code -Xshare:dump}), checks it and moves it into place, so that no run waits for the archive.
   */
  public static final class Record implements Plan {
    private final Path archive;
    private final Path classList;
    private final Path lock;
    private final Path java;
    private final List<String> jvmOptions;
    private final String classpath;
    private Process background;
    private boolean done;

    Record(Path archive, Path classList, Path lock, Path java, List<String> jvmOptions, String classpath) {
      this.archive = archive;
      this.classList = classList;
      this.lock = lock;
      this.java = java;
      this.jvmOptions = jvmOptions;
      this.classpath = classpath;
    }

    @Override
    public List<String> options() {
      return List.of("-XX:DumpLoadedClassList=" + classList);
    }

    @Override
    public String describe() {
      return "recording its classes for the class-data archive " + archive;
    }

    Path archive() {
      return archive;
    }

    Path classList() {
      return classList;
    }

    /** The background process building the archive (null: none started). */
    synchronized Process background() {
      return background;
    }

    @Override
    public synchronized void exited(int exitCode) {
      if (done) {
        return;
      }
      done = true;
      try {
        if (exitCode == 0 && Files.isRegularFile(classList) && Files.size(classList) > 0) {
          List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
              ownClasspath(), ClassDataSharing.class.getName(), archive.toString(), classList.toString(),
              lock.toString(), java.toString(), classpath));
          cmd.addAll(jvmOptions);
          background = new ProcessBuilder(cmd).redirectErrorStream(true)
              .redirectOutput(archive.resolveSibling(archive.getFileName() + ".log").toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
          LOG.info("class-data archive {}: building it in the background (process {})", archive.getFileName(),
              background.pid());
          return;
        }
        LOG.info("class-data archive {} not built: the JVM exited with {}", archive.getFileName(), exitCode);
      } catch (IOException | RuntimeException e) {
        LOG.warn("class-data archive {} not built: {}", archive.getFileName(), e.toString());
      }
      FileMoves.deleteQuietly(classList);
      FileMoves.deleteQuietly(lock);
    }
  }

  /** The class path of this class (and slf4j), for the background process. */
  private static String ownClasspath() {
    List<String> parts = new ArrayList<>();
    for (Class<?> c : List.of(ClassDataSharing.class, Logger.class)) {
      try {
        parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (java.net.URISyntaxException | RuntimeException e) {
        // not a file
      }
    }
    parts.add(System.getProperty("java.class.path", ""));
    return String.join(File.pathSeparator, parts);
  }

  /**
   * The background process: {@code <archive> <class list> <lock> <java> <class path> <jvm options...>}. Builds
   * the archive from the class list under a temporary name, maps it with {@code -Xshare:on} (any failure is fatal
   * there), records its size, moves it into place; removes the class list and the lock in every case. Also run by
   * {@code bin/vlr} for the command's own JVM. Exit 0 when the archive was kept.
   */
  public static void main(String[] args) {
    Path archive = Path.of(args[0]);
    Path classList = Path.of(args[1]);
    Path lock = Path.of(args[2]);
    Path java = Path.of(args[3]);
    String classpath = args[4];
    List<String> jvmOptions = List.of(args).subList(5, args.length);
    String failed = build(archive, classList, java, jvmOptions, classpath, lock);
    System.out.println(failed == null ? "class-data archive " + archive + " created"
        : "class-data archive " + archive + " not kept: " + failed);
    System.exit(failed == null ? 0 : 1);
  }

  /** Builds, checks and moves the archive into place; null when kept, else why not. */
  static String build(Path archive, Path classList, Path java, List<String> jvmOptions, String classpath,
      Path lock) {
    Path temporary = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      List<String> dump = new ArrayList<>();
      dump.add(java.toString());
      dump.addAll(jvmOptions);
      // not the thousands of warnings on classes CDS cannot archive (generated, from signed jars, old formats)
      dump.addAll(List.of("-Xlog:disable", "-Xlog:all=error:stderr", "-Xshare:dump",
          "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + temporary, "-cp", classpath));
      String failed = runJava(dump, 600);
      if (failed != null) {
        return "java -Xshare:dump " + failed;
      }
      if (!Files.isRegularFile(temporary) || Files.size(temporary) == 0) {
        return "java -Xshare:dump wrote nothing";
      }
      List<String> verify = new ArrayList<>();
      verify.add(java.toString());
      verify.addAll(jvmOptions);
      verify.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + temporary, "-cp", classpath, "-version"));
      failed = runJava(verify, 120);
      if (failed != null) {
        return "java -Xshare:on could not map it: " + failed;
      }
      long size = Files.size(temporary);
      removeOthers(archive, newest(classpath));
      // the size record first: an archive without it would be taken for a damaged one
      Path okTmp = archive.resolveSibling(archive.getFileName() + ".ok." + ProcessHandle.current().pid());
      Files.writeString(okTmp, size + "\n", StandardCharsets.US_ASCII);
      FileMoves.replace(okTmp, okFile(archive));
      FileMoves.replace(temporary, archive);
      return null;
    } catch (IOException | RuntimeException e) {
      return e.toString();
    } finally {
      FileMoves.deleteQuietly(temporary);
      FileMoves.deleteQuietly(classList);
      FileMoves.deleteQuietly(lock);
    }
  }

  /** Runs a JVM; null when it exited with 0 in time, else what happened. */
  private static String runJava(List<String> cmd, int seconds) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "took more than " + seconds + " s";
      }
      return p.exitValue() == 0 ? null : "exited with " + p.exitValue();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** The newest modification time of the class path's jars (a {@code dir/*} entry: of the folder's jars). */
  private static long newest(String classpath) {
    long newest = 0;
    for (String entry : classpath.split(File.pathSeparator)) {
      try {
        if (entry.endsWith("*")) {
          Path dir = Path.of(entry.substring(0, entry.length() - 1));
          try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path p : ds) {
              newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
            }
          }
        } else if (!entry.isEmpty()) {
          newest = Math.max(newest, Files.getLastModifiedTime(Path.of(entry)).toMillis());
        }
      } catch (IOException | RuntimeException e) {
        // not there: no bound from it
      }
    }
    return newest;
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
        FileMoves.deleteQuietly(archive);
        FileMoves.deleteQuietly(ok);
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
      Path classList = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
          + System.nanoTime() + ".classlist");
      return new Record(archive, classList, lock, java, jvmOptions, String.join(File.pathSeparator, classpath));
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
  static void removeOthers(Path archive, long newestInput) {
    String name = archive.getFileName().toString();
    String role = name.substring(0, name.lastIndexOf('-') + 1);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(archive.getParent(), role + "*")) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.startsWith(name)) {
          if ((n.endsWith(".tmp") || n.endsWith(".classlist")) && Files.getLastModifiedTime(p).toMillis()
              < System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1)) {
            FileMoves.deleteQuietly(p);
          }
          continue;
        }
        // another key: an earlier build's (older than the newest jar of this class path) is never used again
        if ((n.endsWith(".jsa") || n.endsWith(".jsa.ok")) && Files.getLastModifiedTime(p).toMillis() < newestInput) {
          FileMoves.deleteQuietly(p);
        }
      }
    } catch (IOException e) {
      // old archives stay: they are never used
    }
  }
}
