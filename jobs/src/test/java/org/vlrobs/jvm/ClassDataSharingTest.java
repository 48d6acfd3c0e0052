package org.vlrobs.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class-data archives of child JVMs: keyed, created, mapped, and never trusted when damaged or stale. */
class ClassDataSharingTest {
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final List<String> OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC");

  @TempDir
  static Path shared;
  private static Path jar;

  /** A jar with one main class that prints a line and loads a few JDK classes. */
  @BeforeAll
  static void buildJar() throws IOException {
    Path src = shared.resolve("src/Hello.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "public class Hello { public static void main(String[] a) { System.out.println(\"hello \""
        + " + new java.util.concurrent.ConcurrentSkipListMap<String, String>().size()); } }");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = shared.resolve("classes");
    Files.createDirectories(classes);
    assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), src.toString()));
    jar = shared.resolve("hello.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("Hello.class"));
      out.write(Files.readAllBytes(classes.resolve("Hello.class")));
      out.closeEntry();
    }
  }

  /** Runs Hello with the plan's options (and more); returns exit code and output. */
  private static Result runHello(ClassDataSharing.Plan plan, String... more) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(JAVA.toString());
    cmd.addAll(OPTIONS);
    cmd.addAll(ClassDataSharing.LOG_TO_STDERR);
    cmd.addAll(plan.options());
    cmd.addAll(List.of(more));
    cmd.addAll(List.of("-cp", jar.toString(), "Hello"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    p.getInputStream().transferTo(buf);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    int rc = p.exitValue();
    plan.exited(rc);
    if (plan instanceof ClassDataSharing.Record r && r.background() != null) {
      assertTrue(r.background().waitFor(300, TimeUnit.SECONDS), "the archive is built in the background");
    }
    return new Result(rc, buf.toString(StandardCharsets.UTF_8));
  }

  private record Result(int exit, String output) {}

  private static ClassDataSharing.Plan plan(Path dir) {
    return ClassDataSharing.plan(dir, "hello", JAVA, OPTIONS, List.of(jar.toString()));
  }

  @Test
  void keyFollowsTheJarsTheJavaOptionsAndTheRole() throws IOException {
    Path a = shared.resolve("a.jar");
    Files.write(a, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_000_000L));
    List<String> cp = List.of(jar.toString(), a.toString());
    String key = ClassDataSharing.key("r", JAVA, OPTIONS, cp);
    assertEquals(key, ClassDataSharing.key("r", JAVA, OPTIONS, cp), "same inputs, same key");
    assertNotEquals(key, ClassDataSharing.key("s", JAVA, OPTIONS, cp), "role");
    assertNotEquals(key, ClassDataSharing.key("r", JAVA, List.of("-Xmx64m"), cp), "options");
    assertNotEquals(key, ClassDataSharing.key("r", JAVA, OPTIONS, List.of(a.toString(), jar.toString())), "order");
    assertNotEquals(key, ClassDataSharing.key("r", JAVA, OPTIONS, List.of(jar.toString())), "one jar fewer");
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_001_000L));
    String touched = ClassDataSharing.key("r", JAVA, OPTIONS, cp);
    assertNotEquals(key, touched, "a jar's time");
    Files.write(a, new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_001_000L));
    assertNotEquals(touched, ClassDataSharing.key("r", JAVA, OPTIONS, cp), "a jar's size");
  }

  @Test
  void noArchiveForClassFoldersOrWithoutAFolder(@TempDir Path dir) {
    assertInstanceOf(ClassDataSharing.None.class, ClassDataSharing.plan(null, "hello", JAVA, OPTIONS,
        List.of(jar.toString())));
    ClassDataSharing.Plan p = ClassDataSharing.plan(dir, "hello", JAVA, OPTIONS,
        List.of(jar.toString(), shared.resolve("classes").toString()));
    assertInstanceOf(ClassDataSharing.None.class, p);
    assertTrue(p.describe().contains("not a jar"), p.describe());
    assertTrue(p.options().isEmpty());
  }

  @Test
  void createdOnceThenMappedAndAChangedJarGetsANewOne(@TempDir Path dir) throws Exception {
    ClassDataSharing.Plan first = plan(dir);
    assertInstanceOf(ClassDataSharing.Record.class, first);
    assertInstanceOf(ClassDataSharing.None.class, plan(dir), "one creator at a time (the lock)");
    Result r = runHello(first);
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().startsWith("hello 0"), "nothing but the program's output on stdout: " + r.output());
    Path archive = ((ClassDataSharing.Record) first).archive();
    assertTrue(Files.isRegularFile(archive));
    assertEquals(String.valueOf(Files.size(archive)), Files.readString(ClassDataSharing.okFile(archive)).trim());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(archive.getFileName().toString(), archive.getFileName() + ".log",
          archive.getFileName() + ".ok"), files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no lock, class list or temporary file left");
    }
    assertTrue(Files.readString(archive.resolveSibling(archive.getFileName() + ".log")).contains("created"));

    ClassDataSharing.Plan second = plan(dir);
    assertEquals(new ClassDataSharing.Use(archive), second);
    // -Xshare:on: the JVM fails unless it maps the archive; the main class comes from it
    Result mapped = runHello(second, "-Xshare:on", "-Xlog:class+load=info:stderr");
    assertEquals(0, mapped.exit(), mapped.output());
    assertTrue(mapped.output().contains("Hello source: shared objects file"), mapped.output());

    // the jar rebuilt: another key, so the old archive is not used
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
    ClassDataSharing.Plan rebuilt = plan(dir);
    assertInstanceOf(ClassDataSharing.Record.class, rebuilt);
    assertNotEquals(archive, ((ClassDataSharing.Record) rebuilt).archive());
    rebuilt.exited(-1); // killed: nothing kept, the lock released
    assertInstanceOf(ClassDataSharing.Record.class, plan(dir));
  }

  @Test
  void aDamagedArchiveIsRemovedAndTheChildStartsWithoutIt(@TempDir Path dir) throws Exception {
    ClassDataSharing.Plan first = plan(dir);
    assertEquals(0, runHello(first).exit());
    Path archive = ((ClassDataSharing.Record) first).archive();
    long size = Files.size(archive);

    // same size, garbage inside: the JVM refuses it and starts normally (-Xshare:auto)
    archive.toFile().setWritable(true);
    try (OutputStream out = Files.newOutputStream(archive, StandardOpenOption.WRITE)) {
      out.write(new byte[64]);
    }
    assertEquals(size, Files.size(archive));
    ClassDataSharing.Plan garbled = plan(dir);
    assertInstanceOf(ClassDataSharing.Use.class, garbled);
    Result r = runHello(garbled);
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("hello 0"), r.output());

    // truncated (the JVM would crash mapping it): removed, and the child starts without it
    byte[] head = new byte[(int) Math.min(size / 2, 200_000)];
    try (var in = Files.newInputStream(archive)) {
      assertEquals(head.length, in.readNBytes(head, 0, head.length));
    }
    Files.write(archive, head);
    ClassDataSharing.Plan afterTruncation = plan(dir);
    assertFalse(afterTruncation instanceof ClassDataSharing.Use, "a truncated archive is never mapped");
    assertFalse(Files.exists(archive), "the truncated archive is removed");
    Result again = runHello(afterTruncation);
    assertEquals(0, again.exit(), again.output());
    assertTrue(again.output().contains("hello 0"), again.output());
  }

  @Test
  void anArchiveThatCannotBeMappedIsNotKept(@TempDir Path dir) throws Exception {
    ClassDataSharing.Record record = (ClassDataSharing.Record) plan(dir);
    Files.writeString(record.classList(), "NoSuchClass\n");
    // an option that makes -Xshare:dump fail: nothing is kept, the class list and the lock are removed
    String failed = ClassDataSharing.build(record.archive(), record.classList(), JAVA,
        List.of("-XX:+VlrNoSuchOption"), jar.toString(), dir.resolve(record.archive().getFileName() + ".lock"));
    assertTrue(failed != null, "not kept");
    assertFalse(Files.exists(record.archive()));
    assertFalse(Files.exists(record.classList()));
    assertInstanceOf(ClassDataSharing.Record.class, plan(dir), "the lock is released");
  }

  @Test
  void nothingIsBuiltAfterAFailedRun(@TempDir Path dir) throws Exception {
    ClassDataSharing.Record record = (ClassDataSharing.Record) plan(dir);
    Files.writeString(record.classList(), "Hello\n");
    record.exited(1);
    assertEquals(null, record.background());
    assertFalse(Files.exists(record.classList()));
    assertInstanceOf(ClassDataSharing.Record.class, plan(dir), "the lock is released");
  }
}
