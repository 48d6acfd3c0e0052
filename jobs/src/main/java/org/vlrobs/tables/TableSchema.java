package org.vlrobs.tables;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** A table of the output: its name (a folder under {@code <out>/tables/}), meaning, key and columns. */
public record TableSchema(String name, String description, String key, List<Column> columns) {

  public StructType struct() {
    return new StructType(columns.stream().map(Column::field).toArray(StructField[]::new));
  }

  public String[] columnNames() {
    return columns.stream().map(Column::name).toArray(String[]::new);
  }
}
