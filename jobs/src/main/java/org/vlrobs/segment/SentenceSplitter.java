package org.vlrobs.segment;

import java.util.List;

/** Splits a paragraph into sentences and counts their tokens. Implementations are not thread-safe. */
public interface SentenceSplitter {
  List<Sentence> split(String paragraph);

  /** Which tool does the work, for logs and provenance (e.g. {@code corenlp:es}, {@code icu:pt}). */
  String name();
}
