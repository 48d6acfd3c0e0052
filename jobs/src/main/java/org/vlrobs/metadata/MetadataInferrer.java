package org.vlrobs.metadata;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.metadata.LocalityGazetteer.Locality;

/**
 * Fills in what the manifest does not say: kind, country, locality, year and title, from the title
 * page and the first pages, in English, Spanish, French and Portuguese (and Japanese/Chinese review
 * names). Manifest values always win; every inferred field is marked as such.
 */
public final class MetadataInferrer {
  /** How many leading pages inference reads. */
  public static final int PAGES_READ = 3;

  /** Review names from the shared lexicon (org/vlrobs/lexicon/<language>/*-review-names.txt), folded. */
  private static final org.vlrobs.lexicon.ReviewLexicon LEXICON = org.vlrobs.lexicon.ReviewLexicon.shared();
  private static final List<String> VNR_CUES = LEXICON.names(
      org.vlrobs.lexicon.ReviewLexicon.Family.NATIONAL_REVIEW_NAMES, List.of("VNR")).stream().map(TextKey::of).toList();
  private static final List<String> VLR_CUES = java.util.stream.Stream.concat(
      LEXICON.names(org.vlrobs.lexicon.ReviewLexicon.Family.LOCAL_REVIEW_NAMES, List.of()).stream(),
      LEXICON.entries(org.vlrobs.lexicon.ReviewLexicon.Family.REVIEW_ACRONYMS, "en").stream()).map(TextKey::of).toList();
  private static final String REVIEW_NAME = LEXICON.reviewNameRegex(false);

  /** Review name followed by the locality: "Voluntary Local Review of Helsinki", "Relatório ... de Niterói". */
  private static final Pattern LOCALITY_AFTER = Pattern.compile(
      "(?iu)" + REVIEW_NAME
          + "\\s*(?:\\d{4}\\s*)?(?:of\\s+(?:the\\s+)?|for\\s+(?:the\\s+)?|de\\s+la\\s+|del\\s+|de\\s+l['’]|d['’]|de\\s+|do\\s+|da\\s+|du\\s+|[:–—-]\\s*)"
          + "((?:\\p{Lu}[\\p{L}'’.\\-]*)(?:[ \\-](?:(?:de|do|da|del|la|los|las|of|upon|sur|-)\\s)?\\p{Lu}[\\p{L}'’.\\-]*){0,4})");
  /** Locality before the review name: "Helsinki Voluntary Local Review", "Bristol's VLR". */
  private static final Pattern LOCALITY_BEFORE = Pattern.compile(
      "(?u)((?:\\p{Lu}[\\p{L}'’.\\-]*)(?:[ \\-]\\p{Lu}[\\p{L}'’.\\-]*){0,3})(?:['’]s)?\\s+(?:\\d{4}\\s+)?"
          + "(?:" + REVIEW_NAME + "|(?-i:VLR)\\b)");
  /** A place word of the lexicon before a locality's name: "City of", "Ayuntamiento de", "Ville de", "Prefeitura de". */
  private static final Pattern LOCALITY_PREFIX = Pattern.compile(
      "(?iu)^(?:the\\s+)?" + LEXICON.surfaceRegex(org.vlrobs.lexicon.ReviewLexicon.Family.PLACE_WORDS)
          + "\\s+(?:of\\s+(?:the\\s+)?|de\\s+(?:la\\s+)?|d['’]|du\\s+|do\\s+|da\\s+)");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/])(20[0-3]\\d|199\\d)(?![\\d.,/]\\d)");
  private static final Pattern AGENDA_YEAR = Pattern.compile(
      "(?iu)(agenda|horizon|horizonte|horizonte|vision|visi[oó]n|by|para|pour|até|ate|hasta|d['’]ici|objetivos)\\W{0,3}$");
  private static final Pattern JUNK_TITLE = Pattern.compile(
      "(?i)^(microsoft (word|powerpoint)|untitled|document\\d*|doc\\d+|layout \\d|print|\\S+\\.(docx?|pdf|indd|pptx?))");

  /** Words that follow "Voluntary Local Review of" without being a place. */
  private static final java.util.Set<String> NOT_LOCALITY = java.util.Set.of("the", "city", "our", "this", "sdg",
      "sdgs", "progress", "implementation", "the sdgs", "agenda", "goals", "local", "la", "el", "le", "les", "os",
      "as", "los", "las", "avances", "progresso", "progres");

  private final CountryGazetteer countries = CountryGazetteer.shared();
  private final LocalityGazetteer localities = LocalityGazetteer.shared();
  private final int maxYear = Year.now().getValue() + 1;

  /**
   * @param entry          the corpus entry with any manifest metadata
   * @param leadingPages   text of the first pages (at most {@link #PAGES_READ} are read)
   * @param embeddedTitle  title from the file's own metadata (PDF info, DOCX core properties), may be null
   * @param language       detected dominant language (used when the manifest gives none)
   */
  public DocumentMetadata infer(CorpusEntry entry, List<String> leadingPages, String embeddedTitle, String language) {
    Map<String, String> sources = new LinkedHashMap<>();
    List<String> pages = leadingPages.subList(0, Math.min(PAGES_READ, leadingPages.size()));
    String firstPage = pages.isEmpty() ? "" : pages.get(0);

    String title = pick(sources, "title", entry.title(), () -> inferTitle(embeddedTitle, firstPage));
    String titleZone = StringUtils.defaultString(title) + "\n" + head(firstPage, 1_500);

    DocumentKind kind = entry.kind() != null ? DocumentKind.parse(entry.kind()) : null;
    if (kind != null) {
      sources.put("kind", DocumentMetadata.MANIFEST);
    } else {
      kind = inferKind(titleZone, pages, entry.fileName());
      sources.put("kind", kind == DocumentKind.OTHER ? DocumentMetadata.NONE : DocumentMetadata.INFERRED);
    }
    final DocumentKind k = kind;

    String locality = k != DocumentKind.VLR && entry.locality() == null ? null
        : pick(sources, "locality", entry.locality(), () -> inferLocality(titleZone, entry.fileName()));
    if (locality == null) {
      sources.put("locality", DocumentMetadata.NONE);
    }
    final String loc = locality;
    String country = pick(sources, "country", entry.country(), () -> inferCountry(titleZone, pages, loc));
    Integer year = pick(sources, "year", entry.year(), () -> inferYear(title, firstPage, entry.fileName()));
    String lang = pick(sources, "language", entry.language(), () -> language);
    return new DocumentMetadata(k, country, locality, year, lang, title, sources);
  }

  private interface Inference<T> {
    T get();
  }

  private static <T> T pick(Map<String, String> sources, String field, T manifest, Inference<T> inference) {
    if (manifest != null) {
      sources.put(field, DocumentMetadata.MANIFEST);
      return manifest;
    }
    T v = inference.get();
    sources.put(field, v == null ? DocumentMetadata.NONE : DocumentMetadata.INFERRED);
    return v;
  }

  /** VLR or VNR by the first review name on the title page, else by counts over the first pages. */
  DocumentKind inferKind(String titleZone, List<String> pages, String fileName) {
    String folded = TextKey.of(titleZone);
    int vnrAt = firstCue(folded, VNR_CUES);
    int vlrAt = firstCue(folded, VLR_CUES);
    if (vnrAt >= 0 || vlrAt >= 0) {
      if (vnrAt < 0) {
        return DocumentKind.VLR;
      }
      if (vlrAt < 0) {
        return DocumentKind.VNR;
      }
      return vnrAt <= vlrAt ? DocumentKind.VNR : DocumentKind.VLR;
    }
    int vnr = 0;
    int vlr = 0;
    for (String p : pages) {
      String f = TextKey.of(p);
      for (String c : VNR_CUES) {
        vnr += TextKey.countPhrase(f, c);
      }
      for (String c : VLR_CUES) {
        vlr += TextKey.countPhrase(f, c);
      }
    }
    if (vnr == 0 && vlr == 0) {
      String name = TextKey.of(fileName);
      if (TextKey.indexOfPhrase(name, "vnr") >= 0) {
        return DocumentKind.VNR;
      }
      if (TextKey.indexOfPhrase(name, "vlr") >= 0 || TextKey.indexOfPhrase(name, "vsr") >= 0) {
        return DocumentKind.VLR;
      }
      return DocumentKind.OTHER;
    }
    return vnr >= vlr ? DocumentKind.VNR : DocumentKind.VLR;
  }

  private static int firstCue(String folded, List<String> cues) {
    int best = -1;
    for (String c : cues) {
      int i = TextKey.indexOfPhrase(folded, c);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** The locality named with the review on the title page, canonical when the gazetteer knows it. */
  String inferLocality(String titleZone, String fileName) {
    List<String> unknown = new ArrayList<>();
    for (Pattern p : List.of(LOCALITY_AFTER, LOCALITY_BEFORE)) {
      Matcher m = p.matcher(titleZone);
      while (m.find()) {
        String candidate = cleanLocality(m.group(1));
        if (candidate == null) {
          continue;
        }
        Locality known = localities.lookup(candidate);
        if (known != null) {
          return known.name();
        }
        // "Helsinki From Agenda to Action": a longer capture may start with a known name
        for (PhraseIndex.Hit<Locality> hit : localities.find(candidate)) {
          if (hit.position() == 0) {
            return hit.value().name();
          }
        }
        if (countries.toIso3(candidate) == null) {
          unknown.add(candidate);
        }
      }
    }
    List<PhraseIndex.Hit<Locality>> hits = localities.find(titleZone);
    if (!hits.isEmpty()) {
      return mostFrequent(hits.stream().map(h -> h.value().name()).toList());
    }
    if (!unknown.isEmpty()) {
      return unknown.get(0); // a locality the gazetteer does not know yet, named with the review
    }
    List<PhraseIndex.Hit<Locality>> inName = localities.find(fileName.replaceAll("[-_.]", " "));
    return inName.isEmpty() ? null : inName.get(0).value().name();
  }

  private static String cleanLocality(String raw) {
    String s = LOCALITY_PREFIX.matcher(raw.trim()).replaceFirst("");
    s = s.replaceAll("[\\s.,:;–—-]+$", "").replaceAll("\\s+", " ").trim();
    String f = TextKey.of(s);
    if (s.length() < 2 || NOT_LOCALITY.contains(f) || f.startsWith("voluntary")) {
      return null;
    }
    return s;
  }

  /** Country named most on the title page (title weighs more), else the locality's country. */
  String inferCountry(String titleZone, List<String> pages, String locality) {
    Map<String, Integer> score = new HashMap<>();
    for (PhraseIndex.Hit<String> h : countries.find(titleZone)) {
      score.merge(h.value(), 5, Integer::sum);
    }
    if (score.isEmpty() && locality != null) {
      Locality known = localities.lookup(locality);
      if (known != null) {
        return known.country();
      }
    }
    if (score.isEmpty()) {
      for (PhraseIndex.Hit<Locality> h : localities.find(titleZone)) {
        score.merge(h.value().country(), 3, Integer::sum);
      }
    }
    for (String p : pages) {
      for (PhraseIndex.Hit<String> h : countries.find(p)) {
        score.merge(h.value(), 1, Integer::sum);
      }
    }
    return score.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
  }

  /** The latest plausible year in the title, else on the title page, else in the file name. */
  Integer inferYear(String title, String firstPage, String fileName) {
    for (String zone : new String[] {title, head(firstPage, 1_500), fileName}) {
      Integer y = latestYear(zone);
      if (y != null) {
        return y;
      }
    }
    return null;
  }

  private Integer latestYear(String text) {
    if (text == null) {
      return null;
    }
    Integer best = null;
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y > maxYear || y < 2000) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 15), m.start());
      if (AGENDA_YEAR.matcher(before).find()) {
        continue; // "Agenda 2030", "by 2030": a horizon, not the publication year
      }
      if (best == null || y > best) {
        best = y;
      }
    }
    return best;
  }

  /** The embedded title if it looks like one, else the first lines of the title page. */
  static String inferTitle(String embeddedTitle, String firstPage) {
    String t = StringUtils.normalizeSpace(embeddedTitle);
    if (t != null && t.length() >= 8 && !JUNK_TITLE.matcher(t).find()) {
      return StringUtils.abbreviate(t, 300);
    }
    // Title pages put an institution's name above the title: prefer the block that names a review.
    List<String> blocks = new ArrayList<>();
    for (String block : head(firstPage, 2_000).split("\\n\\s*\\n")) {
      String b = StringUtils.normalizeSpace(block);
      if (!b.isEmpty() && !TextKey.of(b).isEmpty()) {
        blocks.add(b);
      }
    }
    for (String b : blocks) {
      String folded = TextKey.of(b);
      if (b.length() <= 300 && (firstCue(folded, VLR_CUES) >= 0 || firstCue(folded, VNR_CUES) >= 0)) {
        return b;
      }
    }
    return blocks.isEmpty() ? null : StringUtils.abbreviate(blocks.get(0), 300);
  }

  private static String head(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private static String mostFrequent(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
