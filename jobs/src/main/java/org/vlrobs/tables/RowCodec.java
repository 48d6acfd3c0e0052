package org.vlrobs.tables;

import java.io.Serializable;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one place where rows meet column positions. Stage code builds rows by column NAME
 * ({@code codec.row().set("doc_id", id).set("page_no", 3).build()}) and reads them by name
 * ({@link #string(Row, String)}, {@link #integer(Row, String)}, ...); the codec, derived from a
 * {@link TableSchema} (or any struct), puts each value at its column's position. Adding, removing or
 * reordering a column in {@link Tables} therefore needs no positional edit anywhere, and a value set under
 * a name the table does not have, or a required column left unset, fails at once with the column's name
 * instead of silently shifting data.
 *
 * <p>Values are converted to what Spark's row encoder expects: {@link List}s and Java arrays for array
 * columns, {@link Map}s for map columns (to Scala maps), {@link Row}s or builders for struct columns, and
 * {@code int} widened for {@code long} columns.
 */
public final class RowCodec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final StructType struct;
  private final Map<String, Integer> index;
  private final RowCodec[] nested; // codecs of struct columns and of struct array elements

  private RowCodec(StructType struct) {
    this.struct = struct;
    this.index = new HashMap<>();
    this.nested = new RowCodec[struct.fields().length];
    StructField[] fields = struct.fields();
    for (int i = 0; i < fields.length; i++) {
      if (index.put(fields[i].name(), i) != null) {
        throw new IllegalArgumentException("column '" + fields[i].name() + "' appears twice in " + struct.simpleString());
      }
      DataType t = fields[i].dataType();
      if (t instanceof ArrayType a && a.elementType() instanceof StructType s) {
        nested[i] = new RowCodec(s);
      } else if (t instanceof StructType s) {
        nested[i] = new RowCodec(s);
      }
    }
  }

  /** The codec of a table. */
  public static RowCodec of(TableSchema table) {
    return new RowCodec(table.struct());
  }

  /** The codec of any struct (a nested column's element, a work table, a query result). */
  public static RowCodec of(StructType struct) {
    return new RowCodec(struct);
  }

  public StructType struct() {
    return struct;
  }

  /** Spark's encoder for the rows this codec builds (for {@code mapPartitions}). */
  public Encoder<Row> encoder() {
    return Encoders.row(struct);
  }

  /** The codec of a struct column or of the elements of an array-of-struct column. */
  public RowCodec nested(String column) {
    RowCodec c = nested[position(column)];
    if (c == null) {
      throw new IllegalArgumentException("column '" + column + "' is not a struct or an array of structs");
    }
    return c;
  }

  /** A new, empty row of this table. */
  public Builder row() {
    return new Builder();
  }

  /** Position of a column; unknown names fail with the list of known ones. */
  public int position(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column '" + column + "' in " + Arrays.toString(struct.fieldNames()));
    }
    return i;
  }

  /** Builds one row by column name. Not thread-safe; one builder per row. */
  public final class Builder {
    private final Object[] values = new Object[struct.fields().length];
    private final boolean[] set = new boolean[values.length];

    /** Sets a column (null allowed for nullable columns). */
    public Builder set(String column, Object value) {
      int i = position(column);
      values[i] = convert(struct.fields()[i], nested[i], value);
      set[i] = true;
      return this;
    }

    /** Copies every column of {@code from} that this table also has (by name). */
    public Builder copy(Row from) {
      for (StructField f : from.schema().fields()) {
        Integer i = index.get(f.name());
        if (i != null) {
          set(f.name(), from.get(from.fieldIndex(f.name())));
        }
      }
      return this;
    }

    /** The row; fails if a column that may not be null was not given a value. */
    public Row build() {
      StructField[] fields = struct.fields();
      for (int i = 0; i < fields.length; i++) {
        if (values[i] == null && !fields[i].nullable()) {
          throw new IllegalStateException((set[i] ? "null for" : "no value for") + " required column '"
              + fields[i].name() + "' of " + Arrays.toString(struct.fieldNames()));
        }
      }
      return new GenericRowWithSchema(values, struct);
    }
  }

  private static Object convert(StructField field, RowCodec nested, Object v) {
    if (v == null) {
      return null;
    }
    DataType t = field.dataType();
    if (t instanceof ArrayType a) {
      List<Object> items = new ArrayList<>();
      if (v instanceof Iterable<?> it) {
        it.forEach(items::add);
      } else if (v instanceof scala.collection.Iterable<?> s) {
        s.foreach(x -> items.add(x));
      } else if (v.getClass().isArray()) {
        for (int k = 0; k < Array.getLength(v); k++) {
          items.add(Array.get(v, k));
        }
      } else {
        throw typeError(field, v);
      }
      Object[] out = new Object[items.size()];
      StructField element = new StructField(field.name() + "[]", a.elementType(), a.containsNull(),
          org.apache.spark.sql.types.Metadata.empty());
      for (int k = 0; k < out.length; k++) {
        out[k] = convert(element, nested, items.get(k));
      }
      return out;
    }
    if (t instanceof MapType) {
      if (v instanceof Map<?, ?> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
      }
      if (v instanceof scala.collection.Map<?, ?>) {
        return v;
      }
      throw typeError(field, v);
    }
    if (t instanceof StructType) {
      if (v instanceof RowCodec.Builder b) {
        return b.build();
      }
      if (v instanceof Row r) {
        if (r.schema() == null) { // a positional row: refuse, it is what this codec exists to prevent
          throw typeError(field, v);
        }
        return nested.row().copy(r).build();
      }
      throw typeError(field, v);
    }
    if (t == DataTypes.LongType && v instanceof Integer i) {
      return i.longValue();
    }
    if (t == DataTypes.DoubleType && v instanceof Float f) {
      return f.doubleValue();
    }
    if (t == DataTypes.StringType && !(v instanceof String)
        || t == DataTypes.IntegerType && !(v instanceof Integer)
        || t == DataTypes.LongType && !(v instanceof Long)
        || t == DataTypes.DoubleType && !(v instanceof Double)
        || t == DataTypes.BooleanType && !(v instanceof Boolean)) {
      throw typeError(field, v);
    }
    return v;
  }

  private static IllegalArgumentException typeError(StructField field, Object v) {
    return new IllegalArgumentException("column '" + field.name() + "' (" + field.dataType().simpleString()
        + ") cannot take a " + v.getClass().getSimpleName() + ": " + v);
  }

  // ---- reading by name (rows of a Dataset<Row> carry their schema) ----

  public static String string(Row r, String column) {
    return r.getAs(column);
  }

  /** An int column; null stays null. */
  public static Integer integer(Row r, String column) {
    return r.getAs(column);
  }

  public static int intValue(Row r, String column) {
    return r.<Integer>getAs(column);
  }

  public static Long longInteger(Row r, String column) {
    return r.getAs(column);
  }

  public static Double decimal(Row r, String column) {
    return r.getAs(column);
  }

  public static boolean bool(Row r, String column) {
    return r.<Boolean>getAs(column);
  }

  public static boolean isNull(Row r, String column) {
    return r.isNullAt(r.fieldIndex(column));
  }

  /** An array column as a list (null when the column is null). */
  public static <T> List<T> list(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : r.getList(i);
  }

  /** An array of strings, empty when null. */
  public static List<String> strings(Row r, String column) {
    List<Object> l = list(r, column);
    return l == null ? List.of() : l.stream().map(o -> o == null ? null : o.toString()).toList();
  }

  /** An array of doubles as a primitive array, null when null. */
  public static double[] doubles(Row r, String column) {
    List<Number> l = list(r, column);
    return l == null ? null : l.stream().mapToDouble(Number::doubleValue).toArray();
  }

  /** A map column as a Java map (null when null). */
  public static <K, V> Map<K, V> map(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : r.getJavaMap(i);
  }
}
