package org.vlrobs.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How a query result is printed: an aligned text table, CSV (RFC 4180) or JSON (an array of objects). */
public enum ResultFormat {
  TABLE, CSV, JSON;

  private static final int MAX_CELL = 60;

  public String render(TableSql.Result r) throws IOException {
    switch (this) {
      case CSV:
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder()
            .setHeader(r.columns().toArray(new String[0])).setRecordSeparator('\n').get())) {
          for (List<Object> row : r.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object o : row) {
              cells.add(o == null ? "" : o instanceof List<?> || o instanceof Map<?, ?> ? json(o) : o.toString());
            }
            p.printRecord(cells);
          }
        }
        return w.toString();
      case JSON:
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : r.rows()) {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < row.size(); i++) {
            m.put(r.columns().get(i), row.get(i));
          }
          objects.add(m);
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(objects) + "\n";
      default:
        return table(r);
    }
  }

  private static String json(Object o) throws IOException {
    return new ObjectMapper().writeValueAsString(o);
  }

  private static String table(TableSql.Result r) throws IOException {
    List<String[]> cells = new ArrayList<>();
    cells.add(r.columns().toArray(new String[0]));
    for (List<Object> row : r.rows()) {
      String[] line = new String[row.size()];
      for (int i = 0; i < row.size(); i++) {
        Object o = row.get(i);
        String s = o == null ? "NULL" : o instanceof List<?> || o instanceof Map<?, ?> ? json(o) : o.toString();
        s = s.replace('\n', ' ');
        line[i] = s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
      }
      cells.add(line);
    }
    int[] width = new int[r.columns().size()];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].codePointCount(0, line[i].length()));
      }
    }
    StringBuilder b = new StringBuilder();
    for (int l = 0; l < cells.size(); l++) {
      String[] line = cells.get(l);
      for (int i = 0; i < line.length; i++) {
        b.append(i == 0 ? "" : "  ").append(line[i]).append(" ".repeat(width[i] - line[i].codePointCount(0, line[i].length())));
      }
      b.append('\n');
      if (l == 0) {
        for (int i = 0; i < width.length; i++) {
          b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        b.append('\n');
      }
    }
    b.append("(").append(r.rows().size()).append(r.rows().size() == 1 ? " row)\n" : " rows)\n");
    return b.toString();
  }
}
