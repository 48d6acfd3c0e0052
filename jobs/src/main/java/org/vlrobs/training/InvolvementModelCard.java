package org.vlrobs.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The involvement model's card ({@code models/linkage/MODEL_CARD.md}), written by the training from its metrics. */
final class InvolvementModelCard {
  private InvolvementModelCard() {}

  @SuppressWarnings("unchecked")
  static String render(Map<String, Object> metrics) {
    Map<String, Object> trained = (Map<String, Object>) metrics.get("trained_on");
    StringBuilder b = new StringBuilder();
    b.append("# Model card: involvement model of the link stage (`models/linkage/involvement.tsv`)\n\n")
        .append("Decides the `lrg` flag of a VNR passage (local or regional governments take part in the review or ")
        .append("localise the SDGs as governments) in English, Spanish, French and Portuguese, for passages whose text ")
        .append("or heading names a local or regional government (an actor of the review lexicon, ")
        .append("`jobs/src/main/resources/org/vlrobs/lexicon/<language>/lrg-actors*.txt`, or an acronym the document ")
        .append("defined for one). Elsewhere (no actor named; Chinese, Japanese) the hand-written rules decide. Code: ")
        .append("`org.vlrobs.link.InvolvementModel` (features, scoring), `org.vlrobs.link.MentionRules` (where it ")
        .append("decides); evidence rule `local-governments-model`, confidence = the model's probability.\n\n")
        .append("## Made by\n\n`bin/vlr train linkage` (`org.vlrobs.training.InvolvementTraining`), deterministic, a ")
        .append("few seconds. Logistic regression over binary features of the passage: its words (lower case, accents ")
        .append("removed), pairs of adjacent words, the first six letters of words longer than six (a light stem for ")
        .append("es/fr/pt) and the words of its section heading other than numbers (not its layout role nor its ")
        .append("language: the batches differ in both for reasons of their writing, and as features they pushed short ")
        .append("plain statements under a Goal heading below the keep probability); features seen in at ")
        .append("least 2 passages; 300 steps of full-batch gradient descent from zero (step 2.0, L2 1.0 per passage).\n\n")
        .append(String.format(Locale.ROOT, "How it decides with the rules: a passage is lrg when the model's "
            + "probability is at least %s, or when the rules found lrg and the probability is at least %s (below it "
            + "the model overrules them, in a passage that cites a review, whose governments may be only its authors, "
            + "or has at least %s words with a letter: in a shorter one it reads little beyond words that weigh "
            + "against any passage, a language's function words or a Goal heading). The "
            + "rules choose where it is asked: passages where they found lrg or that "
            + "name a local or regional government they do not rule out (not in a denial, a plan, a condition or an "
            + "election; not an organ of the State, a place, part of a name, a review's own author); a passage where "
            + "they read involvement denied keeps their reading. Chosen on 2026-11-25 on batches 53-55 read as a "
            + "development set, with "
            + "a model trained without them: level accuracy 0.829 with the rules alone, 0.881 with the two together "
            + "(lrg precision / recall 0.76 / 0.76, 0.90 / 0.90; the model alone 0.93 / 0.88, but it missed short "
            + "plain statements the rules read "
            + "(\"Las alcaldías participaron en el proceso de elaboración del informe.\" scores 0.12) and read some "
            + "traps the rules rule out). The reviewers' 102 sentences of this session guided the same choices.%n%n",
            metrics.get("threshold"), metrics.get("keep"), metrics.get("overrule_words")))
        .append(String.format(Locale.ROOT, "Data: the labelled passages of `data/eval/vnr-passages.csv` in en/es/fr/pt "
            + "(written for the linkage issue by writers who never saw the rules; see `data/README.md`), %s passages, "
            + "%s of them lrg; %s features. Held out, never trained on: batches %s (first-sight batches nobody has "
            + "read).%n%n", trained.get("passages"), trained.get("lrg_positive"), trained.get("features"),
            String.join(", ", ((java.util.Collection<String>) metrics.get("held_out_batches")))));
    b.append("## Scores\n\n");
    b.append("Out of fold (whole batches as folds, 5 folds; the model alone at its threshold, lrg flag):\n\n");
    table(b, (Map<String, Object>) metrics.get("out_of_fold"));
    if (metrics.containsKey("held_out_model_alone")) {
      b.append("\nHeld-out batches, the model alone at its threshold:\n\n");
      table(b, (Map<String, Object>) metrics.get("held_out_model_alone"));
      b.append("\nHeld-out batches, the whole link stage (`bin/vlr eval mentions` on them), with and without the model:\n\n")
          .append("| | lrg P / R | cited P / R | featured P / R | annexed P / R | integrated P / R | flag F1 | level accuracy |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
      linkRow(b, "rules and model", (Map<String, Object>) metrics.get("held_out_link_stage"));
      linkRow(b, "rules alone", (Map<String, Object>) metrics.get("held_out_link_stage_without_model"));
    }
    b.append("\n## Reliability (out of fold)\n\n| probability | passages | mean probability | observed lrg share |\n")
        .append("| --- | --- | --- | --- |\n");
    for (Map<String, Object> row : (List<Map<String, Object>>) metrics.get("reliability")) {
      b.append("| ").append(row.get("bin")).append(" | ").append(row.get("passages")).append(" | ")
          .append(row.get("mean_probability") == null ? "" : row.get("mean_probability")).append(" | ")
          .append(row.get("observed_lrg_share") == null ? "" : row.get("observed_lrg_share")).append(" |\n");
    }
    b.append("\n## Limits\n\n")
        .append("- Learned from passages written for evaluation in the style of real VNRs, not from real VNRs: it ")
        .append("weighs words, not sentence structure. Short sentences give it little to read, so alone it misses plain ")
        .append("statements (the rules keep those) and it can read a trap the rules do not rule out: \"To date, 23 ")
        .append("cities and two regions have produced maps.\", \"Os municípios vão preparar planos de ")
        .append("mobilidade.\" (a plan the rules read only at a sentence's opening), a passage whose only sentence ")
        .append("naming municipalities is about their elections when another sentence is about validating the report.\n")
        .append("- Words of a language and Goal headings weigh: a plain statement in Spanish or Portuguese under a Goal ")
        .append("heading can score under the keep probability; the rules' lrg stands in passages of fewer than ")
        .append(metrics.get("overrule_words")).append(" words that cite no review.\n")
        .append("- An actor the lexicon does not name is not asked about (\"Island ")
        .append("Council\", which as an actor word would make \"Island\" a generic word and cut \"Penang Island\" ")
        .append("short), nor are ")
        .append("coordinated levels after the noun (\"administraciones regionales y locales\").\n")
        .append("- Passage by passage: what earlier passages said reaches it only through its heading.\n")
        .append("- Chinese and Japanese stay with the rules (too few labelled passages).\n")
        .append("- Retrain after adding labelled batches: `bin/vlr train linkage --hold-out <new batches>` first (to ")
        .append("score them at first sight), then without `--hold-out` once they are read.\n");
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private static void table(StringBuilder b, Map<String, Object> scores) {
    b.append("| language | passages | lrg precision | lrg recall | lrg F1 |\n| --- | --- | --- | --- | --- |\n");
    for (Map.Entry<String, Object> e : scores.entrySet()) {
      Map<String, Object> s = (Map<String, Object>) e.getValue();
      b.append("| ").append(e.getKey()).append(" | ").append(s.get("passages")).append(" | ")
          .append(s.get("lrg_precision")).append(" | ").append(s.get("lrg_recall")).append(" | ")
          .append(s.get("lrg_f1")).append(" |\n");
    }
  }

  @SuppressWarnings("unchecked")
  private static void linkRow(StringBuilder b, String name, Map<String, Object> m) {
    b.append("| ").append(name);
    for (String flag : List.of("lrg", "cited", "featured", "annexed", "integrated")) {
      Map<String, Object> s = (Map<String, Object>) m.get(flag);
      b.append(" | ").append(s.get("precision")).append(" / ").append(s.get("recall"));
    }
    b.append(" | ").append(m.get("flag_f1")).append(" | ").append(m.get("level_accuracy")).append(" |\n");
  }
}
