package org.vlrobs.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Local file names for downloaded documents: safe (one path component, no {@code ..}, no leading dot or
 * underscore — the corpus lister would skip those —, letters, digits, {@code . _ -} only), bounded in
 * length, and free of collisions, deterministically: the name depends only on the catalogue, not on the
 * order in which downloads finish. When several URLs would get the same name (compared without case, for
 * case-insensitive file systems), each gets the first 8 hex digits of its URL's SHA-256 before the
 * extension.
 */
public final class FileNames {
  static final int MAX_BASE = 100;
  private static final Set<String> DOCUMENT_EXTENSIONS =
      Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "txt", "epub", "pptx");

  private FileNames() {}

  /**
   * Names for the given URLs (distinct), keyed by URL, from the catalogue's file name when given, else the
   * URL's last path segment.
   */
  public static Map<String, String> assign(List<CatalogEntry> entries) {
    Map<String, String> natural = new LinkedHashMap<>();
    for (CatalogEntry e : entries) {
      natural.putIfAbsent(e.url(), safeName(e.fileName() != null ? e.fileName() : lastSegment(e.url())));
    }
    Map<String, List<String>> byKey = new HashMap<>();
    natural.forEach((url, name) -> byKey.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(url));
    Map<String, String> result = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    natural.forEach((url, name) -> {
      if (byKey.get(name.toLowerCase(Locale.ROOT)).size() == 1) {
        result.put(url, name);
        taken.add(name.toLowerCase(Locale.ROOT));
      }
    });
    natural.forEach((url, name) -> {
      if (!result.containsKey(url)) {
        String hash = sha256(url);
        int dot = name.lastIndexOf('.');
        String n;
        int len = 8;
        do {
          n = name.substring(0, dot) + "-" + hash.substring(0, len) + name.substring(dot);
          len += 4;
        } while (taken.contains(n.toLowerCase(Locale.ROOT)) && len <= 64);
        taken.add(n.toLowerCase(Locale.ROOT));
        result.put(url, n);
      }
    });
    return result;
  }

  /** A safe single-component file name with a document extension (".pdf" when there is none). */
  public static String safeName(String raw) {
    String s = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1); // never a path
    String ext = "pdf";
    int dot = s.lastIndexOf('.');
    if (dot > 0) {
      String e = s.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (DOCUMENT_EXTENSIONS.contains(e)) {
        ext = e;
        s = s.substring(0, dot);
      }
    }
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '.';
      b.appendCodePoint(keep ? cp : '_');
    });
    String base = b.toString().replaceAll("[_.]*\\.[_.]*", ".").replaceAll("_+", "_").replaceAll("-{2,}", "-");
    base = base.replaceAll("^[._-]+", "").replaceAll("[._-]+$", "");
    if (base.codePointCount(0, base.length()) > MAX_BASE) {
      base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE)).replaceAll("[._-]+$", "");
    }
    if (base.isEmpty()) {
      base = "document";
    }
    return base + "." + ext;
  }

  /** The URL's last path segment, percent-decoded; "" when the URL cannot be read. */
  static String lastSegment(String url) {
    try {
      String path = URI.create(url.trim()).getRawPath();
      if (path == null) {
        return "";
      }
      String seg = path.substring(path.lastIndexOf('/') + 1);
      seg = seg.replaceAll("(?i)%2F|%5C", "_"); // an encoded slash is part of the name, never a folder
      return URLDecoder.decode(seg.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
