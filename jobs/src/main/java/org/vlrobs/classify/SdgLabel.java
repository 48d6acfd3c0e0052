package org.vlrobs.classify;

import java.io.Serializable;
import java.util.List;

/**
 * The decision for one SDG on one text.
 *
 * @param score    combined score in [0, 1] (see {@link SdgClassifier})
 * @param label    score at or above the SDG's threshold
 * @param methods  what fired: {@code explicit}, {@code heading}, {@code lexicon}, {@code model}
 * @param targets  targets named explicitly for this SDG ("11.3"), from text or heading
 * @param evidence why, readable: "explicit: SDG 6; lexicon: drinking water, sanitation; model: wastewater (0.82)"
 */
public record SdgLabel(int sdg, double score, boolean label, List<String> methods, List<String> targets, String evidence)
    implements Serializable {}
