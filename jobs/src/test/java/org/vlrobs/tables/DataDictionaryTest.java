package org.vlrobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

class DataDictionaryTest {
  @Test
  void docsTablesMdIsInStepWithTheCode() throws IOException {
    String committed = Files.readString(TestPaths.projectDir().resolve("docs/tables.md"));
    assertEquals(DataDictionary.markdown(), committed,
        "docs/tables.md is out of date: run `bin/vlr schema --write docs/tables.md`");
  }

  @Test
  void everyPublicTableHasDocumentedColumns() {
    for (TableSchema t : Tables.all()) {
      for (Column c : t.columns()) {
        assertEquals(false, c.description().isBlank(), t.name() + "." + c.name());
      }
    }
  }
}
