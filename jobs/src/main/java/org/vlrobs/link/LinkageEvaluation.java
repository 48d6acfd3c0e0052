package org.vlrobs.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vlrobs.metadata.LocalityGazetteer;
import org.vlrobs.metadata.TextKey;

/**
 * Scores the link stage against hand-labelled VNRs: precision and recall of each flag, level accuracy
 * (and mean absolute error), precision and recall of cited localities (compared in canonical form, so
 * "Bretagne" matches "Brittany") and of resolved VLRs, and the share of VNRs resolved exactly. A VNR in
 * the truth but not in the output counts as predicted with nothing.
 */
public final class LinkageEvaluation {
  /** Expected or predicted values for one VNR; {@code resolvesTo} as file names. */
  public record Labels(Set<MentionType> flags, int level, List<String> localities, Set<String> resolvesTo) {}

  private final LocalityGazetteer gazetteer;
  private final Map<MentionType, int[]> flagCounts = new EnumMap<>(MentionType.class); // tp, fp, fn
  private final int[] localityCounts = new int[3];
  private final int[] resolutionCounts = new int[3];
  private final List<String> errors = new ArrayList<>();
  private int documents;
  private int missing;
  private int levelCorrect;
  private int levelAbsError;
  private int resolvedExactly;

  public LinkageEvaluation(LocalityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (MentionType t : MentionType.values()) {
      flagCounts.put(t, new int[3]);
    }
  }

  /** Adds one VNR; {@code predicted} null when the output has no row for it. */
  public void add(String file, Labels truth, Labels predicted) {
    documents++;
    Labels p = predicted;
    if (p == null) {
      missing++;
      errors.add(file + ": not in the output");
      p = new Labels(Set.of(), 0, List.of(), Set.of());
    }
    for (MentionType t : MentionType.values()) {
      count(flagCounts.get(t), truth.flags().contains(t), p.flags().contains(t));
      if (truth.flags().contains(t) != p.flags().contains(t)) {
        errors.add(file + ": " + t.code() + " expected " + truth.flags().contains(t));
      }
    }
    if (truth.level() == p.level()) {
      levelCorrect++;
    } else {
      errors.add(file + ": level " + p.level() + ", expected " + truth.level());
    }
    levelAbsError += Math.abs(truth.level() - p.level());
    compare(file, "locality", keys(truth.localities()), keys(p.localities()), localityCounts);
    compare(file, "resolves to", new TreeSet<>(truth.resolvesTo()), new TreeSet<>(p.resolvesTo()), resolutionCounts);
    if (truth.resolvesTo().equals(p.resolvesTo())) {
      resolvedExactly++;
    }
  }

  private Set<String> keys(List<String> localities) {
    Set<String> out = new TreeSet<>();
    for (String l : localities) {
      LocalityGazetteer.Locality known = gazetteer.lookup(l);
      out.add(TextKey.of(known != null ? known.name() : l));
    }
    return out;
  }

  private void compare(String file, String what, Set<String> truth, Set<String> predicted, int[] counts) {
    for (String t : truth) {
      if (predicted.contains(t)) {
        counts[0]++;
      } else {
        counts[2]++;
        errors.add(file + ": " + what + " '" + t + "' missed");
      }
    }
    for (String p : predicted) {
      if (!truth.contains(p)) {
        counts[1]++;
        errors.add(file + ": " + what + " '" + p + "' not expected");
      }
    }
  }

  private static void count(int[] c, boolean truth, boolean predicted) {
    if (truth && predicted) {
      c[0]++;
    } else if (predicted) {
      c[1]++;
    } else if (truth) {
      c[2]++;
    }
  }

  /** Precision (1 when nothing was predicted), recall (1 when nothing was expected). */
  static double[] pr(int[] c) {
    double p = c[0] + c[1] == 0 ? 1.0 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1.0 : c[0] / (double) (c[0] + c[2]);
    return new double[] {p, r};
  }

  public double levelAccuracy() {
    return documents == 0 ? 0 : levelCorrect / (double) documents;
  }

  public double[] flag(MentionType t) {
    return pr(flagCounts.get(t));
  }

  public double[] localities() {
    return pr(localityCounts);
  }

  public double[] resolution() {
    return pr(resolutionCounts);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** Flag F1 over all five flags together (micro-averaged). */
  public double flagF1() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : flagCounts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** The header of {@link #summaryRow(String)}. */
  public static String summaryHeader() {
    return String.format(Locale.ROOT, "%-6s %5s %13s %9s %9s %9s %9s %8s %9s", "batch", "n", "lrg P/R", "cited R",
        "featured R", "annexed R", "integr. R", "flag F1", "level acc");
  }

  /** One line of scores: lrg precision and recall, recall of the other flags, flag F1, level accuracy. */
  public String summaryRow(String name) {
    double[] lrg = flag(MentionType.LRG);
    return String.format(Locale.ROOT, "%-6s %5d %6.2f / %4.2f %9.2f %9.2f %9.2f %9.2f %8.3f %9.3f", name, documents,
        lrg[0], lrg[1], flag(MentionType.CITED)[1], flag(MentionType.FEATURED)[1], flag(MentionType.ANNEXED)[1],
        flag(MentionType.INTEGRATED)[1], flagF1(), levelAccuracy());
  }

  /** The report printed by {@code vlr eval linkage}. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "VNRs evaluated: %d (missing from the output: %d)%n%n", documents, missing));
    b.append(String.format(Locale.ROOT, "%-22s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "tp", "fp", "fn"));
    Map<String, int[]> rows = new LinkedHashMap<>();
    for (MentionType t : MentionType.values()) {
      rows.put(t.code(), flagCounts.get(t));
    }
    rows.put("localities", localityCounts);
    rows.put("resolved VLRs", resolutionCounts);
    for (Map.Entry<String, int[]> e : rows.entrySet()) {
      double[] pr = pr(e.getValue());
      b.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %6d %6d %6d%n", e.getKey(), pr[0], pr[1],
          e.getValue()[0], e.getValue()[1], e.getValue()[2]));
    }
    b.append(String.format(Locale.ROOT, "%nlevel accuracy %.3f (%d/%d), mean absolute level error %.2f%n", levelAccuracy(),
        levelCorrect, documents, documents == 0 ? 0 : levelAbsError / (double) documents));
    b.append(String.format(Locale.ROOT, "VNRs resolved exactly %.3f (%d/%d)%n", documents == 0 ? 0 : resolvedExactly
        / (double) documents, resolvedExactly, documents));
    if (!errors.isEmpty()) {
      b.append("\nDifferences:\n");
      errors.forEach(e -> b.append("  ").append(e).append('\n'));
    }
    return b.toString();
  }
}
