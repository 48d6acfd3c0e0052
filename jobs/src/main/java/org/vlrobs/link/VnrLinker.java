package org.vlrobs.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

  private final MentionRules rules = new MentionRules();
  private final LocalityFinder finder;
  private final VlrCatalog catalog;

  /** @param ner English place-name tagger, or null for gazetteer and patterns only */
  public VnrLinker(VlrCatalog catalog, LocalityFinder.LocationTagger ner) {
    this.catalog = catalog;
    this.finder = new LocalityFinder(catalog.gazetteer(), ner);
  }

  public List<Evidence> analyse(String text, String heading, String language, String vnrCountry, Integer vnrYear) {
    List<Mention> mentions = rules.find(text, heading);
    if (mentions.isEmpty()) {
      return List.of();
    }
    List<String> localities = List.of();
    List<String> linked = List.of();
    if (mentions.stream().anyMatch(m -> m.type() != MentionType.LRG)) {
      localities = citedLocalities(text, heading, language, vnrCountry);
      Set<String> ids = new LinkedHashSet<>();
      for (String l : localities) {
        VlrCatalog.VlrRef vlr = catalog.resolve(l, vnrCountry, vnrYear);
        if (vlr != null) {
          ids.add(vlr.docId());
        }
      }
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

  private List<String> citedLocalities(String text, String heading, String language, String vnrCountry) {
    String scope;
    String section = heading == null ? "" : heading.substring(heading.lastIndexOf('›') + 1).strip();
    if (MentionRules.namesReview(section)) { // the passage's own section is about reviews
      scope = section + "\n" + text;
    } else {
      StringBuilder b = new StringBuilder();
      for (String s : MentionRules.sentences(text)) {
        if (MentionRules.namesReview(s)) {
          b.append(s).append('\n');
        }
      }
      scope = b.toString();
    }
    List<String> names = new ArrayList<>();
    for (LocalityFinder.Found f : finder.find(scope, language)) {
      if (vnrCountry == null || f.country() == null || vnrCountry.equals(f.country())) {
        names.add(f.name());
      }
    }
    return names;
  }
}
