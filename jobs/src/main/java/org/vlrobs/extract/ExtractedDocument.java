package org.vlrobs.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.metadata.DocumentMetadata;

/**
 * What extraction makes of one input file: identity, status with a human reason, resolved metadata
 * (with where each field came from), the pages, and a MinHash signature of the text for finding the
 * same report in another format.
 */
public record ExtractedDocument(
    CorpusEntry entry,
    String docId,
    String mediaType,
    DocumentStatus status,
    String statusReason,
    DocumentMetadata metadata,
    int pageCount,
    List<ExtractedPage> pages,
    long[] textSignature) implements Serializable {

  public long charCount() {
    long n = 0;
    for (ExtractedPage p : pages) {
      n += p.charCount();
    }
    return n;
  }

  /** Pages whose text was read by OCR. */
  public int ocrPages() {
    int n = 0;
    for (ExtractedPage p : pages) {
      n += p.ocr() ? 1 : 0;
    }
    return n;
  }

  public Map<String, String> metadataSource() {
    return metadata.sources();
  }
}
