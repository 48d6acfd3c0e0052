package org.vlrobs.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSqlTest {
  @TempDir
  Path out;

  private void writeTables() throws Exception {
    Path tables = out.resolve("tables");
    Files.createDirectories(tables.resolve("vnr_integration"));
    Files.createDirectories(tables.resolve("empty_dir"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM (VALUES ('a', 'ESP', 4, ['Málaga', 'Valencia']), ('b', 'GBR', 0, []::VARCHAR[])) "
          + "t(doc_id, country, level, localities)) TO '" + tables.resolve("vnr_integration/part-0.parquet") + "' (FORMAT parquet)");
    }
  }

  @Test
  void tablesBecomeViewsAndArraysBecomeLists() throws Exception {
    writeTables();
    try (TableSql db = new TableSql(out)) {
      assertEquals(List.of("vnr_integration"), db.views(), "folders without Parquet files are not tables");
      TableSql.Result r = db.query("SELECT doc_id, level, localities FROM vnr_integration ORDER BY level DESC");
      assertEquals(List.of("doc_id", "level", "localities"), r.columns());
      assertEquals(List.of("Málaga", "Valencia"), r.rows().get(0).get(2));
      assertEquals("doc_id,level,localities\na,4,\"[\"\"Málaga\"\",\"\"Valencia\"\"]\"\nb,0,[]\n",
          ResultFormat.CSV.render(r));
      assertTrue(ResultFormat.JSON.render(r).contains("\"localities\" : [ \"Málaga\", \"Valencia\" ]"));
      assertTrue(ResultFormat.TABLE.render(r).endsWith("(2 rows)\n"));
      assertThrows(SQLException.class, () -> db.query("SELECT nope FROM vnr_integration"));
    }
  }

  @Test
  void aMissingOutputIsAClearError() {
    Exception e = assertThrows(java.io.IOException.class, () -> new TableSql(out.resolve("nothing")));
    assertTrue(e.getMessage().contains("run the pipeline first"), e.getMessage());
  }
}
