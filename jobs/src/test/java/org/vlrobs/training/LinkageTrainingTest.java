package org.vlrobs.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.link.PassageModel;
import org.vlrobs.link.LabelledPassages;

class LinkageTrainingTest {
  private static final String[] ACTORS = {"The municipalities", "County governments", "Regional councils", "The mayors"};
  private static final String[] INVOLVED = {"were consulted on the draft", "took part in the validation workshop",
      "sent written contributions", "co-drafted the chapter on Goal 11"};
  private static final String[] NOT = {"are listed in the statistical annex", "had 2.1 million inhabitants in 2022",
      "were renamed by the 2019 law", "held elections in May"};

  /** Labelled passages in four batches: actors involved (lrg) or merely described (no flag). */
  private static Path data(Path dir) throws Exception {
    List<String> lines = new ArrayList<>(List.of("id,language,heading,text,expected,localities,doc,role"));
    int n = 0;
    for (int b = 1; b <= 5; b++) {
      for (String actor : ACTORS) {
        for (int k = 0; k < INVOLVED.length; k++) {
          lines.add(String.format("b%d-%02d,en,2. Process,%s %s.,lrg,,,body", b, ++n % 100, actor, INVOLVED[(k + b) % 4]));
          lines.add(String.format("b%d-%02d,en,Annex,%s %s.,,,,body", b, ++n % 100, actor, NOT[(k + b) % 4]));
        }
      }
    }
    Path f = dir.resolve("passages.csv");
    Files.write(f, lines);
    return f;
  }

  @Test
  void learnsInvolvementAndIsDeterministic(@TempDir Path dir) throws Exception {
    List<LabelledPassages.Passage> passages = LabelledPassages.read(data(dir));
    LinkageTraining.Fit a = LinkageTraining.fit(passages);
    LinkageTraining.Fit b = LinkageTraining.fit(passages);
    assertEquals(a.model().weights(), b.model().weights());
    assertEquals(a.model().intercept(), b.model().intercept());
    assertEquals(160, a.passages());
    assertEquals(80, a.positives());
    PassageModel m = a.model();
    assertTrue(m.probability("The municipalities were consulted on the draft.", "2. Process") > 0.8);
    assertTrue(m.probability("The municipalities held elections in May.", "Annex") < 0.2);
  }

  @Test
  void writesModelMetricsAndCardWithTheHeldOutBatchesLeftOut(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("linkage");
    assertEquals(0, new LinkageTraining(data(dir), out, Set.of("b5")).run());
    PassageModel m = PassageModel.read(Files.newInputStream(out.resolve("lrg.tsv")));
    assertTrue(m.covers("en") && m.size() > 10);
    JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
    JsonNode lrg = metrics.get("flags").get("lrg");
    assertEquals(128, lrg.get("trained_on").get("passages").asInt());
    assertEquals("b5", metrics.get("held_out_batches").get(0).asText());
    assertEquals(32, lrg.get("held_out_model_alone").get("all").get("passages").asInt());
    assertTrue(lrg.get("out_of_fold").get("all").get("f1").asDouble() > 0.9, metrics.toString());
    assertTrue(metrics.has("held_out_link_stage") && metrics.has("held_out_link_stage_without_model")
        && metrics.has("held_out_link_stage_lrg_model_only"));
    assertEquals(10, lrg.get("reliability").size());
    // one model per flag, each saying which flag it reads
    for (String flag : List.of("lrg", "cited", "annexed", "integrated")) {
      PassageModel f = PassageModel.read(Files.newInputStream(out.resolve(flag + ".tsv")));
      assertEquals(flag, f.flag().code());
      // (the 128 passages trained on: half lrg, none citing a review)
      assertEquals(flag.equals("lrg") ? 64 : 0, metrics.get("flags").get(flag).get("trained_on").get("positive").asInt());
    }
    String card = Files.readString(out.resolve("MODEL_CARD.md"));
    assertTrue(card.contains("Held out, never trained on: batches b5"), card);
    // the same data trains the same files
    Path again = dir.resolve("again");
    new LinkageTraining(data(dir), again, Set.of("b5")).run();
    assertEquals(Files.readString(out.resolve("lrg.tsv")), Files.readString(again.resolve("lrg.tsv")));
  }

  @Test
  void refusesHeldOutBatchesItDoesNotHave(@TempDir Path dir) throws Exception {
    assertEquals(2, new LinkageTraining(data(dir), dir.resolve("x"), Set.of("b9")).run());
  }
}
