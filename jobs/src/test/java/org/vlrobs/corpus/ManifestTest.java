package org.vlrobs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

  @Test
  void onlyPathIsRequiredAndValuesAreNormalised() throws IOException {
    List<Manifest.Row> rows = Manifest.parse(new StringReader("""
        path,kind,country,locality,year,language,title,url
        a.pdf,vlr,fi,Helsinki,2021,EN,"Helsinki, From Agenda to Action",https://example.org/a.pdf
        sub/b.pdf,,,,,,,
        c.pdf,VSR,Brasil,,2023,pt,,
        """));
    assertEquals(3, rows.size());
    CorpusEntry a = rows.get(0).entry();
    assertEquals("VLR", a.kind());
    assertEquals("FIN", a.country());
    assertEquals(2021, a.year());
    assertEquals("en", a.language());
    assertEquals("Helsinki, From Agenda to Action", a.title(), "quoted comma kept");
    CorpusEntry b = rows.get(1).entry();
    assertEquals("b.pdf", b.fileName());
    assertNull(b.kind());
    assertNull(b.year());
    assertEquals("VLR", rows.get(2).entry().kind(), "a subnational review counts as local");
    assertEquals("BRA", rows.get(2).entry().country(), "country names are accepted");
  }

  @Test
  void badValuesAreDroppedWithAWarningNotAFailure() throws IOException {
    List<Manifest.Row> rows = Manifest.parse(new StringReader("""
        path,kind,country,year,language
        a.pdf,report,Atlantis,20x1,english
        """));
    CorpusEntry a = rows.get(0).entry();
    assertNull(a.kind());
    assertNull(a.country());
    assertNull(a.year());
    assertNull(a.language());
    assertEquals(4, rows.get(0).warnings().size(), rows.get(0).warnings().toString());
  }

  @Test
  void columnsInAnyOrderAndMultiLineTitles() throws IOException {
    List<Manifest.Row> rows = Manifest.parse(new StringReader(
        "title,path\r\n\"Voluntary Local Review\r\nof Bonn\",bonn.pdf\r\n"));
    assertEquals("bonn.pdf", rows.get(0).path());
    assertTrue(rows.get(0).entry().title().contains("of Bonn"));
  }

  @Test
  void aManifestWithoutPathColumnIsRejected() {
    IOException e = assertThrows(IOException.class, () -> Manifest.parse(new StringReader("file,kind\na.pdf,VLR\n")));
    assertTrue(e.getMessage().contains("'path'"));
  }
}
