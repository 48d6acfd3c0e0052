package org.vlrobs.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The reference fixture {@code bge-reference.jsonl.gz}, written by {@code tools/bge-reference} with the
 * LangChain4j 1.11.0-beta19 + DJL tokenizers 0.31.1 path the project used before its own tokenizer: per text,
 * the ids that path gave the ONNX model and, for some texts, the embedding it returned (7 decimals).
 */
record BgeReferenceFixture(String text, List<long[]> ids, float[] embedding, String error) {

  static List<BgeReferenceFixture> load() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<BgeReferenceFixture> out = new ArrayList<>();
    try (InputStream in = BgeReferenceFixture.class.getResourceAsStream("bge-reference.jsonl.gz");
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode row = json.readTree(line);
        List<long[]> ids = new ArrayList<>();
        for (JsonNode part : row.get("ids")) {
          long[] a = new long[part.size()];
          for (int i = 0; i < a.length; i++) {
            a[i] = part.get(i).asLong();
          }
          ids.add(a);
        }
        float[] e = null;
        if (row.has("embedding")) {
          JsonNode v = row.get("embedding");
          e = new float[v.size()];
          for (int i = 0; i < e.length; i++) {
            e[i] = (float) v.get(i).asDouble();
          }
        }
        out.add(new BgeReferenceFixture(row.get("text").asText(), ids, e,
            row.has("error") ? row.get("error").asText() : null));
      }
    }
    return out;
  }
}
