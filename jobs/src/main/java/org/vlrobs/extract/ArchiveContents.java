package org.vlrobs.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.BoundedInputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Says what an archive holds without expanding it: entry names of a ZIP or TAR, and the type (by
 * content) and name of what a gzip file compresses. Archives are not expanded into documents: the
 * status is {@code unsupported} with this description, so that the analyst can unpack them into the
 * corpus. Reading is bounded (names only; at most 64 KiB of a compressed stream), so bombs are harmless.
 */
final class ArchiveContents {
  static final Set<String> ARCHIVES = Set.of("application/zip", "application/gzip", "application/x-gzip",
      "application/x-tar", "application/x-gtar", "application/x-7z-compressed", "application/x-rar-compressed",
      "application/vnd.rar", "application/x-bzip2", "application/x-xz", "application/zstd", "application/x-compress");
  private static final int NAMES_SHOWN = 10;

  private ArchiveContents() {}

  static boolean isArchive(MediaType type) {
    return ARCHIVES.contains(type.getBaseType().toString());
  }

  /** "a ZIP archive of 2 files (a.pdf, b.pdf); archives are not expanded: ..." */
  static String describe(Path file, String fileName, MediaType type, Detector detector) {
    String t = type.getBaseType().toString();
    String inside;
    try {
      inside = switch (t) {
        case "application/zip" -> zip(file);
        case "application/x-tar", "application/x-gtar" -> tar(file);
        case "application/gzip", "application/x-gzip" -> gzip(file, fileName, detector);
        default -> "an archive (" + t + ")";
      };
    } catch (IOException | RuntimeException e) {
      inside = "an archive (" + t + ") that cannot be listed (" + e.getClass().getSimpleName() + ")";
    }
    return inside + "; archives are not expanded: unpack it into the corpus to extract what it holds";
  }

  private static String zip(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    int n = 0;
    try (ZipFile z = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> e = z.entries();
      while (e.hasMoreElements()) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          n++;
          if (names.size() < NAMES_SHOWN) {
            names.add(entry.getName());
          }
        }
      }
    }
    return "a ZIP archive of " + files(n, names);
  }

  private static String tar(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    int n = 0;
    try (TarArchiveInputStream in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      TarArchiveEntry entry;
      while ((entry = in.getNextEntry()) != null && n < 100_000) {
        if (entry.isFile()) {
          n++;
          if (names.size() < NAMES_SHOWN) {
            names.add(entry.getName());
          }
        }
      }
    }
    return "a TAR archive of " + files(n, names);
  }

  private static String gzip(Path file, String fileName, Detector detector) throws IOException {
    String inner = fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3)
        : fileName.toLowerCase(Locale.ROOT).endsWith(".tgz") ? fileName.substring(0, fileName.length() - 4) + ".tar"
        : null;
    MediaType innerType;
    try (InputStream in = new BoundedInputStream(64 * 1024, new GZIPInputStream(Files.newInputStream(file)));
        TikaInputStream tis = TikaInputStream.get(in)) {
      innerType = detector.detect(tis, new Metadata()).getBaseType();
    }
    return "a gzip-compressed " + innerType + (inner == null ? "" : " (" + inner + ")");
  }

  private static String files(int n, List<String> names) {
    return n + " file" + (n == 1 ? "" : "s") + (names.isEmpty() ? "" : " (" + String.join(", ", names)
        + (n > names.size() ? ", ..." : "") + ")");
  }
}
