package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipTsvTest {

  private static InputStream gz(String text) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(b.toByteArray());
  }

  private static List<String[]> rows(String text, boolean withComments) throws IOException {
    List<String[]> out = new ArrayList<>();
    GzipTsv.read(gz(text), withComments, out::add);
    return out;
  }

  @Test
  void skipsBlankAndCommentLinesAndKeepsEmptyFields() throws IOException {
    String file = "# a comment\n\nwater\t6\tacceso al agua\t0.5\n  \ncafé\t\t\t\n#intercepts\t1\t2\n";
    List<String[]> data = rows(file, false);
    assertEquals(2, data.size());
    assertArrayEquals(new String[] {"water", "6", "acceso al agua", "0.5"}, data.get(0));
    assertArrayEquals(new String[] {"café", "", "", ""}, data.get(1));
    List<String[]> all = rows(file, true);
    assertEquals(4, all.size());
    assertEquals("# a comment", all.get(0)[0]);
    assertArrayEquals(new String[] {"#intercepts", "1", "2"}, all.get(3));
  }

  @Test
  void aBadRowNamesItsLine() {
    IOException e = assertThrows(IOException.class,
        () -> GzipTsv.read(gz("# header\nwater\t6\nsanitation\tsix\n"), f -> Integer.parseInt(f[1])));
    assertTrue(e.getMessage().startsWith("line 3: cannot read \"sanitation\tsix\""), e.getMessage());
    assertThrows(IOException.class, () -> GzipTsv.read(gz("short\n"), f -> f[1].length()));
  }

  @Test
  void notGzipIsAnError() {
    assertThrows(IOException.class,
        () -> GzipTsv.read(new ByteArrayInputStream("plain\ttext\n".getBytes(StandardCharsets.UTF_8)), f -> { }));
  }

  /** The three model files read through it, as the classifier loads them. */
  @Test
  void readsTheCommittedModels() throws IOException {
    List<KeywordSystems.Term> terms;
    try (InputStream in = KeywordSystems.class.getResourceAsStream(KeywordSystems.RESOURCE)) {
      terms = KeywordSystems.read(in);
    }
    // the model card's counts: aurora 929, cmu 1861, elsevier 10, sdsn 652 terms
    assertEquals(929 + 1861 + 10 + 652, terms.size());
    assertTrue(terms.stream().allMatch(t -> t.goal() >= 1 && t.goal() <= 17 && !t.term().isEmpty()));
    KeywordSystems.Scores s = KeywordSystems.load().score("access to safe drinking water and sanitation", "en");
    assertTrue(s.score()[0][6] > 0 || s.score()[3][6] > 0, "a keyword system finds SDG 6");
    TargetIndex targets = TargetIndex.load();
    assertTrue(targets.size() > 400, targets.size() + " targets");
    SdgModel model = SdgModel.load();
    assertTrue(model.vocabularySize() > 30_000, model.vocabularySize() + " terms");
  }
}
