package org.vlrobs.jobs;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/** Lazy flat-map for partition functions: one input row's output at a time. */
final class Partitions {
  private Partitions() {}

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

  /** The rows in consecutive lists of at most {@code size} (bounded memory: one batch at a time). */
  static Iterator<List<Row>> batches(Iterator<Row> rows, int size) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public List<Row> next() {
        if (!rows.hasNext()) {
          throw new NoSuchElementException();
        }
        List<Row> b = new java.util.ArrayList<>(size);
        while (rows.hasNext() && b.size() < size) {
          b.add(rows.next());
        }
        return b;
      }
    };
  }
}
