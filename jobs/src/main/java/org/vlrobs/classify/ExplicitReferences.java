package org.vlrobs.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit references to SDGs, targets and indicators in English, Spanish, French, Portuguese,
 * Italian, German, Chinese and Japanese: "SDG 11", "SDGs 6, 11 and 13", "Goal 4", "ODS 6 y 11",
 * "Objetivo de Desarrollo Sostenible 3", "ODD 7", "objectif 13", "ODS 6 e 11", "target 11.3", "meta 6.1",
 * "cible 7.2", "SDG 11.a", "indicator 11.6.2", "indicador 6.3.1", "可持续发展目标11", "目标11", "目標11",
 * "SDGsのゴール11". Numbers outside 1–17 are ignored; bare dotted numbers ("3.2.1 Results") count only
 * after an indicator or target word, never alone. Stateless and thread-safe.
 */
public final class ExplicitReferences {
  private static final String NUM = "(?:1[0-7]|[1-9])";
  private static final String SUB = "(?:1[0-9]|[1-9]|[a-c])";
  /** A goal, target or indicator code: 11, 11.3, 11.a, 11.6.2. */
  private static final String CODE = NUM + "(?:\\.(?:" + SUB + ")(?:\\.(?:[1-9]|1[0-9]))?)?";

  /** Acronyms and full names: strong evidence. */
  private static final String STRONG = "SDGs?|ODS|ODD|OSS|SDG[- ]?(?:goal|target)s?|"
      + "sustainable\\s+development\\s+goals?|global\\s+goals?|"
      + "objetivos?\\s+de\\s+desarrollo\\s+sostenible|objetivos?\\s+de\\s+desenvolvimento\\s+sustent[aá]vel|"
      + "objectifs?\\s+de\\s+d[ée]veloppement\\s+durable|obiettiv[oi]\\s+di\\s+sviluppo\\s+sostenibile|"
      + "nachhaltigkeitsziele?|entwicklungsziele?";
  /** Generic words: a local strategy may number its own goals too. */
  private static final String WEAK = "goals?|objetivos?|objectifs?|obiettiv[oi]|ziele?";
  private static final String TARGET_WORD = "targets?|metas?|cibles?|traguardi|unterziele?";
  private static final String INDICATOR_WORD = "indicators?|indicador(?:es)?|indicateurs?|indicatori|indikator(?:en)?";
  private static final String JOINER = "\\s*(?:,|;|/|&|\\band\\b|\\bor\\b|\\by\\b|\\be\\b|\\bet\\b|\\bo\\b|\\bou\\b|\\bund\\b|\\bi\\b|"
      + "-|–|\\bto\\b|\\ba\\b|\\bà\\b)\\s*(?:(?:SDGs?|ODS|ODD|goals?|objetivos?|objectifs?|targets?|metas?|cibles?)\\s*)?";

  private static final Pattern LATIN = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d.])(?:(?<strong>" + STRONG + ")|(?<weak>" + WEAK + ")|(?<target>" + TARGET_WORD + ")|"
          + "(?<indicator>" + INDICATOR_WORD + "))\\s*(?:n[º°o]\\.?\\s*|#|no\\.\\s*|n\\.\\s*)?[:-]?\\s*"
          + "(?<codes>" + CODE + "(?:" + JOINER + CODE + ")*)(?![\\d.]*\\d|\\s*%|\\s*(?:per\\s*cent|por\\s*ciento|pour\\s*cent))");
  private static final Pattern CJK = Pattern.compile(
      "(?:可持续发展目标|永续发展目标|持続可能な開発目標|SDGsの?ゴール|SDGs?目标|SDGs?目標|目标|目標|ゴール|第)\\s*"
          + "(?<codes>" + CODE + ")(?![\\d])(?:个目标|目标|目標)?");
  private static final Pattern ONE_CODE = Pattern.compile(CODE);
  private static final Pattern RANGE = Pattern.compile("^\\s*(?:-|–|to|a|à)\\s*(?:SDGs?|ODS|ODD)?\\s*$", Pattern.CASE_INSENSITIVE);

  public List<SdgReference> find(String text) {
    List<SdgReference> refs = new ArrayList<>();
    Matcher m = LATIN.matcher(text);
    while (m.find()) {
      boolean strong = m.group("strong") != null;
      boolean targetWord = m.group("target") != null;
      boolean indicatorWord = m.group("indicator") != null;
      String codes = m.group("codes");
      int codesStart = m.start("codes");
      double confidence = strong || targetWord || indicatorWord ? 1.0 : 0.8;
      addCodes(refs, text, m.start(), m.end(), codes, codesStart, confidence, targetWord, indicatorWord);
    }
    Matcher c = CJK.matcher(text);
    while (c.find()) {
      addCodes(refs, text, c.start(), c.end(), c.group("codes"), c.start("codes"), 1.0, false, false);
    }
    refs.sort(java.util.Comparator.comparingInt(SdgReference::start));
    return refs;
  }

  private static void addCodes(List<SdgReference> refs, String text, int start, int end, String codes, int codesStart,
      double confidence, boolean targetWord, boolean indicatorWord) {
    String matched = text.substring(start, end);
    Matcher one = ONE_CODE.matcher(codes);
    int previousGoal = -1;
    int previousEnd = -1;
    while (one.find()) {
      String code = one.group();
      String[] parts = code.split("\\.");
      int goal = Integer.parseInt(parts[0]);
      if (previousGoal > 0 && parts.length == 1 && RANGE.matcher(codes.substring(previousEnd, one.start())).matches()
          && goal > previousGoal && goal - previousGoal <= 16) {
        for (int g = previousGoal + 1; g < goal; g++) { // "SDGs 1-5", "ODS 1 a 5"
          refs.add(new SdgReference(g, null, null, matched, start, confidence));
        }
      }
      if (parts.length == 1 && (targetWord || indicatorWord)) {
        continue; // "target 11" alone is not a target code
      }
      String target = parts.length >= 2 ? parts[0] + "." + parts[1] : null;
      String indicator = parts.length == 3 ? code : null;
      refs.add(new SdgReference(goal, target, indicator, matched, start, confidence));
      previousGoal = parts.length == 1 ? goal : -1;
      previousEnd = one.end();
    }
  }
}
