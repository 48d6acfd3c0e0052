package org.vlrobs.tables;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A set of document ids: either a few ids held on the driver (a yearly run's documents: filtered by a literal
 * {@code IN} list, which Parquet can use to skip row groups and which needs no join, so no Spark job of its own)
 * or a one-column dataset ({@code doc_id}) for sets of any size (filtered by a semi or anti join).
 */
public final class DocIds {
  private final Set<String> ids;
  private final Dataset<Row> dataset;

  private DocIds(Set<String> ids, Dataset<Row> dataset) {
    this.ids = ids;
    this.dataset = dataset;
  }

  /** Ids held on the driver. */
  public static DocIds of(Collection<String> ids) {
    return new DocIds(java.util.Collections.unmodifiableSet(new TreeSet<>(ids)), null);
  }

  /** Ids in a dataset whose first column is the id. */
  public static DocIds of(Dataset<Row> ids) {
    return new DocIds(null, ids);
  }

  /** The ids when held on the driver, else null. */
  public Set<String> known() {
    return ids;
  }

  /** Known to be empty (without a Spark job). */
  public boolean isEmpty() {
    return ids != null && ids.isEmpty();
  }

  /** Whether every id of {@code other} is one of these (false when either is not held on the driver). */
  public boolean containsAll(DocIds other) {
    return ids != null && other.ids != null && ids.containsAll(other.ids);
  }

  /** The rows of {@code data} whose {@code idColumn} is one of these ids. */
  public Dataset<Row> keep(Dataset<Row> data, String idColumn) {
    return restrict(data, idColumn, true);
  }

  /** The rows of {@code data} whose {@code idColumn} is none of these ids. */
  public Dataset<Row> drop(Dataset<Row> data, String idColumn) {
    return restrict(data, idColumn, false);
  }

  private Dataset<Row> restrict(Dataset<Row> data, String idColumn, boolean in) {
    if (ids != null) {
      if (ids.isEmpty()) {
        return in ? data.limit(0) : data;
      }
      org.apache.spark.sql.Column member = functions.col(idColumn).isin(ids.toArray());
      return data.filter(in ? member : functions.not(member));
    }
    Dataset<Row> set = dataset.toDF("_ids_id");
    return data.join(set, functions.col(idColumn).equalTo(functions.col("_ids_id")), in ? "left_semi" : "left_anti");
  }

  @Override
  public String toString() {
    return ids != null ? (ids.size() <= 5 ? ids.toString() : ids.size() + " ids") : "ids of a dataset";
  }
}
