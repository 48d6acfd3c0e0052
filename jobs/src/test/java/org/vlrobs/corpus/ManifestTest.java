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

  @Test
  void aByteOrderMarkAndCrlfAreAccepted() throws IOException {
    List<Manifest.Row> rows = Manifest.parse(new StringReader("\uFEFFpath,kind\r\na.pdf,VLR\r\nb.pdf,VNR\r\n"));
    assertEquals(2, rows.size());
    assertEquals("a.pdf", rows.get(0).path());
    assertEquals("VNR", rows.get(1).entry().kind());
  }

  @Test
  void anUnbalancedQuoteSpoilsOnlyItsLine() throws IOException {
    List<Manifest.Row> rows = Manifest.parse(new StringReader(
        "path,kind,title\na.pdf,VLR,fine\n\"b.pdf,VLR,never closed\nc.pdf,VNR,\"A, quoted\"\n,VLR,no path\n"));
    assertEquals(4, rows.size());
    assertEquals("a.pdf", rows.get(0).path());
    assertEquals(3, rows.get(1).line());
    assertTrue(rows.get(1).invalid().contains("never closes"), rows.get(1).invalid());
    assertEquals("invalid_manifest_row", rows.get(1).entry().listingStatus());
    assertEquals("c.pdf", rows.get(2).path());
    assertEquals("A, quoted", rows.get(2).entry().title());
    assertTrue(rows.get(3).invalid().contains("no path"), rows.get(3).invalid());
  }

  @Test
  void wrongColumnCountsAreWarnedAndShiftedMetadataIsNotUsed() throws IOException {
    List<Manifest.Row> rows = Manifest.parse(new StringReader(
        "path,kind,country,title\na.pdf,VLR\nb.pdf,VNR,FIN,Title, with a comma\n"));
    assertEquals("VLR", rows.get(0).entry().kind());
    assertTrue(rows.get(0).warnings().get(0).contains("2 fields"), rows.get(0).warnings().toString());
    assertNull(rows.get(1).entry().kind(), "values after an unquoted comma are shifted: not used");
    assertTrue(rows.get(1).entry().listingNote().contains("5 fields"), rows.get(1).entry().listingNote());
  }

  @Test
  void pathsAreReadInNfc() throws IOException {
    String nfd = java.text.Normalizer.normalize("Málaga.pdf", java.text.Normalizer.Form.NFD);
    List<Manifest.Row> rows = Manifest.parse(new StringReader("path\n" + nfd + "\n"));
    assertEquals(java.text.Normalizer.normalize("Málaga.pdf", java.text.Normalizer.Form.NFC), rows.get(0).path());
  }
}
