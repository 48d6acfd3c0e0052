package org.vlrobs.jobs;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/**
 * What every table-to-table stage shares as a {@code spark-submit} main class: {@code --out} (the pipeline
 * output whose tables it reads and writes), {@code --master}, a session opened and closed around
 * {@link #run}, and a lazy flat-map for partition functions.
 */
abstract class TableStage implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "pipeline output directory (reads and writes <out>/tables)")
  String out;

  @Option(names = "--master", description = "Spark master; default: as spark-submit sets it, else local[*]")
  String master;

  /** The stage's work on an open session. */
  abstract void run(SparkSession spark) throws IOException;

  abstract String appName();

  @Override
  public Integer call() throws IOException {
    SparkSession spark = Spark.session(appName(), master);
    try {
      run(spark);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** The rows {@code f} makes of each input row, one input row at a time. */
  static <T> Iterator<Row> flatMap(Iterator<T> input, Function<T, List<Row>> f) {
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && input.hasNext()) {
          current = f.apply(input.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
