package org.vlrobs.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Rows built and read by column name, whatever the columns' order. */
class RowCodecTest {
  private static Row passage(RowCodec codec) {
    return codec.row().set("passage_id", "p1").set("doc_id", "d1").set("page_no", 3).set("ordinal", 7)
        .set("heading", "ODS 6: Agua").set("text", "El agua potable.").set("language", "es").set("n_tokens", 3)
        .set("role", "body").build();
  }

  @Test
  void valuesLandInTheirNamedColumnsWhateverTheOrder() {
    Row a = passage(RowCodec.of(Tables.PASSAGES));
    // the same table with heading and text swapped: positional code would have put text under heading
    Row b = passage(RowCodec.of(swapped(Tables.PASSAGES, "heading", "text")));
    for (Row r : List.of(a, b)) {
      assertEquals("ODS 6: Agua", RowCodec.string(r, "heading"));
      assertEquals("El agua potable.", RowCodec.string(r, "text"));
      assertEquals(3, RowCodec.intValue(r, "page_no"));
      assertEquals(7, RowCodec.intValue(r, "ordinal"));
    }
    assertEquals(a.getAs("heading"), a.get(Tables.PASSAGES.struct().fieldIndex("heading")));
    assertEquals(b.getAs("heading"), b.get(swapped(Tables.PASSAGES, "heading", "text").struct().fieldIndex("heading")));
    assertTrue(a.fieldIndex("heading") != b.fieldIndex("heading"), "the positions differ, the values do not");
  }

  @Test
  void mistakesFailWithTheColumnsName() {
    RowCodec codec = RowCodec.of(Tables.PASSAGES);
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> codec.row().set("headline", "x"));
    assertTrue(unknown.getMessage().contains("headline"), unknown.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> codec.row().set("passage_id", "p").set("doc_id", "d").build());
    assertTrue(missing.getMessage().contains("page_no"), missing.getMessage());
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
        () -> codec.row().set("page_no", "3"));
    assertTrue(type.getMessage().contains("page_no"), type.getMessage());
    // a positional row for a struct column is refused: that is what the codec exists to prevent
    RowCodec extracted = RowCodec.of(Tables.EXTRACTED);
    assertThrows(IllegalArgumentException.class,
        () -> extracted.row().set("pages", List.of(RowFactory.create(1, "t", "en", 1))));
  }

  @Test
  void nullableColumnsMayStayUnset() {
    Row r = RowCodec.of(Tables.PASSAGES).row().set("passage_id", "p").set("doc_id", "d").set("page_no", 1)
        .set("ordinal", 1).set("text", "t").set("n_tokens", 1).set("role", "body").build();
    assertNull(RowCodec.string(r, "heading"));
    assertNull(RowCodec.string(r, "language"));
  }

  @Test
  void listsArraysMapsAndNestedRowsAreConverted() {
    RowCodec codec = RowCodec.of(Tables.EXTRACTED);
    RowCodec page = codec.nested("pages");
    Row p = page.row().set("page_no", 1).set("text", "Hello").set("language", "en").set("char_count", 5)
        .set("ocr", false).build();
    RowCodec.Builder b = codec.row().set("doc_id", "d").set("file_name", "f.pdf").set("source_path", "/c/f.pdf")
        .set("file_size", 10).set("kind", "VLR").set("page_count", 1).set("char_count", 5L).set("status", "ok")
        .set("status_reason", "1 page").set("metadata_source", Map.of("kind", "manifest")).set("modified", 1L)
        .set("pages", List.of(p)).set("text_signature", new long[] {4L, 2L}).set("ocr_pages", 0)
        .set("blocks", List.of());
    Row r = b.build();
    assertEquals(10L, RowCodec.longInteger(r, "file_size"), "int widened for a long column");
    assertEquals(Map.of("kind", "manifest"), RowCodec.map(r, "metadata_source"));
    assertArrayEquals(new Object[] {4L, 2L}, (Object[]) r.getAs("text_signature"));
    Row back = (Row) ((Object[]) r.getAs("pages"))[0];
    assertEquals("Hello", RowCodec.string(back, "text"));
    assertEquals(5, RowCodec.intValue(back, "char_count"));
  }

  @Test
  void copyTakesColumnsByName() {
    Row a = passage(RowCodec.of(Tables.PASSAGES));
    Row b = RowCodec.of(swapped(Tables.PASSAGES, "doc_id", "passage_id")).row().copy(a).build();
    assertEquals("p1", RowCodec.string(b, "passage_id"));
    assertEquals("d1", RowCodec.string(b, "doc_id"));
  }

  /** The table with two columns' positions exchanged. */
  static TableSchema swapped(TableSchema t, String x, String y) {
    List<Column> cols = new java.util.ArrayList<>(t.columns());
    int i = t.struct().fieldIndex(x);
    int j = t.struct().fieldIndex(y);
    Column c = cols.get(i);
    cols.set(i, cols.get(j));
    cols.set(j, c);
    return new TableSchema(t.name(), t.description(), t.key(), cols);
  }
}
