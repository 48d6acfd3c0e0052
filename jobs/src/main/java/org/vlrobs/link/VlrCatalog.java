package org.vlrobs.link;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vlrobs.metadata.LocalityGazetteer;
import org.vlrobs.metadata.LocalityGazetteer.Locality;
import org.vlrobs.metadata.TextKey;

/**
 * The corpus's VLRs that a VNR can be linked to: one entry per distinct report (of documents with the
 * same text only the one with the smallest id), with country, locality, year and SDG profile. Small —
 * one entry per VLR, never their text — so the link stage ships it to every task. Localities are compared
 * in canonical form: "Ville de Besançon", "Besancon" and "Besançon" are one locality.
 */
public final class VlrCatalog implements Serializable {
  /** A VLR document. {@code sdgProfile}: weighted score per SDG 1..17 (index 0..16), or null. */
  public record VlrRef(String docId, String country, String locality, Integer year, double[] sdgProfile)
      implements Serializable {}

  private final List<VlrRef> vlrs;
  private final LocalityGazetteer gazetteer;
  private final Map<String, List<VlrRef>> byLocality = new HashMap<>();
  private final Map<String, VlrRef> byId = new HashMap<>();

  /** VLRs whose country is unknown take their locality's country from the gazetteer. */
  public VlrCatalog(List<VlrRef> given) {
    List<Locality> named = new ArrayList<>();
    for (VlrRef v : given) {
      if (v.locality() != null && !v.locality().isBlank()) {
        named.add(new Locality(v.locality(), v.country()));
      }
    }
    this.gazetteer = LocalityGazetteer.with(named);
    List<VlrRef> filled = new ArrayList<>();
    for (VlrRef v : given) {
      Locality known = v.country() == null && v.locality() != null ? gazetteer.lookup(v.locality()) : null;
      filled.add(known == null ? v : new VlrRef(v.docId(), known.country(), v.locality(), v.year(), v.sdgProfile()));
    }
    this.vlrs = List.copyOf(filled);
    for (VlrRef v : vlrs) {
      byId.put(v.docId(), v);
      if (v.locality() != null && !v.locality().isBlank()) {
        byLocality.computeIfAbsent(key(v.locality()), k -> new ArrayList<>()).add(v);
      }
    }
  }

  /** The packaged gazetteer plus the localities of these VLRs. */
  public LocalityGazetteer gazetteer() {
    return gazetteer;
  }

  /** Canonical key of a locality name: its gazetteer name when known, folded. */
  public String key(String locality) {
    Locality known = gazetteer.lookup(locality);
    return TextKey.of(known != null ? known.name() : locality);
  }

  /**
   * The VLR a VNR citing {@code locality} refers to: same locality, same country (when the VNR's country
   * is known), published no later than the VNR (when both years are known); the latest such edition.
   * Null when there is none.
   */
  public VlrRef resolve(String locality, String vnrCountry, Integer vnrYear) {
    return resolve(locality, vnrCountry, vnrYear, null);
  }

  /** As {@link #resolve(String, String, Integer)}, preferring the edition of {@code editionYear} when there is one. */
  public VlrRef resolve(String locality, String vnrCountry, Integer vnrYear, Integer editionYear) {
    List<VlrRef> candidates = byLocality.getOrDefault(key(locality), List.of()).stream()
        .filter(v -> vnrCountry == null || vnrCountry.equals(v.country()))
        .filter(v -> vnrYear == null || v.year() == null || v.year() <= vnrYear)
        .toList();
    Comparator<VlrRef> latest = Comparator.comparing((VlrRef v) -> v.year() == null ? Integer.MIN_VALUE : v.year())
        .thenComparing(VlrRef::docId, Comparator.reverseOrder());
    if (editionYear != null) {
      VlrRef named = candidates.stream().filter(v -> editionYear.equals(v.year())).max(latest).orElse(null);
      if (named != null) {
        return named;
      }
    }
    return candidates.stream().max(latest).orElse(null);
  }

  /** VLRs of the country published no later than the year (any year when it is null); null if country unknown. */
  public List<VlrRef> inCountryBefore(String country, Integer year) {
    if (country == null) {
      return null;
    }
    return vlrs.stream()
        .filter(v -> country.equals(v.country()))
        .filter(v -> year == null || (v.year() != null && v.year() <= year))
        .toList();
  }

  public VlrRef byId(String docId) {
    return byId.get(docId);
  }
}
