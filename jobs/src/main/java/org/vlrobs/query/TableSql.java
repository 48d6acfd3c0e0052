package org.vlrobs.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SQL over the pipeline's Parquet tables with an in-memory DuckDB: every table folder under the tables
 * directory becomes a view of the same name ({@code documents}, {@code vnr_integration}...). Read-only:
 * nothing is written next to the tables. For local paths; on HDFS/S3 use Spark SQL.
 */
public final class TableSql implements AutoCloseable {
  /** A query's result: column names and rows of plain Java values (arrays as lists). */
  public record Result(List<String> columns, List<List<Object>> rows) {}

  private final Connection connection;
  private final List<String> views = new ArrayList<>();

  /** @param tables the tables directory, or a pipeline output directory holding {@code tables/} */
  public TableSql(Path tables) throws IOException, SQLException {
    Path dir = Files.isDirectory(tables.resolve("tables")) ? tables.resolve("tables") : tables;
    if (!Files.isDirectory(dir)) {
      throw new IOException("no tables directory at " + tables + " (run the pipeline first: bin/vlr demo)");
    }
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Stream<Path> children = Files.list(dir); Statement st = connection.createStatement()) {
      for (Path t : children.sorted().toList()) {
        if (Files.isDirectory(t) && hasParquet(t)) {
          String name = t.getFileName().toString();
          st.execute("CREATE VIEW \"" + name.replace("\"", "") + "\" AS SELECT * FROM read_parquet('"
              + t.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet', hive_partitioning = true)");
          views.add(name);
        }
      }
    }
    if (views.isEmpty()) {
      close();
      throw new IOException("no Parquet tables under " + dir);
    }
  }

  private static boolean hasParquet(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    }
  }

  /** The tables available as views. */
  public List<String> views() {
    return List.copyOf(views);
  }

  public Result query(String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnLabel(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          row.add(plain(rs.getObject(i)));
        }
        rows.add(row);
      }
      return new Result(columns, rows);
    }
  }

  /** JDBC values as plain Java: SQL arrays become lists (recursively). */
  static Object plain(Object o) throws SQLException {
    if (o instanceof Array a) {
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>(items.length);
      for (Object item : items) {
        out.add(plain(item));
      }
      return out;
    }
    if (o instanceof Object[] items) {
      return plain(Arrays.asList(items));
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object item : l) {
        out.add(plain(item));
      }
      return out;
    }
    if (o instanceof Map<?, ?> || o == null || o instanceof Number || o instanceof Boolean) {
      return o;
    }
    return o.toString();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
