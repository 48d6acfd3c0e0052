package org.vlrobs.classify;

/**
 * An explicit reference to the SDG framework in text: a goal ("SDG 11", "ODS 6", "目标11"), a target
 * ("target 11.3", "meta 6.1", "SDG 11.a") or an indicator ("indicator 11.6.2").
 *
 * @param goal       1 to 17
 * @param target     "11.3", "11.a", or null
 * @param indicator  "11.6.2", or null
 * @param matched    the text that was matched, as evidence
 * @param start      offset of the match in the text
 * @param confidence 1.0 when the SDG acronym or full name is written ("SDG", "ODS", "ODD", "Sustainable
 *                   Development Goal"); 0.8 for a bare "Goal 4" / "Objetivo 4", which a city strategy may also use
 */
public record SdgReference(int goal, String target, String indicator, String matched, int start, double confidence) {

  /** The most specific code: indicator, else target, else goal. */
  public String code() {
    return indicator != null ? indicator : target != null ? target : String.valueOf(goal);
  }
}
