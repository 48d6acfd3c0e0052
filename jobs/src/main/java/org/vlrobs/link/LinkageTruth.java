package org.vlrobs.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-labelled expectations for VNRs, keyed by file name:
 * <pre>{"documents": {"x.pdf": {"lrg": true, "cited": true, "featured": false, "annexed": true,
 *   "integrated": false, "level": 4, "localities": ["Málaga"], "resolves_to": ["y.pdf"]}}}</pre>
 * A missing flag is false; a missing level is the strongest flag's.
 */
public final class LinkageTruth {
  private LinkageTruth() {}

  public static Map<String, LinkageEvaluation.Labels> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode docs = root.path("documents");
    if (!docs.isObject() || docs.isEmpty()) {
      throw new IOException(file + ": expected {\"documents\": {\"<file name>\": {...}}}");
    }
    Map<String, LinkageEvaluation.Labels> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = docs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode d = e.getValue();
      Set<MentionType> flags = EnumSet.noneOf(MentionType.class);
      for (MentionType t : MentionType.values()) {
        if (d.path(t.code()).asBoolean(false)) {
          flags.add(t);
        }
      }
      int strongest = MentionType.levelOf(flags);
      out.put(e.getKey(), new LinkageEvaluation.Labels(flags, d.path("level").asInt(strongest),
          strings(d.path("localities")), new LinkedHashSet<>(strings(d.path("resolves_to")))));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
