package org.vlrobs.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Country (ISO3) to world region after UN M49, the Americas split as in the SDG reports. */
public final class M49 {
  private static final Map<String, String> REGION = load();

  private M49() {}

  /** The region of an ISO3 code, or "Unknown". */
  public static String region(String iso3) {
    return iso3 == null ? "Unknown" : REGION.getOrDefault(iso3, "Unknown");
  }

  /** All countries and their regions. */
  public static Map<String, String> all() {
    return Collections.unmodifiableMap(REGION);
  }

  private static Map<String, String> load() {
    Map<String, String> m = new LinkedHashMap<>();
    try (InputStream in = M49.class.getResourceAsStream("m49-regions.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        for (String code : parts[1].trim().split("\\s+")) {
          m.put(code, parts[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
