package org.vlrobs.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The link stage models' card ({@code models/linkage/MODEL_CARD.md}), written by the training from its metrics. */
final class LinkageModelCard {
  private LinkageModelCard() {}

  @SuppressWarnings("unchecked")
  static String render(Map<String, Object> all) {
    Map<String, Object> flags = (Map<String, Object>) all.get("flags");
    Map<String, Object> metrics = (Map<String, Object>) flags.get("lrg");
    Map<String, Object> trained = (Map<String, Object>) metrics.get("trained_on");
    StringBuilder b = new StringBuilder();
    b.append("# Model card: the link stage's models (`models/linkage/<flag>.tsv`)\n\n")
        .append("Four logistic regressions over the words of a VNR passage, each deciding one flag together with the ")
        .append("hand-written rules: `lrg.tsv` (the involvement model, below), and `cited.tsv`, `annexed.tsv`, ")
        .append("`integrated.tsv` (the review-flag models, [their section](#review-flag-models)). All made by the same ")
        .append("training, on the same passages, with the same features.\n\n")
        .append("## The involvement model (`lrg.tsv`)\n\n")
        .append("Decides the `lrg` flag of a VNR passage (local or regional governments take part in the review or ")
        .append("localise the SDGs as governments) in English, Spanish, French and Portuguese, for passages whose text ")
        .append("or heading names a local or regional government (an actor of the review lexicon, ")
        .append("`jobs/src/main/resources/org/vlrobs/lexicon/<language>/lrg-actors*.txt`, or an acronym the document ")
        .append("defined for one). Elsewhere (no actor named; Chinese, Japanese) the hand-written rules decide. Code: ")
        .append("`org.vlrobs.link.PassageModel` (features, scoring), `org.vlrobs.link.MentionRules` (where it ")
        .append("decides); evidence rule `local-governments-model`, confidence = the model's probability.\n\n")
        .append("## Made by\n\n`bin/vlr train linkage` (`org.vlrobs.training.LinkageTraining`), deterministic, a ")
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
            + "read).%n%n", trained.get("passages"), trained.get("positive"), trained.get("features"),
            String.join(", ", ((java.util.Collection<String>) all.get("held_out_batches")))));
    b.append("### Scores\n\n");
    b.append("Out of fold (whole batches as folds, 5 folds; the model alone at its threshold, lrg flag):\n\n");
    table(b, (Map<String, Object>) metrics.get("out_of_fold"), "lrg");
    if (metrics.containsKey("held_out_model_alone")) {
      b.append("\nHeld-out batches, the model alone at its threshold:\n\n");
      table(b, (Map<String, Object>) metrics.get("held_out_model_alone"), "lrg");
    }
    b.append("\n### Reliability (out of fold)\n\n");
    reliability(b, metrics, "lrg");
    reviewFlags(b, flags);
    if (all.containsKey("held_out_link_stage")) {
      b.append("\n## The link stage on the held-out batches\n\n`bin/vlr eval mentions` on them, with all models, with ")
          .append("the involvement model only, and with the rules alone:\n\n")
          .append("| | lrg P / R | cited P / R | featured P / R | annexed P / R | integrated P / R | flag F1 | level accuracy |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
      linkRow(b, "rules and all models", (Map<String, Object>) all.get("held_out_link_stage"));
      linkRow(b, "rules and lrg model", (Map<String, Object>) all.get("held_out_link_stage_lrg_model_only"));
      linkRow(b, "rules alone", (Map<String, Object>) all.get("held_out_link_stage_without_model"));
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
        .append("- An actor the lexicon does not name is not asked about (\"Island Council\", which as an actor word ")
        .append("would make \"Island\" a generic word and cut \"Penang Island\" short; coordinated levels after the ")
        .append("noun, \"administraciones regionales y locales\"). Letting the model decide alone where no known ")
        .append("government is named (at 0.7) gained 5 passages on batches 56-64, but a review found it reading NGOs, ")
        .append("parliamentarians, line ministries and planned consultations as local governments (17 of 40 traps): the ")
        .append("model weighs what is done, not who does it.\n")
        .append("- Passage by passage: what earlier passages said reaches it only through its heading.\n")
        .append("- Chinese and Japanese stay with the rules (too few labelled passages).\n")
        .append("- Retrain after adding labelled batches: `bin/vlr train linkage --hold-out <new batches>` first (to ")
        .append("score them at first sight), then without `--hold-out` once they are read.\n");
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private static void table(StringBuilder b, Map<String, Object> scores, String flag) {
    b.append("| language | passages | ").append(flag).append(" precision | ").append(flag).append(" recall | ")
        .append(flag).append(" F1 |\n| --- | --- | --- | --- | --- |\n");
    for (Map.Entry<String, Object> e : scores.entrySet()) {
      Map<String, Object> s = (Map<String, Object>) e.getValue();
      b.append("| ").append(e.getKey()).append(" | ").append(s.get("passages")).append(" | ")
          .append(s.get("precision")).append(" | ").append(s.get("recall")).append(" | ")
          .append(s.get("f1")).append(" |\n");
    }
  }

  @SuppressWarnings("unchecked")
  private static void reliability(StringBuilder b, Map<String, Object> metrics, String flag) {
    b.append("| probability | passages | mean probability | observed ").append(flag).append(" share |\n")
        .append("| --- | --- | --- | --- |\n");
    for (Map<String, Object> row : (List<Map<String, Object>>) metrics.get("reliability")) {
      b.append("| ").append(row.get("bin")).append(" | ").append(row.get("passages")).append(" | ")
          .append(row.get("mean_probability") == null ? "" : row.get("mean_probability")).append(" | ")
          .append(row.get("observed_share") == null ? "" : row.get("observed_share")).append(" |\n");
    }
  }

  /** The cited, annexed and integrated models: how they decide, their scores and reliability. */
  @SuppressWarnings("unchecked")
  private static void reviewFlags(StringBuilder b, Map<String, Object> flags) {
    b.append("\n## Review-flag models\n\n")
        .append("`cited.tsv`, `annexed.tsv` and `integrated.tsv` read whether a passage cites a local review, annexes ")
        .append("one, or uses one's findings or data (the same features and training as the involvement model, each ")
        .append("with its own flag as the target). Where they decide (`MentionRules.decideReviewFlags`, en/es/fr/pt, ")
        .append("after lrg, cited first): a flag the rules found stands unless the model's probability is below its ")
        .append("keep probability (only cited has one: annexed and integrated never overrule the rules, whose annex ")
        .append("and joint-process readings are structural); a flag they did not find is added (rule `<flag>-model`, ")
        .append("confidence = that model's probability, quoting the sentence that weighs most in its reading) at and ")
        .append("above its threshold, annexed and integrated only to a passage that cites a review (by the rules or the ")
        .append("cited model: an annex of participants or a national survey's data used is no review annexed or used). ")
        .append("Cited overruled takes featured, annexed and integrated with it, and no other model brings it back; ")
        .append("the cited model does not overrule a passage the rules read as a box, case study or annex about a review ")
        .append("(+1 of 630 on the development set, none lost). ")
        .append("Where cited is added, cited places are sought in the whole sentence quoted, and the passage counts as ")
        .append("naming a review for the next ones (\"these reports\"); where it is overruled, it does not. ")
        .append("The rules read review ")
        .append("names the lexicon holds and fail on names it does not (\"Sindh SDGs Status Report\", \"revue ")
        .append("régionale des Hauts-Bassins\", \"Informe de Seguimiento a la Agenda 2030 del Gobierno Autónomo ")
        .append("Departamental de Tarija\"); the models read the words around them. Thresholds and keep ")
        .append("probabilities chosen on batches 56-64 read as a development set, with models trained on batches ")
        .append("0-55; featured has no model (one gained nothing there). A trap they do not escape: a national report ")
        .append("with a progress-report title (\"The national statistical office published its SDG Progress Report ")
        .append("2023 ...\" reads 0.93 as cited).\n\n")
        .append("| flag | passages (positive) | threshold | keep | out of fold P / R / F1 | held out, model alone P / R / F1 |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    for (Map.Entry<String, Object> e : flags.entrySet()) {
      if (e.getKey().equals("lrg")) {
        continue;
      }
      Map<String, Object> m = (Map<String, Object>) e.getValue();
      Map<String, Object> trained = (Map<String, Object>) m.get("trained_on");
      b.append("| ").append(e.getKey()).append(" | ").append(trained.get("passages")).append(" (")
          .append(trained.get("positive")).append(") | ").append(m.get("threshold")).append(" | ")
          .append(m.get("keep")).append(" | ").append(prf((Map<String, Object>) m.get("out_of_fold"))).append(" | ")
          .append(m.containsKey("held_out_model_alone") ? prf((Map<String, Object>) m.get("held_out_model_alone")) : "")
          .append(" |\n");
    }
    for (Map.Entry<String, Object> e : flags.entrySet()) {
      if (!e.getKey().equals("lrg")) {
        b.append("\nReliability of the ").append(e.getKey()).append(" model (out of fold):\n\n");
        reliability(b, (Map<String, Object>) e.getValue(), e.getKey());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static String prf(Map<String, Object> scores) {
    Map<String, Object> s = (Map<String, Object>) scores.get("all");
    return s == null ? "" : s.get("precision") + " / " + s.get("recall") + " / " + s.get("f1");
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
