package org.vlrobs.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.vlrobs.segment.BlockText;
import org.vlrobs.segment.PageText;
import org.vlrobs.segment.Passage;
import org.vlrobs.segment.PassageSegmenter;
import org.vlrobs.segment.Splitters;

/**
 * Extraction quality on designed PDFs with expected blocks ({@code <name>.truth.json}: file, language,
 * blocks in reading order with page, role, level, text, box_title). Per file and over the set:
 * <ul>
 *   <li>paragraph-boundary F1: every paragraph's start and end (its first and last five words) found
 *       as a start and end of an extracted paragraph (pieces continued across breaks joined);</li>
 *   <li>heading F1: title and heading texts found as title/heading blocks; level agreement of those found;</li>
 *   <li>box recall: each box block's words inside the passages with role {@code box} (segmenter output);</li>
 *   <li>role accuracy: each expected block's role against the extracted paragraph that covers most of it;</li>
 *   <li>order: share of consecutive expected blocks that come out in the same order.</li>
 * </ul>
 */
public final class LayoutEvaluation {
  private static final int KEY_WORDS = 5;

  /** Counts for one file or a whole set. */
  public static final class Score {
    public int boundaryTp;
    public int boundaryExpected;
    public int boundaryFound;
    public int headingTp;
    public int headingExpected;
    public int headingFound;
    public int headingLevelRight;
    public int boxBlocks;
    public int boxCovered;
    public int roleRight;
    public int roleBlocks;
    public int orderRight;
    public int orderPairs;
    public final List<String> notes = new ArrayList<>();

    void add(Score o) {
      boundaryTp += o.boundaryTp;
      boundaryExpected += o.boundaryExpected;
      boundaryFound += o.boundaryFound;
      headingTp += o.headingTp;
      headingExpected += o.headingExpected;
      headingFound += o.headingFound;
      headingLevelRight += o.headingLevelRight;
      boxBlocks += o.boxBlocks;
      boxCovered += o.boxCovered;
      roleRight += o.roleRight;
      roleBlocks += o.roleBlocks;
      orderRight += o.orderRight;
      orderPairs += o.orderPairs;
    }

    public double boundaryF1() {
      return f1(boundaryTp, boundaryExpected, boundaryFound);
    }

    public double headingF1() {
      return f1(headingTp, headingExpected, headingFound);
    }

    public double boxRecall() {
      return boxBlocks == 0 ? 1 : (double) boxCovered / boxBlocks;
    }

    public double roleAccuracy() {
      return roleBlocks == 0 ? 1 : (double) roleRight / roleBlocks;
    }

    public double orderAccuracy() {
      return orderPairs == 0 ? 1 : (double) orderRight / orderPairs;
    }

    private static double f1(int tp, int expected, int found) {
      if (expected == 0 && found == 0) {
        return 1;
      }
      double p = found == 0 ? 0 : (double) tp / found;
      double r = expected == 0 ? 0 : (double) tp / expected;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line() {
      return String.format(Locale.ROOT, "paragraph-boundary F1 %.3f (%d/%d expected, %d found) | heading F1 %.3f "
          + "(%d/%d, %d found; level right %d) | box recall %.3f (%d/%d) | role accuracy %.3f (%d/%d) | order %.3f",
          boundaryF1(), boundaryTp, boundaryExpected, boundaryFound, headingF1(), headingTp, headingExpected,
          headingFound, headingLevelRight, boxRecall(), boxCovered, boxBlocks, roleAccuracy(), roleRight, roleBlocks,
          orderAccuracy());
    }
  }

  /** One file's result. */
  public record FileScore(String name, Score score) {}

  private final PdfLayoutExtractor extractor;
  private final PassageSegmenter segmenter;

  public LayoutEvaluation(boolean useStructureTree) {
    this.extractor = new PdfLayoutExtractor(useStructureTree);
    this.segmenter = new PassageSegmenter(new Splitters());
  }

  /** Every {@code *.truth.json} of a folder, in name order. */
  public List<FileScore> evaluateSet(Path dir) throws IOException {
    List<Path> truths;
    try (Stream<Path> s = Files.list(dir)) {
      truths = s.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
    }
    List<FileScore> out = new ArrayList<>();
    for (Path t : truths) {
      out.add(new FileScore(t.getFileName().toString().replace(".truth.json", ""), evaluate(t)));
    }
    return out;
  }

  public static Score total(List<FileScore> files) {
    Score s = new Score();
    files.forEach(f -> s.add(f.score()));
    return s;
  }

  /** Scores the PDF a truth file names (relative to the truth file's folder). */
  public Score evaluate(Path truthFile) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Path pdf = truthFile.resolveSibling(truth.path("file").asText());
    String language = truth.path("language").asText("en");
    List<Expected> expected = new ArrayList<>();
    for (JsonNode b : truth.path("blocks")) {
      expected.add(new Expected(b.path("page").asInt(), b.path("role").asText("body"), b.path("level").asInt(0),
          b.path("text").asText(""), b.path("box_title").asBoolean(false)));
    }
    PdfLayoutExtractor.Result result = extractor.extract(pdf, 10_000, System.nanoTime() + 600_000_000_000L,
        64L * 1024 * 1024);
    return score(expected, result.pages(), language, pdf.getFileName().toString());
  }

  /** An expected block. */
  public record Expected(int page, String role, int level, String text, boolean boxTitle) {}

  /** A paragraph as extracted: pieces continued across breaks joined. */
  private record Found(String role, int level, List<String> words, boolean boxTitle) {}

  Score score(List<Expected> expected, List<LayoutPage> pages, String language, String name) {
    Score s = new Score();
    // extracted paragraphs: a continued piece joins the open paragraph of its flow
    List<Found> found = new ArrayList<>();
    Map<String, Integer> open = new HashMap<>();
    for (LayoutPage p : pages) {
      for (LayoutBlock b : p.blocks()) {
        List<String> w = words(b.text());
        if (w.isEmpty()) {
          continue;
        }
        String flow = b.role().code();
        Integer o = open.get(flow);
        if (b.continues() && o != null) {
          List<String> joined = new ArrayList<>(found.get(o).words());
          joined.addAll(w);
          found.set(o, new Found(found.get(o).role(), found.get(o).level(), joined, found.get(o).boxTitle()));
          continue;
        }
        found.add(new Found(b.role().code(), b.level(), w, b.boxTitle()));
        open.put(flow, found.size() - 1);
      }
    }
    // boundaries: starts and ends as multisets
    Map<String, Integer> foundKeys = new HashMap<>();
    for (Found f : found) {
      foundKeys.merge("S:" + key(f.words(), true), 1, Integer::sum);
      foundKeys.merge("E:" + key(f.words(), false), 1, Integer::sum);
      s.boundaryFound += 2;
    }
    for (Expected e : expected) {
      List<String> w = words(e.text());
      if (w.isEmpty()) {
        continue;
      }
      s.boundaryExpected += 2;
      for (String k : List.of("S:" + key(w, true), "E:" + key(w, false))) {
        Integer n = foundKeys.get(k);
        if (n != null && n > 0) {
          foundKeys.put(k, n - 1);
          s.boundaryTp++;
        } else {
          s.notes.add(name + ": paragraph " + (k.startsWith("S") ? "start" : "end") + " not found: \"" + k.substring(2)
              + "\" (" + e.role() + ", p. " + e.page() + ")");
        }
      }
    }
    // headings
    Map<String, Integer> foundHeadings = new HashMap<>();
    for (Found f : found) {
      if (f.role().equals("heading") || f.role().equals("title")) {
        foundHeadings.put(String.join(" ", f.words()), f.level());
        s.headingFound++;
      }
    }
    for (Expected e : expected) {
      if (!e.role().equals("heading") && !e.role().equals("title")) {
        continue;
      }
      s.headingExpected++;
      String k = String.join(" ", words(e.text()));
      Integer level = foundHeadings.remove(k);
      if (level != null) {
        s.headingTp++;
        if (level == e.level() || (e.role().equals("title") && level == 0)) {
          s.headingLevelRight++;
        }
      } else {
        s.notes.add(name + ": heading not found: \"" + e.text() + "\"");
      }
    }
    foundHeadings.keySet().forEach(k -> s.notes.add(name + ": not a heading: \"" + k + "\""));
    // box recall through the segmenter
    List<PageText> pageTexts = new ArrayList<>();
    for (LayoutPage p : pages) {
      List<BlockText> bt = new ArrayList<>();
      for (LayoutBlock b : p.blocks()) {
        bt.add(new BlockText(b.blockNo(), b.role().code(), b.level(), b.text(), b.boxTitle(), b.continues(), b.column(),
            b.region()));
      }
      pageTexts.add(new PageText(p.pageNo(), p.text(), language, bt));
    }
    StringBuilder boxText = new StringBuilder(" ");
    for (Passage passage : segmenter.segment("eval", pageTexts, language)) {
      if ("box".equals(passage.role())) {
        boxText.append(String.join(" ", words(passage.text()))).append(" | ");
      }
    }
    for (Expected e : expected) {
      if (!e.role().equals("box")) {
        continue;
      }
      s.boxBlocks++;
      if (boxText.indexOf(" " + String.join(" ", words(e.text())) + " ") >= 0) {
        s.boxCovered++;
      } else {
        s.notes.add(name + ": box text not in a box passage: \"" + abbreviate(e.text()) + "\"");
      }
    }
    // roles and order: the extracted paragraph sharing most words with each expected block
    int lastIndex = -1;
    for (Expected e : expected) {
      List<String> w = words(e.text());
      if (w.isEmpty()) {
        continue;
      }
      int best = -1;
      double bestShare = 0;
      java.util.Set<String> ew = new java.util.HashSet<>(w);
      for (int i = 0; i < found.size(); i++) {
        int common = 0;
        for (String x : found.get(i).words()) {
          if (ew.contains(x)) {
            common++;
          }
        }
        double share = (double) common / Math.max(w.size(), found.get(i).words().size());
        if (share > bestShare) {
          bestShare = share;
          best = i;
        }
      }
      s.roleBlocks++;
      if (best >= 0) {
        String role = found.get(best).role();
        boolean right = role.equals(e.role()) || (e.boxTitle() && found.get(best).boxTitle());
        if (right) {
          s.roleRight++;
        } else {
          s.notes.add(name + ": role " + role + " for expected " + e.role() + ": \"" + abbreviate(e.text()) + "\"");
        }
        if (lastIndex >= 0) {
          s.orderPairs++;
          if (best >= lastIndex) {
            s.orderRight++;
          }
        }
        lastIndex = best;
      }
    }
    return s;
  }

  private static String abbreviate(String t) {
    String x = t.replaceAll("\\s+", " ");
    return x.length() > 80 ? x.substring(0, 77) + "..." : x;
  }

  private static String key(List<String> words, boolean start) {
    int n = Math.min(KEY_WORDS, words.size());
    return String.join(" ", start ? words.subList(0, n) : words.subList(words.size() - n, words.size()));
  }

  /** Lower-case words of letters and digits (each CJK character a word); punctuation and hyphens ignored. */
  static List<String> words(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("\u00AD", "");
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (DocumentLayout.cjk(cp) && Character.isLetterOrDigit(cp)) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        out.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp)) {
        cur.appendCodePoint(cp);
      } else if (cur.length() > 0 && cp != '-' && cp != '\'' && cp != '’') {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}
