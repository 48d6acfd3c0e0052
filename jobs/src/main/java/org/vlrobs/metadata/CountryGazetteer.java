package org.vlrobs.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Country names to ISO 3166-1 alpha-3: Java's display names in English, Spanish, French, Portuguese,
 * German, Italian, Japanese and Chinese, plus curated official and common names
 * ({@code country-aliases.tsv}). Names that are also everyday words are left out of text search.
 */
public final class CountryGazetteer implements Serializable {
  static final List<Locale> NAME_LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
      Locale.FRENCH, Locale.forLanguageTag("pt"), Locale.GERMAN, Locale.ITALIAN, Locale.JAPANESE,
      Locale.SIMPLIFIED_CHINESE);
  /** Folded names too ambiguous to count as country mentions in running text. */
  private static final Set<String> AMBIGUOUS = Set.of("jersey", "georgia", "chad", "jordan", "turkey",
      "maurice", "man", "guernsey", "niger", "china", "india", "oman", "congo", "dominica", "korea", "mali",
      "peru", "salvador", "guinea", "martinique", "reunion", "mayotte", "iran", "israel", "sudan");


  private final PhraseIndex<String> index = new PhraseIndex<>();
  private final Map<String, String> alpha2To3 = new HashMap<>();
  private final Map<String, String> englishName = new HashMap<>();
  private final Set<String> alpha3 = new java.util.HashSet<>();

  private CountryGazetteer() {
    try (InputStream in = CountryGazetteer.class.getResourceAsStream("country-aliases.tsv")) {
      for (String[] row : readTsv(in)) {
        index.add(row[0], row[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String a2 : Locale.getISOCountries()) {
      Locale country = new Locale("", a2);
      String a3;
      try {
        a3 = country.getISO3Country();
      } catch (MissingResourceException e) {
        continue;
      }
      alpha2To3.put(a2, a3);
      alpha3.add(a3);
      englishName.put(a3, country.getDisplayCountry(Locale.ENGLISH));
      for (Locale lang : NAME_LANGUAGES) {
        String name = country.getDisplayCountry(lang);
        if (!name.equals(a2)) {
          index.add(name, a3);
        }
      }
    }
  }

  public static CountryGazetteer shared() {
    return Holder.INSTANCE;
  }

  /** Built on first use, once per JVM (class initialisation is thread-safe). */
  private static final class Holder {
    static final CountryGazetteer INSTANCE = new CountryGazetteer();
  }


  /** ISO alpha-3 for an alpha-3 code, alpha-2 code or a country name; null if unknown. */
  public String toIso3(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.length() == 3 && alpha3.contains(v.toUpperCase(Locale.ROOT))) {
      return v.toUpperCase(Locale.ROOT);
    }
    if (v.length() == 2 && alpha2To3.containsKey(v.toUpperCase(Locale.ROOT))) {
      return alpha2To3.get(v.toUpperCase(Locale.ROOT));
    }
    return index.get(v);
  }

  public String englishName(String iso3) {
    return englishName.get(iso3);
  }

  /** Country mentions in text, in order; ambiguous everyday words excluded. */
  public List<PhraseIndex.Hit<String>> find(String text) {
    return index.find(text).stream().filter(h -> !AMBIGUOUS.contains(h.phrase())).toList();
  }

  static List<String[]> readTsv(InputStream in) throws IOException {
    if (in == null) {
      throw new IOException("gazetteer resource missing from the classpath");
    }
    List<String[]> rows = new java.util.ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
