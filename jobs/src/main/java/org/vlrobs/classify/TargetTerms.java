package org.vlrobs.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms that name a single SDG target ({@code models/sdg-lexicon/targets.tsv}, derived from the
 * official target and indicator wording): "road traffic" → 3.6, "solid waste" → 11.6. Used to give a
 * labelled goal its target when the text supports it.
 */
public final class TargetTerms {
  public static final String RESOURCE = "/models/sdg-lexicon/targets.tsv";

  /** A target named by a term of the text. */
  public record Hit(String target, String term) {}

  private final Lexicon lexicon;
  private final List<String> targets = new ArrayList<>();

  public TargetTerms(InputStream in) throws IOException {
    List<Lexicon.Entry> entries = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("language\t")) {
          continue;
        }
        String[] f = line.split("\t");
        int i = index.computeIfAbsent(f[1], t -> {
          targets.add(t);
          return targets.size() - 1;
        });
        entries.add(new Lexicon.Entry(f[0], i, f[2], 1.0, "target", f[2]));
      }
    }
    lexicon = new Lexicon(entries);
  }

  public static TargetTerms load() {
    return ModelResources.load(RESOURCE, TargetTerms::new);
  }


  public List<Hit> find(String text, String language) {
    return find(TermFolding.tokens(text, language), language);
  }

  /** {@link #find(String, String)} on the text's tokens in that language. */
  public List<Hit> find(List<String> tokens, String language) {
    List<Hit> out = new ArrayList<>();
    for (Lexicon.Hit h : lexicon.match(tokens, language)) {
      out.add(new Hit(targets.get(h.goal()), h.term()));
    }
    return out;
  }
}
