package org.vlrobs.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vlrobs.metadata.TextKey;

/**
 * Removes what repeats on every page rather than belonging to the text: running headers and footers
 * (lines at the top or bottom of many pages, compared with digits ignored) and page numbers
 * ("12", "- 12 -", "Page 12 of 80", "Página 12", "xii").
 */
public final class PageCleaner {
  private static final int EDGE_LINES = 2;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?iu)^\\s*(?:(?:page|p[áa]gina|pag\\.|p\\.|seite|pagina)\\s*)?[-–—|]?\\s*\\d{1,4}\\s*[-–—|]?"
          + "(?:\\s*(?:of|de|sur|von|/)\\s*\\d{1,4})?\\s*$|^\\s*[ivxlc]{1,7}\\s*$");

  private final Set<String> running;

  private PageCleaner(Set<String> running) {
    this.running = running;
  }

  /** Learns the running lines of a document from all its pages. */
  public static PageCleaner of(List<PageText> pages) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (PageText p : pages) {
      List<String> lines = nonEmptyLines(p.text());
      int n = lines.size();
      for (int i = 0; i < n; i++) {
        if (i < EDGE_LINES || i >= n - EDGE_LINES) {
          String key = key(lines.get(i));
          if (!key.isEmpty()) {
            seen.computeIfAbsent(key, k -> new HashSet<>()).add(p.pageNo());
          }
        }
      }
    }
    int threshold = Math.max(3, (int) Math.ceil(pages.size() * 0.4));
    Set<String> running = new HashSet<>();
    seen.forEach((k, v) -> {
      if (v.size() >= threshold) {
        running.add(k);
      }
    });
    return new PageCleaner(running);
  }

  /** The page without running lines and page numbers; other lines untouched. */
  public String clean(String page) {
    List<String> out = new ArrayList<>();
    String[] lines = page.split("\n", -1);
    int first = 0;
    int last = lines.length - 1;
    while (first <= last && lines[first].isBlank()) {
      first++;
    }
    while (last >= first && lines[last].isBlank()) {
      last--;
    }
    int nonEmptyIndex = 0;
    int nonEmptyTotal = 0;
    for (int i = first; i <= last; i++) {
      if (!lines[i].isBlank()) {
        nonEmptyTotal++;
      }
    }
    for (int i = first; i <= last; i++) {
      String line = lines[i];
      if (!line.isBlank()) {
        boolean edge = nonEmptyIndex < EDGE_LINES || nonEmptyIndex >= nonEmptyTotal - EDGE_LINES;
        nonEmptyIndex++;
        if (edge && (PAGE_NUMBER.matcher(line).matches() || running.contains(key(line)))) {
          continue;
        }
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  Set<String> runningLines() {
    return running;
  }

  private static String key(String line) {
    return TextKey.of(line.replaceAll("\\d+", " "));
  }

  private static List<String> nonEmptyLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    return lines;
  }
}
