package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vlrobs.link.IntegrationScorer.Found;
import org.vlrobs.link.IntegrationScorer.Vnr;
import org.vlrobs.link.VlrCatalog.VlrRef;

class IntegrationScorerTest {
  private static double[] profile(int... sdgs) {
    double[] p = new double[17];
    for (int s : sdgs) {
      p[s - 1] = 1.0;
    }
    return p;
  }

  private final VlrCatalog catalog = new VlrCatalog(List.of(
      new VlrRef("a", "ESP", "Málaga", 2021, profile(6, 11)),
      new VlrRef("b", "ESP", "Valencia", 2019, profile(13)),
      new VlrRef("c", "ESP", "Bilbao", 2022, profile(1))));
  private final IntegrationScorer scorer = new IntegrationScorer(catalog);

  @Test
  void levelIsTheStrongestFlagAndSharesCountAvailableVlrs() {
    Vnr vnr = new Vnr("vnr", "ESP", 2021, profile(6, 11));
    List<Found> ev = List.of(
        new Found("p9", 9, MentionType.ANNEXED, List.of("Málaga"), List.of("a")),
        new Found("p2", 2, MentionType.LRG, List.of(), List.of()),
        new Found("p9", 9, MentionType.CITED, List.of("Málaga"), List.of("a")),
        new Found("p4", 4, MentionType.CITED, List.of("Toledo", "Málaga"), List.of("a")));
    IntegrationScorer.Integration i = scorer.score(vnr, ev);
    assertEquals(4, i.level());
    assertEquals(Set.of(MentionType.LRG, MentionType.CITED, MentionType.ANNEXED), i.flags());
    assertEquals(List.of("Toledo", "Málaga"), i.localities(), "in order of first mention");
    assertEquals(3, i.nMentions(), "distinct evidence passages");
    assertEquals(2, i.vlrsInCountryBefore(), "Bilbao 2022 is later than the VNR");
    assertEquals(0.5, i.shareLinked(), 1e-9);
    assertEquals("linked", i.alignmentBasis());
    assertEquals(1.0, i.sdgAlignment(), 1e-9);

    List<IntegrationScorer.Link> links = scorer.links(vnr, ev);
    assertEquals(1, links.size());
    assertEquals(MentionType.ANNEXED, links.get(0).linkType());
    assertEquals("p9", links.get(0).evidencePassageId());
  }

  @Test
  void noEvidenceIsLevelZeroAndAlignmentFallsBackToTheCountry() {
    IntegrationScorer.Integration i = scorer.score(new Vnr("vnr", "ESP", 2021, profile(13)), List.of());
    assertEquals(0, i.level());
    assertTrue(i.flags().isEmpty());
    assertEquals(0.0, i.shareLinked(), 1e-9);
    assertEquals("country", i.alignmentBasis());
    assertEquals(1 / Math.sqrt(3), i.sdgAlignment(), 1e-9, "cos((13), mean of (6,11) and (13))");
  }

  @Test
  void unknownCountryOrNoVlrsGiveNulls() {
    IntegrationScorer.Integration i = scorer.score(new Vnr("vnr", null, 2021, profile(1)), List.of());
    assertNull(i.vlrsInCountryBefore());
    assertNull(i.shareLinked());
    assertNull(i.sdgAlignment());
    IntegrationScorer.Integration j = scorer.score(new Vnr("vnr", "PER", 2021, profile(1)), List.of());
    assertEquals(0, j.vlrsInCountryBefore());
    assertNull(j.shareLinked());
    assertNull(j.alignmentBasis());
  }
}
