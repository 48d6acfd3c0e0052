package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vlrobs.metadata.LocalityGazetteer;

class CoreNlpLocationTaggerTest {
  @Test
  void findsPlacesTheGazetteerDoesNotKnow() {
    assumeTrue(CoreNlpLocationTagger.available(), "CoreNLP models jar not on the classpath");
    List<String> places = CoreNlpLocationTagger.shared().locations(
        "Inspired by its neighbours, the town of Hämeenlinna and the city of Oulu prepared Voluntary Local Reviews "
            + "with support from the Ministry of Finance.");
    assertTrue(places.contains("Oulu"), places.toString());
    LocalityFinder finder = new LocalityFinder(LocalityGazetteer.shared(), CoreNlpLocationTagger.shared());
    List<String> names = finder.find("Vantaa and Oulu, in Finland, prepared Voluntary Local Reviews in 2021.", "en")
        .stream().map(LocalityFinder.Found::name).toList();
    assertEquals(List.of("Vantaa", "Oulu"), names, "countries dropped; names found by NER and coordination");
  }
}
