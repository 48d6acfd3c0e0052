package org.vlrobs.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a corpus on the local file system with {@code java.nio} (names with ':' and other characters
 * Hadoop paths reject are fine). It keeps the corpus boundary: nothing outside the corpus folder is
 * listed, and manifest paths that resolve outside it (after normalising and resolving links) are rows
 * with status {@code outside_corpus}, never opened, unless outside paths are allowed. Folder links
 * are followed at most once per real folder; dangling and looping links, pipes, sockets and devices
 * are rows with status {@code not_a_file}, never opened. The manifest is never a document.
 */
final class LocalCorpus {
  private static final Logger LOG = LoggerFactory.getLogger(LocalCorpus.class);
  static final String NOT_A_FILE = "not_a_file";
  static final String OUTSIDE = "outside_corpus";

  private final Path root;
  private final Path rootReal;
  private final Path manifest;
  private final Path manifestReal;
  private final boolean allowOutside;
  private final boolean walk;
  private final Map<String, CorpusEntry> byPath = new LinkedHashMap<>();
  private final Set<Path> visited = new HashSet<>();
  private final Deque<Path> linkedFolders = new ArrayDeque<>();

  /** @param corpus a folder (walked; its manifest.csv adds metadata) or a manifest .csv (its rows only) */
  LocalCorpus(Path corpus, boolean allowOutside) throws IOException {
    Path c = corpus.toAbsolutePath().normalize();
    if (Files.isDirectory(c)) {
      root = c;
      Path m = c.resolve(Manifest.FILE_NAME);
      manifest = Files.isRegularFile(m) ? m : null;
      walk = true;
    } else if (Files.isRegularFile(c) && c.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      root = c.getParent();
      manifest = c;
      walk = false;
    } else if (!Files.exists(c)) {
      throw new IOException("corpus not found: " + corpus);
    } else {
      throw new IOException("corpus must be a directory or a manifest .csv: " + corpus);
    }
    rootReal = root.toRealPath();
    manifestReal = manifest == null ? null : manifest.toRealPath();
    this.allowOutside = allowOutside;
  }

  static String key(Path p) {
    return "file:" + p.toAbsolutePath();
  }

  List<CorpusEntry> list() throws IOException {
    if (manifest != null) {
      readManifest();
    }
    if (walk) {
      visited.add(rootReal);
      walk(root);
      while (!linkedFolders.isEmpty()) { // folder links last: a real folder is listed under its own path
        Path link = linkedFolders.poll();
        Path real = link.toRealPath();
        if (!visited.add(real)) {
          problem(link, NOT_A_FILE, "symbolic link to the folder " + real + ", which is already listed; not followed again");
        } else {
          walk(link);
        }
      }
    }
    LOG.info("corpus {}: {} entries{}", root, byPath.size(),
        manifest == null ? " (no manifest: all metadata inferred)" : " (manifest " + manifest.getFileName() + ")");
    return new ArrayList<>(byPath.values());
  }

  private void readManifest() throws IOException {
    List<Manifest.Row> rows;
    try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      rows = Manifest.parse(r);
    }
    Map<String, List<Integer>> lines = new LinkedHashMap<>();
    for (Manifest.Row row : rows) {
      row.warnings().forEach(w -> LOG.warn("manifest {}: {}", row.path() == null ? "line " + row.line() : row.path(), w));
      if (row.invalid() != null) {
        CorpusEntry e = row.entry();
        byPath.put(key(manifest) + e.sourcePath(), new CorpusEntry(key(manifest) + e.sourcePath(), e.fileName(), -1, 0,
            null, null, null, null, null, null, null, e.listingStatus(), e.listingNote()));
        continue;
      }
      CorpusEntry entry = resolve(row);
      List<Integer> seen = lines.computeIfAbsent(entry.sourcePath(), k -> new ArrayList<>());
      seen.add(row.line());
      if (seen.size() == 1) {
        byPath.put(entry.sourcePath(), entry);
      } else {
        LOG.warn("manifest line {}: {} is listed again (first on line {}); the first row is used", row.line(),
            row.path(), seen.get(0));
      }
    }
    lines.forEach((k, l) -> {
      if (l.size() > 1) {
        byPath.computeIfPresent(k, (key, e) -> e.withNote("listed " + l.size() + " times in the manifest (lines "
            + String.join(", ", l.stream().map(String::valueOf).toList()) + "); line " + l.get(0) + " used"));
      }
    });
  }

  /** The entry of a manifest row: the file it names, or the status that says why it is not read. */
  private CorpusEntry resolve(Manifest.Row row) {
    CorpusEntry e = row.entry();
    String raw = row.path();
    List<String> notes = new ArrayList<>();
    Path dir = manifest.getParent();
    String p = raw.startsWith("file:") ? raw.substring("file:".length()).replaceFirst("^//", "") : raw;
    if (p.indexOf('\\') >= 0 && !Files.exists(dir.resolve(p), LinkOption.NOFOLLOW_LINKS)) {
      p = p.replace('\\', '/');
      notes.add("the manifest path '" + raw + "' has backslashes, read as folder separators");
    }
    Path target;
    try {
      target = dir.resolve(p).normalize();
    } catch (RuntimeException ex) {
      return e.withFile(key(manifest) + "#line=" + row.line(), -1, 0)
          .withListingStatus("invalid_manifest_row", "line " + row.line() + ": not a usable path: " + ex.getMessage());
    }
    if (!allowOutside && !target.startsWith(root)) {
      return e.withFile(key(target), -1, 0).withListingStatus(OUTSIDE, "the manifest path '" + raw + "' (line "
          + row.line() + ") is outside the corpus folder " + root + "; not read (--allow-outside-corpus to allow)");
    }
    Path found = match(target, notes);
    if (found == null) {
      return note(e.withFile(key(target), -1, 0), notes);
    }
    e = e.withFile(key(found), -1, 0).withFileName(found.getFileName().toString());
    Path real;
    try {
      real = found.toRealPath();
    } catch (IOException ex) {
      return note(e, notes).withListingStatus(NOT_A_FILE, link(found, ex));
    }
    if (!allowOutside && !real.startsWith(rootReal)) {
      return e.withListingStatus(OUTSIDE, "the manifest path '" + raw + "' leads to " + real
          + ", outside the corpus folder " + rootReal + "; not read (--allow-outside-corpus to allow)");
    }
    if (real.equals(manifestReal)) {
      return e.withListingStatus(NOT_A_FILE, "the manifest itself (line " + row.line() + "), never a document");
    }
    try {
      BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
      if (a.isDirectory()) {
        return e.withListingStatus(NOT_A_FILE, "the manifest names a folder (line " + row.line()
            + "), not a file: list its files instead, or give the folder as --corpus");
      }
      if (!a.isRegularFile()) {
        return e.withListingStatus(NOT_A_FILE, special(real) + "; not opened");
      }
      return note(e.withFile(key(found), a.size(), a.lastModifiedTime().toMillis()), notes);
    } catch (IOException ex) {
      return e.withListingStatus(NOT_A_FILE, "cannot read its attributes: " + ex.getMessage());
    }
  }

  private static CorpusEntry note(CorpusEntry e, List<String> notes) {
    for (String n : notes) {
      e = e.withNote(n);
    }
    return e;
  }

  /**
   * The file a path names, component by component: the exact name, else the same name in another
   * Unicode normalisation (NFC vs NFD), else the only name that differs just in case (with a note).
   */
  static Path match(Path target, List<String> notes) {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return target;
    }
    Path cur = target.getRoot();
    for (Path name : target) {
      Path next = cur.resolve(name.toString());
      if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
        String want = Normalizer.normalize(name.toString(), Normalizer.Form.NFC);
        Path same = null;
        List<Path> caseOnly = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(cur)) {
          for (Path c : ds) {
            String have = Normalizer.normalize(c.getFileName().toString(), Normalizer.Form.NFC);
            if (have.equals(want)) {
              same = c;
            } else if (have.toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT))) {
              caseOnly.add(c);
            }
          }
        } catch (IOException | RuntimeException e) {
          return null;
        }
        if (same != null) {
          next = same;
        } else if (caseOnly.size() == 1) {
          next = caseOnly.get(0);
          notes.add("the manifest says '" + name + "', matched '" + next.getFileName() + "' ignoring case");
        } else {
          return null;
        }
      }
      cur = next;
    }
    return cur;
  }

  private void walk(Path dir) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      problem(dir, NOT_A_FILE, "a folder that cannot be listed: " + e.getMessage());
      return;
    }
    children.sort(null);
    for (Path c : children) {
      String name = c.getFileName().toString();
      if (name.startsWith(".") || name.startsWith("_") || c.equals(manifest)) {
        continue; // dot-files and _-files (Hadoop markers); the manifest is never a document
      }
      try {
        BasicFileAttributes a = Files.readAttributes(c, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
          followLink(c);
        } else if (a.isDirectory()) {
          if (visited.add(c.toRealPath())) {
            walk(c);
          }
        } else if (a.isRegularFile()) {
          file(c, a);
        } else {
          problem(c, NOT_A_FILE, special(c) + "; not opened");
        }
      } catch (IOException | RuntimeException e) {
        problem(c, NOT_A_FILE, "cannot read its attributes: " + e.getMessage());
      }
    }
  }

  private void followLink(Path link) throws IOException {
    Path real;
    try {
      real = link.toRealPath();
    } catch (IOException e) {
      problem(link, NOT_A_FILE, link(link, e));
      return;
    }
    if (!allowOutside && !real.startsWith(rootReal)) {
      problem(link, OUTSIDE, "symbolic link to " + real + ", outside the corpus folder " + rootReal
          + "; not followed (--allow-outside-corpus to follow)");
      return;
    }
    if (real.equals(manifestReal)) {
      problem(link, NOT_A_FILE, "symbolic link to the manifest, never a document");
      return;
    }
    BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
    if (a.isDirectory()) {
      linkedFolders.add(link);
    } else if (a.isRegularFile()) {
      file(link, a);
    } else {
      problem(link, NOT_A_FILE, "symbolic link to " + special(real) + "; not opened");
    }
  }

  private void file(Path f, BasicFileAttributes a) {
    String k = key(f);
    byPath.putIfAbsent(k, CorpusEntry.bare(k, f.getFileName().toString(), a.size(), a.lastModifiedTime().toMillis()));
  }

  private void problem(Path p, String status, String reason) {
    String k = key(p);
    byPath.putIfAbsent(k, CorpusEntry.bare(k, p.getFileName().toString(), -1, 0).withListingStatus(status, reason));
  }

  private static String link(Path link, IOException e) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException x) {
      target = "?";
    }
    if (e instanceof NoSuchFileException) {
      return "dangling symbolic link to " + target + " (no such file)";
    }
    if (e instanceof FileSystemException fse && String.valueOf(fse.getReason()).contains("levels of symbolic links")) {
      return "symbolic link loop (" + link.getFileName() + " -> " + target + " -> ...)";
    }
    return "symbolic link to " + target + " that cannot be resolved: " + e.getMessage();
  }

  /** "a named pipe (FIFO)", "a socket", "a device", from the Unix file mode. */
  static String special(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      switch (mode & 0170000) {
        case 0010000: return "a named pipe (FIFO), not a file";
        case 0140000: return "a socket, not a file";
        case 0020000: return "a character device, not a file";
        case 0060000: return "a block device, not a file";
        default: break;
      }
    } catch (IOException | RuntimeException e) {
      // not a Unix file system
    }
    return "a special file (not a regular file)";
  }

  static Path localPath(String sourcePath) {
    String p = sourcePath.startsWith("file:") ? sourcePath.substring("file:".length()) : sourcePath;
    if (p.startsWith("//")) {
      p = p.substring(2);
    }
    return Paths.get(p);
  }
}
