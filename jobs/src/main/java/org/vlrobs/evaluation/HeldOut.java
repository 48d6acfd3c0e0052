package org.vlrobs.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.LexiconBuilder;

/**
 * The held-out split of the labelled SDG texts, defined once: 20 % of the texts by a hash of their id (salt
 * {@code test}). Training never sees them; the model card's held-out scores and {@code vlr eval sdg --held-out}
 * are computed on them.
 */
public final class HeldOut {
  /** Share of the labelled texts held out, in percent. */
  public static final int PERCENT = 20;
  private static final String SALT = "test";

  private HeldOut() {}

  /** Whether the text is in the held-out split. */
  public static boolean contains(LabelledText t) {
    return t.inHeldOut(PERCENT, SALT);
  }

  /**
   * The held-out TRAIL22 texts of the shared folder that do not copy official target/indicator wording (the
   * honest estimate: a model can memorise official wording it was trained on).
   */
  public static List<LabelledText> plainTexts(Path shared) throws IOException {
    List<String> official = new ArrayList<>();
    new LexiconBuilder().frameworkTexts(shared.resolve("data/sdg-framework/translations"), "en")
        .values().forEach(official::addAll);
    return LabelledText.trail22(shared.resolve("data/labelled/trail22"), official).stream()
        .filter(t -> contains(t) && !t.official()).toList();
  }
}
