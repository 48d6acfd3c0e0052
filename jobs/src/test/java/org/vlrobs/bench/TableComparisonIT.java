package org.vlrobs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.jobs.Spark;
import org.vlrobs.tables.Tables;

class TableComparisonIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("vlr-it").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static void write(Path out, List<Row> rows, int files) throws Exception {
    Spark.writeTable(spark, spark.createDataFrame(rows, Tables.VNR_VLR_LINKS.struct()).repartition(files),
        Tables.VNR_VLR_LINKS, out.toString());
  }

  private static Row link(String vnr, String vlr, Integer year) {
    return RowFactory.create(vnr, vlr, "Helsinki", "cited", "p1", "FIN", 2020, year);
  }

  @Test
  void sameRowsInAnotherOrderAndFileLayoutAreEqualAndOneChangedValueIsNot(@TempDir Path dir) throws Exception {
    Row a = link("v1", "l1", 2019);
    Row b = link("v1", "l2", 2018);
    Row c = link("v2", "l1", 2019);
    write(dir.resolve("x"), List.of(a, b, c, c), 1);
    write(dir.resolve("y"), List.of(c, b, c, a), 3);
    write(dir.resolve("z"), List.of(c, b, a, link("v1", "l1", 2020)), 2);

    List<TableComparison.TableDiff> same = TableComparison.compare(spark, dir.resolve("x").toString(),
        dir.resolve("y").toString());
    assertEquals(1, same.size());
    assertTrue(same.get(0).equal(), same.toString());

    TableComparison.TableDiff diff = TableComparison.compare(spark, dir.resolve("x").toString(),
        dir.resolve("z").toString()).get(0);
    assertFalse(diff.equal());
    assertEquals(1, diff.onlyLeft(), "c twice on the left, once on the right: one left over");
    assertEquals(1, diff.onlyRight());
  }
}
