package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TextBatchTest {
  private static final SdgClassifier CLASSIFIER = SdgClassifier.load();

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
  }

  @Test
  void seventeenRowsPerIdWithQuotingAndMultiLineTexts() throws Exception {
    String in = "id,text\r\n"
        + "a,\"Drinking water, sanitation and wastewater treatment for all.\"\r\n"
        + "\"b,2\",\"Line one about schools\nand line two about \"\"teachers\"\" and pupils.\"\r\n";
    StringWriter out = new StringWriter();
    TextBatch batch = new TextBatch(CLASSIFIER);
    assertEquals(2, batch.classify(new StringReader(in), out));
    assertEquals(List.of(), batch.errors());
    List<CSVRecord> rows = parse(out.toString());
    assertEquals(34, rows.size());
    assertEquals("b,2", rows.get(17).get("id"), "ids with commas survive");
    for (int i = 0; i < 17; i++) {
      assertEquals(String.valueOf(i + 1), rows.get(i).get("sdg"));
      assertTrue(List.of("true", "false").contains(rows.get(i).get("label")));
      double score = Double.parseDouble(rows.get(i).get("score"));
      assertTrue(score >= 0 && score <= 1);
    }
    assertEquals("true", rows.get(5).get("label"), "a is about SDG 6");
    assertEquals("true", rows.get(17 + 3).get("label"), "b is about SDG 4");
  }

  @Test
  void ensembleKeepsTheFormatAcrossBatches() throws Exception {
    StringBuilder in = new StringBuilder("id,text\n");
    int n = SdgClassifier.BATCH + 9; // more than one embedding batch
    for (int i = 0; i < n; i++) {
      in.append("t").append(i).append(",\"").append(i % 3 == 0
          ? "Acceso universal al agua potable y al saneamiento en todos los barrios."
          : i % 3 == 1 ? "The city opened two new primary schools and trained 300 teachers, pupil " + i + "."
          : "Women now hold 40 % of the seats on the municipal council (" + i + ").").append("\"\n");
    }
    StringWriter out = new StringWriter();
    TextBatch batch = new TextBatch(SdgClassifier.load(SdgClassifier.Method.ENSEMBLE));
    assertEquals(n, batch.classify(new StringReader(in.toString()), out));
    List<CSVRecord> rows = parse(out.toString());
    assertEquals(17 * n, rows.size());
    for (int i = 0; i < n; i++) {
      for (int g = 1; g <= 17; g++) {
        CSVRecord r = rows.get(17 * i + g - 1);
        assertEquals("t" + i, r.get("id"));
        assertEquals(String.valueOf(g), r.get("sdg"));
        double score = Double.parseDouble(r.get("score"));
        assertTrue(score >= 0 && score <= 1);
      }
    }
    assertEquals("true", rows.get(17 + 3).get("label"), "schools and teachers: SDG 4");
    assertEquals("true", rows.get(34 + 4).get("label"), "women on the council: SDG 5");
    assertEquals("true", rows.get(5).get("label"), "Spanish drinking water (fast route): SDG 6");
  }

  @Test
  void badRowsAreReportedAndSkippedNotFatal() throws Exception {
    String in = "id,text\n,no id here\nx,\ny,fine text about renewable energy and solar panels\nz,too,many,fields\n";
    StringWriter out = new StringWriter();
    TextBatch batch = new TextBatch(CLASSIFIER);
    assertEquals(1, batch.classify(new StringReader(in), out));
    assertEquals(3, batch.errors().size(), batch.errors().toString());
    assertTrue(batch.errors().get(0).startsWith("line 2: empty id"), batch.errors().get(0));
    assertTrue(batch.errors().get(2).contains("expected 2 fields, found 4"), batch.errors().get(2));
    assertEquals(17, parse(out.toString()).size());
  }

  @Test
  void malformedCsvKeepsWhatCameBefore() throws Exception {
    String in = "id,text\na,water and sanitation\nb,\"unclosed quote about energy\n";
    StringWriter out = new StringWriter();
    TextBatch batch = new TextBatch(CLASSIFIER);
    assertEquals(1, batch.classify(new StringReader(in), out));
    assertTrue(batch.errors().get(0).startsWith("malformed CSV"), batch.errors().toString());
  }

  @Test
  void aWrongHeaderIsAClearError() throws Exception {
    TextBatch batch = new TextBatch(CLASSIFIER);
    assertEquals(0, batch.classify(new StringReader("name,body\na,b\n"), new StringWriter()));
    assertTrue(batch.errors().get(0).contains("id and text"), batch.errors().toString());
  }

  @Test
  void evaluatesSingleLabelAndBinaryFiles() throws Exception {
    TextBatch batch = new TextBatch(CLASSIFIER);
    Metrics single = batch.evaluate(new StringReader("id,text,sdg\n"
        + "1,Drinking water and wastewater treatment in the city.,6\n"
        + "2,Free schools and more teachers for pupils.,4\n"
        + "3,Text with a bad label,19\n"));
    assertEquals(1, batch.errors().size(), batch.errors().toString());
    assertEquals(1, single.support(6));
    assertEquals(1.0, single.recall(6));
    assertEquals(1.0, single.recall(4));
    assertEquals(0, single.support(13));

    Metrics binary = new TextBatch(CLASSIFIER).evaluate(new StringReader("id,text,sdg,label\n"
        + "1,Drinking water and wastewater treatment in the city.,6,true\n"
        + "1,Drinking water and wastewater treatment in the city.,16,false\n"
        + "2,Free schools and more teachers for pupils.,6,no\n"));
    assertEquals(1.0, binary.accuracy(6));
    assertEquals(1, binary.support(6));
    assertEquals(1.0, binary.accuracy(16));
  }
}
