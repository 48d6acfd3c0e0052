package org.vlrobs.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * Localities that publish local reviews, with their country: canonical name, native and formal forms
 * ("Helsingin kaupunki", "Région Bretagne", "Kitakyushu City", "北九州市"). Matching is accent- and
 * case-insensitive, so "Besancon" finds Besançon.
 */
public final class LocalityGazetteer implements Serializable {
  /** A known locality. */
  public record Locality(String name, String country) implements Serializable {}

  private final PhraseIndex<Locality> index = new PhraseIndex<>();

  private LocalityGazetteer() {
    this(List.of());
  }

  /**
   * The packaged gazetteer plus more localities (e.g. those of the corpus's own VLRs). A name that is
   * already a known form keeps its known locality; a new name becomes a locality of its own.
   */
  private LocalityGazetteer(Collection<Locality> more) {
    try (InputStream in = LocalityGazetteer.class.getResourceAsStream("localities.tsv")) {
      List<String[]> rows = CountryGazetteer.readTsv(in);
      for (String[] row : rows) {
        index.add(row[0], new Locality(row[0], row[1]));
      }
      for (String[] row : rows) { // canonical names first, so an alias never shadows another canonical name
        if (row.length > 2 && !row[2].isBlank()) {
          for (String alias : row[2].split("\\|")) {
            index.add(alias, new Locality(row[0], row[1]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Locality l : more) {
      if (l.name() != null && !l.name().isBlank() && index.get(l.name()) == null) {
        index.add(l.name(), l);
      }
    }
  }

  /** The packaged gazetteer extended with {@code more} localities. */
  public static LocalityGazetteer with(Collection<Locality> more) {
    return new LocalityGazetteer(more);
  }

  public static LocalityGazetteer shared() {
    return Holder.INSTANCE;
  }

  /** Built on first use, once per JVM (class initialisation is thread-safe). */
  private static final class Holder {
    static final LocalityGazetteer INSTANCE = new LocalityGazetteer();
  }


  /** The known locality of that name (any of its forms), or null. */
  public Locality lookup(String name) {
    return index.get(name);
  }

  public List<PhraseIndex.Hit<Locality>> find(String text) {
    return index.find(text);
  }
}
