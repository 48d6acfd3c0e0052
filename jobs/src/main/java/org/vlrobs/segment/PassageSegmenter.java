package org.vlrobs.segment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The segment engine: the pages of one document in, passages out. Running headers, footers and page
 * numbers are dropped; lines are re-joined (hyphenation across line ends repaired); a paragraph cut
 * by a page break is joined again; headings are recognised and carried; long paragraphs are split at
 * sentence ends into passages of at most {@link #MAX_TOKENS} tokens; scraps shorter than
 * {@link #MIN_TOKENS} are joined to the next paragraph of the same section and page. Not thread-safe.
 */
public final class PassageSegmenter {
  public static final int MAX_TOKENS = 160;
  public static final int TARGET_TOKENS = 110;
  public static final int MIN_TOKENS = 12;

  private static final Pattern HYPHEN_END = Pattern.compile(".*\\p{L}[-\u00AD]$");
  private static final Pattern CHAPTER = Pattern.compile(
      "(?iu)^(?:sdg|ods|odd|goal|objetivo|objectif|objective|chapter|cap[ií]tulo|chapitre|annex|anexo|annexe|"
          + "part|parte|partie|section|secci[oó]n|se[cç][aã]o|目标|目標|第)(?:\\s+|(?=\\d))[\\dIVX]+\\b.*"
          + "|^(?:annex|anexo|annexe|appendix|ap[eé]ndice)\\b.*|^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+\\p{Lu}.*");
  /** Labels of boxes, figures, tables and case studies, in the four main languages. */
  private static final Pattern LABEL = Pattern.compile(
      "(?iu)^(?:box|recuadro|cuadro|encadr[ée]|quadro|caixa|figure|figura|table|tabla|tableau|tabela|case study|"
          + "estudio de caso|[ée]tude de cas|estudo de caso|caso)\\s*\\d+[.:]?.{0,100}$");
  private static final Pattern FIGURES_END = Pattern.compile("(?s).*\\d[\\d.,%]*\\s+\\d[\\d.,%]*\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;:。！？」』\")”»]$");

  private final Splitters splitters;

  public PassageSegmenter(Splitters splitters) {
    this.splitters = splitters;
  }

  /** A paragraph of the running text, with the page it starts on, its section and its role. */
  private record Paragraph(int pageNo, String text, String language, String heading, String role) {
    Paragraph(int pageNo, String text, String language, String heading) {
      this(pageNo, text, language, heading, "body");
    }
  }

  /**
   * Passages of a document: from its layout blocks when its pages have them (headings, boxes,
   * footnotes and paragraphs as the layout analysis found them), else from the page text by the
   * heuristics below.
   */
  public List<Passage> segment(String docId, List<PageText> pages, String documentLanguage) {
    for (PageText p : pages) {
      if (!p.blocks().isEmpty()) {
        return segmentBlocks(docId, pages, documentLanguage);
      }
    }
    return segmentText(docId, pages, documentLanguage);
  }

  private static final java.util.Set<String> NOT_PASSAGES = java.util.Set.of("header", "footer", "page_number");

  /**
   * Passages from layout blocks: headings (title, heading with level) set the section path; a box's title
   * heads its box and starts its first passage; paragraphs continued across column and page breaks are
   * joined; a passage never mixes roles (body, box, footnote, table...), so box text and body text stay apart.
   */
  List<Passage> segmentBlocks(String docId, List<PageText> pages, String documentLanguage) {
    List<Paragraph> paragraphs = new ArrayList<>();
    String[] levels = new String[8];
    String boxTitle = null;
    String boxTitlePending = null;
    java.util.Map<String, Integer> openByRole = new java.util.HashMap<>();
    for (PageText page : pages) {
      String language = page.language() != null ? page.language() : documentLanguage;
      for (BlockText b : page.blocks()) {
        String text = b.text().strip();
        if (text.isEmpty() || NOT_PASSAGES.contains(b.role())) {
          continue;
        }
        if ("title".equals(b.role()) || "heading".equals(b.role())) {
          int level = "title".equals(b.role()) ? 0 : Math.max(1, Math.min(6, b.level()));
          levels[level] = joinLines(text);
          for (int k = level + 1; k < levels.length; k++) {
            levels[k] = null;
          }
          boxTitle = null;
          boxTitlePending = null;
          openByRole.clear();
          continue;
        }
        if (b.boxTitle()) {
          boxTitle = joinLines(text);
          boxTitlePending = boxTitle;
          openByRole.remove("box");
          continue;
        }
        String heading = headingPath(levels);
        String role = b.role();
        if ("box".equals(role) && boxTitle != null) {
          heading = heading == null ? boxTitle : heading + " › " + boxTitle;
        }
        Integer open = openByRole.get(role);
        if (b.continues() && open != null) {
          Paragraph prev = paragraphs.get(open);
          paragraphs.set(open, new Paragraph(prev.pageNo(), join(prev.text(), text), prev.language(), prev.heading(),
              prev.role()));
          continue;
        }
        if ("box".equals(role) && boxTitlePending != null) {
          text = boxTitlePending + "\n" + text;
          boxTitlePending = null;
        }
        paragraphs.add(new Paragraph(page.pageNo(), text, language, heading, role));
        openByRole.put(role, paragraphs.size() - 1);
      }
    }
    if (boxTitlePending != null) {
      paragraphs.add(new Paragraph(pages.get(pages.size() - 1).pageNo(), boxTitlePending, documentLanguage,
          headingPath(levels), "box"));
    }
    return toPassages(docId, paragraphs);
  }

  /** "chapter › section › subsection" from the open heading levels (the document title left out). */
  private static String headingPath(String[] levels) {
    StringBuilder b = new StringBuilder();
    for (int k = 1; k < levels.length; k++) {
      if (levels[k] != null) {
        b.append(b.length() == 0 ? "" : " › ").append(levels[k]);
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** Passages from page text alone (formats without layout): the heuristics for headings, running lines, breaks. */
  List<Passage> segmentText(String docId, List<PageText> pages, String documentLanguage) {
    PageCleaner cleaner = PageCleaner.of(pages);
    List<Paragraph> paragraphs = new ArrayList<>();
    String chapter = null;
    String section = null;
    for (PageText page : pages) {
      String language = page.language() != null ? page.language() : documentLanguage;
      boolean firstOfPage = true;
      boolean afterFigures = false;
      for (String rawBlock : cleaner.clean(page.text()).split("\\n\\s*\\n")) {
        String block = rawBlock.strip();
        // "Box 1: Title\nText of the box...": the label line is a heading of its own
        int newline = block.indexOf('\n');
        if (newline > 0 && LABEL.matcher(block.substring(0, newline)).matches()) {
          String label = block.substring(0, newline).strip();
          section = label;
          block = block.substring(newline + 1);
        }
        String text = joinLines(block);
        if (text.isEmpty()) {
          continue;
        }
        boolean figures = FIGURES_END.matcher(text).matches();
        // after a row of figures, a short line is the label of the next table row, not a heading
        boolean isHeading = isHeading(text) && (!afterFigures || CHAPTER.matcher(text).matches()
            || LABEL.matcher(text).matches());
        afterFigures = figures || (afterFigures && !isHeading && text.length() < 110);
        if (isHeading) {
          // a chapter: numbered or named like one, in capitals, or the first thing on its page
          if (firstOfPage || CHAPTER.matcher(text).matches() || chapter == null || isUpperCase(text)) {
            chapter = text;
            section = null;
          } else {
            section = text;
          }
          firstOfPage = false;
          continue;
        }
        String heading = section == null ? chapter : chapter + " › " + section;
        Paragraph previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
        if (firstOfPage && previous != null && continues(previous.text(), text)) {
          paragraphs.set(paragraphs.size() - 1, new Paragraph(previous.pageNo(), join(previous.text(), text),
              previous.language(), previous.heading()));
        } else {
          paragraphs.add(new Paragraph(page.pageNo(), text, language, heading));
        }
        firstOfPage = false;
      }
    }
    return toPassages(docId, paragraphs);
  }

  private List<Passage> toPassages(String docId, List<Paragraph> paragraphs) {
    List<Passage> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int pendingTokens = 0;
    Paragraph pendingFrom = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      SentenceSplitter splitter = splitters.forLanguage(p.language());
      List<Sentence> sentences = splitter.split(p.text());
      int tokens = sentences.stream().mapToInt(Sentence::tokens).sum();
      Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
      boolean sameSection = next != null && next.pageNo() == p.pageNo() && java.util.Objects.equals(next.heading(), p.heading())
          && next.role().equals(p.role());
      if (pendingFrom == null && tokens < MIN_TOKENS && sameSection) {
        pendingFrom = p;
        pending.append(p.text());
        pendingTokens = tokens;
        continue;
      }
      if (pendingFrom != null) {
        pending.append('\n').append(p.text());
        pendingTokens += tokens;
        if (pendingTokens < MIN_TOKENS && sameSection) {
          continue;
        }
        if (pendingTokens <= MAX_TOKENS) {
          out.add(passage(docId, pendingFrom, pending.toString(), pendingTokens, out.size() + 1));
          pending.setLength(0);
          pendingFrom = null;
          continue;
        }
        out.add(passage(docId, pendingFrom, pending.substring(0, pending.length() - p.text().length() - 1),
            pendingTokens - tokens, out.size() + 1));
        pending.setLength(0);
        pendingFrom = null;
      }
      if (tokens <= MAX_TOKENS) {
        out.add(passage(docId, p, p.text(), tokens, out.size() + 1));
        continue;
      }
      StringBuilder chunk = new StringBuilder();
      int chunkTokens = 0;
      for (Sentence s : sentences) {
        if (chunkTokens > 0 && chunkTokens + s.tokens() > TARGET_TOKENS) {
          out.add(passage(docId, p, chunk.toString(), chunkTokens, out.size() + 1));
          chunk.setLength(0);
          chunkTokens = 0;
        }
        chunk.append(chunk.length() == 0 ? "" : " ").append(s.text());
        chunkTokens += s.tokens();
      }
      if (chunkTokens > 0) {
        out.add(passage(docId, p, chunk.toString(), chunkTokens, out.size() + 1));
      }
    }
    if (pendingFrom != null) {
      out.add(passage(docId, pendingFrom, pending.toString(), pendingTokens, out.size() + 1));
    }
    return out;
  }

  private static Passage passage(String docId, Paragraph p, String text, int tokens, int ordinal) {
    return new Passage(passageId(docId, ordinal), docId, p.pageNo(), ordinal, p.heading(), text, p.language(), tokens,
        p.role());
  }

  /** Stable: the same document segmented the same way gives the same ids. */
  public static String passageId(String docId, int ordinal) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((docId + "#" + ordinal).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lines of a block as running text: hyphenated line ends repaired, CJK lines joined without spaces. */
  static String joinLines(String block) {
    StringBuilder b = new StringBuilder();
    for (String raw : block.split("\n")) {
      String line = raw.strip().replace('\t', ' ');
      if (line.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        int last = b.length() - 1;
        if (HYPHEN_END.matcher(b).matches() && Character.isLowerCase(line.codePointAt(0))) {
          b.setLength(last); // "develop-" + "ment" -> "development"
        } else if (HYPHEN_END.matcher(b).matches()) {
          // "Helsinki-" + "Uusimaa": the hyphen belongs to the name; no space
        } else if (!(isCjk(b.codePointBefore(b.length())) && isCjk(line.codePointAt(0)))) {
          b.append(' ');
        }
      }
      b.append(line);
    }
    return b.toString().replaceAll(" {2,}", " ");
  }

  private static String join(String a, String b) {
    if (HYPHEN_END.matcher(a).matches() && Character.isLowerCase(b.codePointAt(0))) {
      return a.substring(0, a.length() - 1) + b;
    }
    return isCjk(a.codePointBefore(a.length())) && isCjk(b.codePointAt(0)) ? a + b : a + " " + b;
  }

  /** A paragraph cut by a page break: no sentence end before the break, lower case after it. */
  private static boolean continues(String before, String after) {
    return !SENTENCE_END.matcher(before).matches() && Character.isLowerCase(after.codePointAt(0));
  }

  static boolean isHeading(String text) {
    if (text.length() > 110 || text.isEmpty()) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || isCjk(first))) {
      return false;
    }
    if (SENTENCE_END.matcher(text).matches() && !CHAPTER.matcher(text).matches() && !LABEL.matcher(text).matches()) {
      return false;
    }
    if (text.chars().filter(c -> c == '\t' || c == '|').count() > 0) {
      return false; // a table row
    }
    if (text.codePoints().filter(Character::isLetter).count() < 3) {
      return false; // figures, not a title
    }
    String[] words = text.split("\\s+");
    if (words.length > 14 || (isCjk(first) && text.length() > 30)) {
      return false;
    }
    if (words.length >= 3 && text.matches(".*\\d[\\d.,]*\\s+\\d[\\d.,]*\\s*$")) {
      return false; // a row of figures
    }
    if (CHAPTER.matcher(text).matches() || LABEL.matcher(text).matches()) {
      return true;
    }
    if (words.length > 1 && FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
      return false; // "... all divisions and the": a sentence that goes on
    }
    if (words.length > 6) {
      // long headings are in title case ("Report on the Implementation of the 2030 Agenda"); prose is not
      long content = java.util.Arrays.stream(words).filter(w -> w.length() > 3).count();
      long capital = java.util.Arrays.stream(words).filter(w -> w.length() > 3 && Character.isUpperCase(w.codePointAt(0))).count();
      return content == 0 || capital * 10 >= content * 4;
    }
    return true;
  }

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "and", "or", "of",
      "to", "in", "for", "with", "by", "on", "at", "from", "de", "del", "la", "el", "los", "las", "y", "en", "con",
      "por", "para", "et", "le", "les", "du", "des", "au", "aux", "à", "e", "o", "os", "as", "do", "da", "dos", "das",
      "em", "no", "na", "que", "com");

  private static boolean isUpperCase(String s) {
    return s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && s.codePoints().filter(Character::isLetter).count() > 3;
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
}
