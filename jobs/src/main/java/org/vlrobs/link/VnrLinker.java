package org.vlrobs.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link stage's engine for one VNR passage: which mentions of local reviews it holds
 * ({@link MentionRules}), which localities they cite ({@link LocalityFinder}) and which of the corpus's
 * VLRs those are ({@link VlrCatalog}). Localities are sought only where reviews are named: in the
 * sentences that name one, or in the whole passage when its own (innermost) section heading does (a
 * box, section or annex about local reviews; a chapter naming them is not enough). Localities of another country than the VNR's are left out.
 */
public final class VnrLinker {
  /** One piece of evidence: a mention with the localities it cites and the VLR documents they resolve to. */
  public record Evidence(MentionType type, String matchedText, List<String> localities,
      List<String> linkedVlrDocIds, double confidence, String rule) {}

  private final MentionRules rules;
  /** Not thread-safe (the rules keep stemmers): one linker per task. */
  private final LocalityFinder finder;
  private final VlrCatalog catalog;

  /** @param ner English place-name tagger, or null for gazetteer and patterns only */
  public VnrLinker(VlrCatalog catalog, LocalityFinder.LocationTagger ner) {
    this(catalog, ner, PassageModel.packaged());
  }

  /** @param involvement the involvement model for lrg alone, or null for the rules alone (evaluation) */
  public VnrLinker(VlrCatalog catalog, LocalityFinder.LocationTagger ner, PassageModel involvement) {
    this(catalog, ner, involvement == null ? List.of() : List.of(involvement));
  }

  /** @param models the linkage models deciding their flags with the rules (empty for the rules alone) */
  public VnrLinker(VlrCatalog catalog, LocalityFinder.LocationTagger ner, List<PassageModel> models) {
    this.rules = new MentionRules(org.vlrobs.lexicon.ReviewLexicon.shared(), models);
    this.catalog = catalog;
    this.finder = new LocalityFinder(catalog.gazetteer(), ner);
  }

  /** One passage read on its own (a document of one passage). */
  public List<Evidence> analyse(String text, String heading, String language, String vnrCountry, Integer vnrYear) {
    return analyse(text, heading, language, null, MentionRules.newDocument(), vnrCountry, vnrYear);
  }

  /**
   * One passage of a VNR whose passages are read in order: {@code ctx} (from {@link MentionRules#newDocument()},
   * one per document) carries what earlier passages said.
   */
  public List<Evidence> analyse(String text, String heading, String language, String role, MentionRules.Context ctx,
      String vnrCountry, Integer vnrYear) {
    List<Mention> mentions = rules.find(text, heading, language, role, ctx);
    if (mentions.isEmpty()) {
      return List.of();
    }
    List<String> localities = List.of();
    List<String> linked = List.of();
    if (mentions.stream().anyMatch(m -> m.type() != MentionType.LRG)) {
      String scope = scope(text, ctx);
      List<String> names = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      for (LocalityFinder.Found f : scope.isBlank() ? List.<LocalityFinder.Found>of() : finder.find(scope, language)) {
        if (vnrCountry != null && f.country() != null && !vnrCountry.equals(f.country())) {
          continue; // another country's city: not a local review of this country
        }
        names.add(f.name());
        VlrCatalog.VlrRef vlr = catalog.resolve(f.name(), vnrCountry, vnrYear,
            yearNear(scope, f.offset(), f.surface().length()));
        if (vlr != null) {
          ids.add(vlr.docId());
        }
      }
      localities = List.copyOf(names);
      linked = List.copyOf(ids);
    }
    List<Evidence> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean lrg = m.type() == MentionType.LRG;
      out.add(new Evidence(m.type(), m.matchedText(), lrg ? List.of() : localities, lrg ? List.of() : linked,
          m.confidence(), m.rule()));
    }
    return out;
  }

  /** Where cited localities are sought: the sentences naming a review, or all of a passage whose own section names one. */
  private static String scope(String text, MentionRules.Context ctx) {
    if (ctx.sectionNamesReview) { // the passage's own section is about reviews
      return ctx.sectionHeading + "\n" + text;
    }
    return String.join("\n", ctx.reviewSentences);
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  /**
   * The edition's year written next to a cited locality ("la Revisión Local Voluntaria de Málaga (2021)",
   * "Helsinki's 2019 review"): the year closest to the name within 25 characters, or null.
   */
  static Integer yearNear(String scope, int at, int length) {
    if (at < 0 || at >= scope.length()) {
      return null;
    }
    int from = Math.max(0, at - 25);
    int to = Math.min(scope.length(), at + length + 25);
    Matcher m = YEAR.matcher(scope).region(from, to);
    Integer best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      int distance = m.start() >= at ? m.start() - (at + length) : at - m.end();
      if (distance < bestDistance) {
        bestDistance = distance;
        best = Integer.parseInt(m.group());
      }
    }
    return best;
  }
}
