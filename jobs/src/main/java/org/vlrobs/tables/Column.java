package org.vlrobs.tables;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;

/** One documented column: the single place where a column's name, type and meaning are written. */
public record Column(String name, DataType type, boolean nullable, String description) {

  public StructField field() {
    return new StructField(name, type, nullable, Metadata.empty()).withComment(description);
  }
}
