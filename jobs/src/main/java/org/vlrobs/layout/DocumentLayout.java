package org.vlrobs.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vlrobs.layout.PageAnalyzer.Block;
import org.vlrobs.layout.PageAnalyzer.Line;
import org.vlrobs.layout.PageAnalyzer.Page;
import org.vlrobs.layout.PageAnalyzer.Word;

/**
 * Decisions that need the whole document: the body text size (the size most characters are set in),
 * running headers and footers (what repeats in the page margins), headings and their levels (size,
 * weight and numbering relative to the body, or the structure tree's H1..H6), boxes, footnotes,
 * captions, tables, pull quotes; then paragraphs cut by column and page breaks are marked as
 * continued and each block's text is assembled (hyphenation at line ends repaired).
 */
final class DocumentLayout {
  static final Pattern BOX_LABEL = Pattern.compile("(?iu)^(?:box|panel|recuadro|cuadro|encadr[ée]|caixa|quadro|"
      + "case study|estudio de caso|[ée]tude de cas|estudo de caso|spotlight|focus)\\b\\s*(?:\\d+(?:[.\\-]\\d+)*|[A-Z])?"
      + "\\s*[.:–—-]?\\s*.{0,160}$");
  private static final Pattern CAPTION = Pattern.compile("(?iu)^(?:fig(?:ure|ura)?\\.?|graph(?:ique)?|gr[áa]fico|chart|"
      + "map|mapa|carte|diagram|tab(?:le|la|leau|ela)|source|fuente|fonte|note|nota)\\s*\\d*(?:[.\\-]\\d+)*\\s*[.:–—-]\\s*\\S.*");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})\\.?\\s+\\S.*|^([IVX]{1,5})\\.\\s+\\S.*");
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)^\\s*(?:(?:page|p[áa]gina|pag\\.|p\\.|seite)\\s*)?"
      + "[-–—|]?\\s*(?:\\d{1,4}|[ivxlc]{1,7})\\s*[-–—|]?(?:\\s*(?:of|de|sur|/)\\s*\\d{1,4})?\\s*$");
  private static final Pattern FOOTNOTE_MARKER = Pattern.compile("^(?:\\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\(\\d{1,3}\\)|\\[\\d{1,3}])[\\s.)]?\\s*\\S.*",
      Pattern.DOTALL);
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?。！？…]['’\"”»)\\]]*(?:\\d{1,3})?$", Pattern.DOTALL);
  private static final Pattern LIGATURES = Pattern.compile("[\\uFB00-\\uFB06]");

  private DocumentLayout() {}

  static List<LayoutPage> finish(List<Page> pages, StructureTree tree) {
    float body = bodySize(pages);
    Set<String> running = runningLines(pages);
    List<Block> all = new ArrayList<>();
    for (Page p : pages) {
      all.addAll(p.blocks());
    }
    for (Page p : pages) {
      roles(p, body, running, tree);
    }
    levels(all, body, tree);
    title(pages, body);
    normaliseLevels(all);
    continuation(pages);
    List<LayoutPage> out = new ArrayList<>(pages.size());
    for (Page p : pages) {
      List<LayoutBlock> blocks = new ArrayList<>(p.blocks().size());
      int no = 0;
      for (Block b : p.blocks()) {
        String text = text(b);
        if (text.isEmpty()) {
          continue;
        }
        String structure = b.element >= 0 && tree != null ? tree.get(b.element).type() : (b.element == -2 ? "Artifact" : null);
        blocks.add(new LayoutBlock(p.pageNo(), ++no, b.role, b.level, text, round(b.x0), round(b.y0), round(b.x1),
            round(b.y1), round(b.size()), b.bold(), b.column, b.region, b.boxTitle, b.continues, structure));
      }
      out.add(new LayoutPage(p.pageNo(), p.width(), p.height(), blocks));
    }
    return out;
  }

  private static float round(float f) {
    return Math.round(f * 10) / 10f;
  }

  /** The size most characters are set in (0.5 pt steps), over the whole document. */
  static float bodySize(List<Page> pages) {
    Map<Integer, Integer> hist = new HashMap<>();
    for (Page p : pages) {
      for (Block b : p.blocks()) {
        for (Line l : b.lines) {
          for (Word w : l.words) {
            hist.merge(Math.round(w.size * 2), w.chars, Integer::sum);
          }
        }
      }
    }
    int best = 20;
    int bestN = -1;
    for (Map.Entry<Integer, Integer> e : hist.entrySet()) {
      if (e.getValue() > bestN) {
        best = e.getKey();
        bestN = e.getValue();
      }
    }
    return best / 2f;
  }

  private static boolean inMargin(Block b, Page p, boolean top) {
    return top ? b.y1 <= p.height() * 0.1f : b.y0 >= p.height() * 0.9f;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }

  /** Texts in the top or bottom margin that repeat on at least 40 % of pages (two at least), digits ignored. */
  static Set<String> runningLines(List<Page> pages) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (Page p : pages) {
      for (Block b : p.blocks()) {
        if (b.lines.size() <= 2 && (inMargin(b, p, true) || inMargin(b, p, false))) {
          seen.computeIfAbsent(key(b.rawText()), k -> new HashSet<>()).add(p.pageNo());
        }
      }
    }
    int threshold = Math.max(2, (int) Math.ceil(pages.size() * 0.4));
    Set<String> out = new HashSet<>();
    seen.forEach((k, v) -> {
      if (v.size() >= threshold && !k.isEmpty()) {
        out.add(k);
      }
    });
    return out;
  }

  private static void roles(Page p, float body, Set<String> running, StructureTree tree) {
    List<Block> blocks = p.blocks();
    // the share of the page's text in each box: a tint behind all the text is a page background, not a box
    Map<Integer, Integer> regionChars = new HashMap<>();
    int pageChars = 0;
    for (Block b : blocks) {
      pageChars += b.chars;
      regionChars.merge(b.region, b.chars, Integer::sum);
    }
    Set<Integer> firstInRegion = new HashSet<>();
    for (Block b : blocks) {
      String raw = b.rawText().strip();
      String type = b.element >= 0 && tree != null ? tree.get(b.element).type() : null;
      boolean artifact = b.element == -2;
      boolean top = inMargin(b, p, true);
      boolean bottom = inMargin(b, p, false);
      boolean realBox = b.region > 0 && regionChars.getOrDefault(b.region, 0) < 0.6f * pageChars;
      if ((top || bottom || artifact) && b.lines.size() <= 2 && PAGE_NUMBER.matcher(raw).matches()) {
        b.role = BlockRole.PAGE_NUMBER;
      } else if ((top || bottom) && b.lines.size() <= 2 && (running.contains(key(raw)) || artifact)) {
        b.role = top ? BlockRole.HEADER : BlockRole.FOOTER;
      } else if (artifact && b.lines.size() <= 2 && (b.y0 < p.height() * 0.15f || b.y1 > p.height() * 0.85f)) {
        b.role = b.y0 < p.height() / 2 ? BlockRole.HEADER : BlockRole.FOOTER;
      } else if (b.table || "Table".equals(type)) {
        b.role = BlockRole.TABLE;
      } else if (realBox || (type != null && tree.get(b.element).inAside())) {
        b.role = BlockRole.BOX;
        boolean first = b.region > 0 ? firstInRegion.add(b.region) : false;
        if (BOX_LABEL.matcher(raw).matches() && raw.length() <= 200
            || first && isHeadingLike(b, body, type) && raw.length() <= 200) {
          b.boxTitle = true;
        }
      } else if ("Caption".equals(type) || CAPTION.matcher(raw).matches() && raw.length() <= 300 && b.lines.size() <= 4) {
        b.role = BlockRole.CAPTION;
      } else if (type != null && type.matches("H[1-6]?|Title")) {
        b.role = BlockRole.HEADING;
      } else if ("Note".equals(type) || "FENote".equals(type) || isFootnote(b, p, body, blocks)) {
        b.role = BlockRole.FOOTNOTE;
      } else if (BOX_LABEL.matcher(raw).matches() && raw.length() <= 160 && b.lines.size() <= 3
          && (isHeadingLike(b, body, type) || raw.matches("(?iu)^\\S+\\s+\\d.*"))) {
        b.role = BlockRole.BOX;
        b.boxTitle = true;
      } else if (isPullQuote(b, body, raw)) {
        b.role = BlockRole.PULL_QUOTE;
      } else if (isHeadingLike(b, body, type)) {
        b.role = BlockRole.HEADING;
      } else {
        b.role = BlockRole.BODY;
      }
    }
    boxWithoutFrame(blocks);
  }

  /** After a box title with no drawn box, the blocks set to the title's width (not the column's) are the box. */
  private static void boxWithoutFrame(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block t = blocks.get(i);
      if (!t.boxTitle || t.region > 0) {
        continue;
      }
      float x0 = Float.MAX_VALUE;
      float x1 = -Float.MAX_VALUE;
      for (int k = i + 1; k < blocks.size(); k++) {
        Block b = blocks.get(k);
        if (b.role != BlockRole.BODY || b.column != t.column) {
          if (b.role.furniture() || b.role == BlockRole.FOOTNOTE || b.column != t.column) {
            continue;
          }
          break;
        }
        if (x0 == Float.MAX_VALUE) {
          // the box's width: its first paragraph, if it is not the column's full measure
          if (Math.abs(b.x0 - t.x0) > 6 && t.x0 > b.x0) {
            break;
          }
          x0 = b.x0;
          x1 = b.x1;
          boolean columnWide = false;
          for (Block o : blocks) {
            if (o != b && o.role == BlockRole.BODY && o.column == b.column && Math.abs(o.x0 - b.x0) < 2
                && Math.abs(o.x1 - b.x1) < 2 && o.order < t.order) {
              columnWide = true;
            }
          }
          if (columnWide && b.italic() == blocks.get(i).italic()) {
            break; // same measure as the body before the title: no way to tell where the box ends
          }
        } else if (Math.abs(b.x0 - x0) > 3 || Math.abs(b.x1 - x1) > 3) {
          break;
        }
        b.role = BlockRole.BOX;
      }
    }
  }

  private static boolean isHeadingLike(Block b, float body, String type) {
    String raw = b.rawText().strip();
    if (type != null && type.matches("H[1-6]?|Title")) {
      return true;
    }
    int letters = (int) raw.codePoints().filter(Character::isLetter).count();
    if (letters < 2 || b.lines.size() > 4 || raw.length() > 220) {
      return false;
    }
    float size = b.size();
    if (size >= body * 1.12f) {
      return !SENTENCE_END.matcher(raw).matches() || raw.length() < 120;
    }
    if (b.bold() && size >= body * 0.9f && raw.length() <= 160 && b.lines.size() <= 3) {
      return !raw.endsWith(".") || NUMBERED.matcher(raw).matches();
    }
    // small capitals: the whole line in capitals, at body size, short
    if (size >= body * 0.95f && raw.length() <= 90 && b.lines.size() <= 2 && letters >= 4
        && raw.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && !raw.endsWith(".")) {
      return true;
    }
    return false;
  }

  private static boolean isPullQuote(Block b, float body, String raw) {
    int words = raw.split("\\s+").length;
    boolean quoted = raw.startsWith("“") || raw.startsWith("\"") || raw.startsWith("«") || raw.startsWith("‘");
    return words >= 8 && b.size() >= body * 1.15f && (b.italic() || quoted) && b.lines.size() <= 8;
  }

  /** Small type at the foot of its column, with a note marker or a rule above, nothing but notes below it. */
  private static boolean isFootnote(Block b, Page p, float body, List<Block> blocks) {
    if (b.size() > body * 0.93f || b.y0 < p.height() * 0.45f) {
      return false;
    }
    String raw = b.rawText().strip();
    boolean marker = b.markerStart || FOOTNOTE_MARKER.matcher(raw).matches();
    if (!marker && !b.ruleAbove) {
      return false;
    }
    for (Block o : blocks) {
      if (o == b || o.y0 <= b.y0 || o.x1 < b.x0 || o.x0 > b.x1) {
        continue;
      }
      boolean small = o.size() <= body * 0.93f;
      if (!small && !inMargin(o, p, false)) {
        return false;
      }
    }
    return true;
  }

  /** Heading levels: H1..H6 from the structure tree; else numbering depth; else rank of size (bold after size). */
  private static void levels(List<Block> all, float body, StructureTree tree) {
    TreeSet<Integer> sizes = new TreeSet<>(Comparator.reverseOrder());
    for (Block b : all) {
      if (b.role == BlockRole.HEADING || b.boxTitle) {
        sizes.add(sizeKey(b, body));
      }
    }
    List<Integer> ranked = new ArrayList<>(sizes);
    for (Block b : all) {
      if (b.role != BlockRole.HEADING && !b.boxTitle) {
        continue;
      }
      String type = b.element >= 0 && tree != null ? tree.get(b.element).type() : null;
      var m = NUMBERED.matcher(b.rawText().strip());
      if (m.matches() && m.group(1) != null) {
        b.level = Math.min(6, m.group(1).split("\\.").length); // the author's numbering: 3.1 is below 3.
        continue;
      }
      if (type != null && type.matches("H[1-6]")) {
        b.level = type.charAt(1) - '0';
        continue;
      }
      b.level = Math.min(6, ranked.indexOf(sizeKey(b, body)) + 1);
    }
  }

  /** Levels counted from the document's top section level: its highest headings are level 1 (chapters). */
  private static void normaliseLevels(List<Block> all) {
    int top = Integer.MAX_VALUE;
    for (Block b : all) {
      if (b.role == BlockRole.HEADING && b.level > 0) {
        top = Math.min(top, b.level);
      }
    }
    if (top == Integer.MAX_VALUE || top == 1) {
      return;
    }
    for (Block b : all) {
      if ((b.role == BlockRole.HEADING || b.boxTitle) && b.level > 0) {
        b.level = Math.max(1, b.level - top + 1);
      }
    }
  }

  /** Size in whole points, bold headings at body size ranked just below the smallest larger size. */
  private static int sizeKey(Block b, float body) {
    return Math.round(b.size() * 2) * 2 + (b.bold() ? 1 : 0);
  }

  /** The first page's largest heading, set larger than anything else in the document, is the title. */
  private static void title(List<Page> pages, float body) {
    if (pages.isEmpty() || pages.get(0).pageNo() != 1) {
      return;
    }
    float max = 0;
    for (Page p : pages) {
      for (Block b : p.blocks()) {
        if (!b.role.furniture()) {
          max = Math.max(max, b.size());
        }
      }
    }
    List<Block> first = pages.get(0).blocks();
    for (int i = 0; i < first.size(); i++) {
      Block b = first.get(i);
      if (b.role == BlockRole.HEADING && b.size() >= max - 0.25f && b.size() >= body * 1.4f) {
        b.role = BlockRole.TITLE;
        b.level = 0;
        // a subtitle: the unnumbered, larger-than-body heading right after it
        if (i + 1 < first.size()) {
          Block s = first.get(i + 1);
          if (s.role == BlockRole.HEADING && !NUMBERED.matcher(s.rawText().strip()).matches()
              && s.size() >= body * 1.2f && !s.bold()) {
            s.role = BlockRole.TITLE;
            s.level = 0;
          }
        }
        return;
      }
    }
  }

  /**
   * A paragraph cut by a column or page break (or by a box set in its way) continues in the next body
   * block when it does not end a sentence and the next one starts in lower case or the cut word is
   * hyphenated; in a tagged PDF, when both pieces belong to the same structure element.
   */
  private static void continuation(List<Page> pages) {
    Block prevBody = null;
    Block prevBox = null;
    Set<Integer> elementsSeen = new HashSet<>();
    for (Page p : pages) {
      for (Block b : p.blocks()) {
        if (b.role != BlockRole.BODY && b.role != BlockRole.BOX) {
          continue;
        }
        Block prev = b.role == BlockRole.BODY ? prevBody : prevBox;
        if (prev != null && !b.boxTitle) {
          boolean broken = prev.pageNo != b.pageNo || prev.column != b.column || b.order != prev.order + 1;
          if (b.element >= 0 && elementsSeen.contains(b.element)) {
            b.continues = true; // another piece of a structure element already seen
          } else if (broken && b.element < 0 && prev.element < 0) {
            String before = prev.rawText().strip();
            String after = b.rawText().strip();
            boolean hyphen = before.endsWith("-") || before.endsWith("\u00AD");
            int first = after.isEmpty() ? 'A' : after.codePointAt(0);
            // no sentence end before the break: the sentence goes on (a colon may announce a list instead)
            b.continues = !after.isEmpty() && !SENTENCE_END.matcher(before).matches() && !before.endsWith(":")
                && (Character.isLetterOrDigit(first) || hyphen || "(“\"‘«".indexOf(first) >= 0);
          }
        }
        if (b.element >= 0) {
          elementsSeen.add(b.element);
        }
        if (b.role == BlockRole.BODY) {
          prevBody = b;
        } else {
          prevBox = b;
        }
      }
    }
  }

  // ---- text ----

  static String text(Block b) {
    StringBuilder out = new StringBuilder();
    if (b.role == BlockRole.TABLE) {
      float rowBase = Float.NaN;
      for (Line l : b.lines) {
        if (out.length() > 0) {
          out.append(Math.abs(l.base - rowBase) < 0.5f ? '\t' : '\n');
        }
        out.append(lineText(l, true));
        rowBase = l.base;
      }
      return clean(out.toString());
    }
    for (Line l : b.lines) {
      String line = lineText(l);
      if (line.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(joiner(out, line));
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\u0001') {
          out.setLength(out.length() - 2); // hyphen and marker removed
        }
      }
      out.append(line);
    }
    return clean(out.toString());
  }

  /** What goes between two lines: a space, nothing (CJK, hyphenated names), or the removal of a soft hyphen. */
  private static String joiner(StringBuilder before, String next) {
    char last = before.charAt(before.length() - 1);
    int first = next.codePointAt(0);
    if ((last == '-' || last == '\u00AD') && before.length() > 1 && Character.isLetter(before.charAt(before.length() - 2))) {
      if (Character.isLowerCase(first) || last == '\u00AD') {
        return "\u0001"; // "develop-" + "ment": drop the hyphen
      }
      return ""; // "Helsinki-" + "Uusimaa"
    }
    if (cjk(last) && cjk(first)) {
      return "";
    }
    return " ";
  }

  private static String lineText(Line l) {
    return lineText(l, false);
  }

  /** In a table, a wide space between words separates cells (a tab). */
  private static String lineText(Line l, boolean table) {
    StringBuilder b = new StringBuilder();
    Word prev = null;
    for (Word w : l.words) {
      if (prev != null && table && w.x0 - prev.x1 > 0.6f * w.size) {
        b.append('\t');
      } else if (prev != null) {
        boolean tight = cjk(prev.text.charAt(prev.text.length() - 1)) && cjk(w.text.charAt(0))
            && w.x0 - prev.x1 < 0.5f * w.size;
        if (!tight) {
          b.append(' ');
        }
      }
      b.append(w.text);
      prev = w;
    }
    return b.toString().strip();
  }

  static boolean cjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  private static String clean(String s) {
    String t = s;
    if (LIGATURES.matcher(t).find()) {
      t = LIGATURES.matcher(t).replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
    }
    t = Normalizer.normalize(t, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\u0000' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
        continue;
      }
      b.append(c == '\u00A0' ? ' ' : c);
    }
    return b.toString().replaceAll(" {2,}", " ").strip();
  }
}
