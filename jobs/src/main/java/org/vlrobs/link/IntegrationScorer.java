package org.vlrobs.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One VNR's integration of local reviews, from all its evidence: the five flags, the level (the
 * strongest flag, 0 when none holds), the cited localities, the VLRs they resolve to, how many of the
 * country's VLRs available at the time are linked, and how close the VNR's SDG profile is to theirs.
 */
public final class IntegrationScorer {
  /** The VNR document being scored; {@code sdgProfile} as in {@link VlrCatalog.VlrRef}. */
  public record Vnr(String docId, String country, Integer year, double[] sdgProfile) {}

  /** An evidence row of the VNR, with where it was found. */
  public record Found(String passageId, int ordinal, MentionType type, List<String> localities,
      List<String> linkedVlrDocIds) {}

  public record Integration(String docId, String country, Integer year, Set<MentionType> flags, int level,
      List<String> localities, List<String> linkedVlrDocIds, int nMentions, Integer vlrsInCountryBefore,
      Double shareLinked, Double sdgAlignment, String alignmentBasis) {
    public boolean has(MentionType t) {
      return flags.contains(t);
    }
  }

  /** An edge VNR → VLR: the locality it goes through, the strongest kind of mention, its first evidence. */
  public record Link(String vnrDocId, String vlrDocId, String locality, MentionType linkType,
      String evidencePassageId) {}

  private final VlrCatalog catalog;

  public IntegrationScorer(VlrCatalog catalog) {
    this.catalog = catalog;
  }

  public Integration score(Vnr vnr, List<Found> evidence) {
    List<Found> ordered = evidence.stream().sorted(Comparator.comparingInt(Found::ordinal)).toList();
    Set<MentionType> flags = EnumSet.noneOf(MentionType.class);
    Set<String> localities = new LinkedHashSet<>();
    Set<String> linked = new LinkedHashSet<>();
    Set<String> passages = new LinkedHashSet<>();
    for (Found f : ordered) {
      flags.add(f.type());
      localities.addAll(f.localities());
      linked.addAll(f.linkedVlrDocIds());
      passages.add(f.passageId());
    }
    int level = MentionType.levelOf(flags);
    List<VlrCatalog.VlrRef> available = catalog.inCountryBefore(vnr.country(), vnr.year());
    Integer nAvailable = available == null ? null : available.size();
    Double share = nAvailable == null || nAvailable == 0 ? null : Math.min(1.0, linked.size() / (double) nAvailable);

    List<double[]> basis = new ArrayList<>();
    String basisName = null;
    for (String id : linked) {
      VlrCatalog.VlrRef v = catalog.byId(id);
      if (v != null && v.sdgProfile() != null) {
        basis.add(v.sdgProfile());
      }
    }
    if (!basis.isEmpty()) {
      basisName = "linked";
    } else if (available != null) {
      for (VlrCatalog.VlrRef v : available) {
        if (v.sdgProfile() != null) {
          basis.add(v.sdgProfile());
        }
      }
      basisName = basis.isEmpty() ? null : "country";
    }
    Double alignment = basis.isEmpty() || vnr.sdgProfile() == null ? null : cosine(vnr.sdgProfile(), mean(basis));
    return new Integration(vnr.docId(), vnr.country(), vnr.year(), flags, level, List.copyOf(localities),
        List.copyOf(linked), passages.size(), nAvailable, share, alignment, alignment == null ? null : basisName);
  }

  /** One edge per linked VLR, through the strongest mention that links it (earliest on a tie). */
  public List<Link> links(Vnr vnr, List<Found> evidence) {
    Map<String, Link> best = new LinkedHashMap<>();
    List<Found> ordered = evidence.stream().sorted(Comparator.comparingInt(Found::ordinal)).toList();
    for (Found f : ordered) {
      for (String id : f.linkedVlrDocIds()) {
        VlrCatalog.VlrRef v = catalog.byId(id);
        if (v == null) {
          continue;
        }
        // the cited name through which the mention reached this VLR
        String locality = f.localities().stream().filter(l -> catalog.key(l).equals(catalog.key(v.locality())))
            .findFirst().orElse(v.locality());
        Link old = best.get(id);
        if (old == null || f.type().level() > old.linkType().level()) {
          best.put(id, new Link(vnr.docId(), id, locality, f.type(), f.passageId()));
        }
      }
    }
    return List.copyOf(best.values());
  }

  /** Cosine similarity of two non-negative profiles, in [0, 1]; null-safe for all-zero profiles. */
  static Double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? null : dot / Math.sqrt(na * nb);
  }

  static double[] mean(List<double[]> profiles) {
    double[] m = new double[profiles.get(0).length];
    for (double[] p : profiles) {
      for (int i = 0; i < m.length; i++) {
        m[i] += p[i] / profiles.size();
      }
    }
    return m;
  }
}
