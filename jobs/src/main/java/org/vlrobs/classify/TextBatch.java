package org.vlrobs.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.lang3.StringUtils;
import org.vlrobs.extract.LanguageIdentifier;

/**
 * Classifies or evaluates texts from CSV files (RFC 4180, header row, multi-line quoted texts) with the
 * same classifier and thresholds as the pipeline. A bad row is reported with its line number and
 * skipped; a file that stops being valid CSV keeps the rows read before the fault.
 */
public final class TextBatch {
  private final SdgClassifier classifier;
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final List<String> errors = new ArrayList<>();

  public TextBatch(SdgClassifier classifier) {
    this.classifier = classifier;
  }

  public List<String> errors() {
    return errors;
  }

  /** {@code id,text} in, {@code id,sdg,score,label} out (17 rows per id); returns the texts classified. */
  public int classify(Reader in, Writer out) throws IOException {
    int done = 0;
    try (CSVParser parser = parser(in); CSVPrinter printer = CSVFormat.RFC4180.builder()
        .setHeader("id", "sdg", "score", "label").setRecordSeparator('\n').get().print(out)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (!header.containsKey("id") || !header.containsKey("text")) {
        errors.add("line 1: the header must have columns id and text, found " + parser.getHeaderNames());
        return 0;
      }
      List<String> ids = new ArrayList<>();
      List<SdgClassifier.Input> inputs = new ArrayList<>();
      for (Iterator<CSVRecord> it = parser.iterator(); hasNext(it); ) {
        CSVRecord r = it.next();
        String id = field(r, header, "id");
        String text = field(r, header, "text");
        if (!r.isConsistent()) {
          errors.add("line " + r.getParser().getCurrentLineNumber() + ": expected " + header.size() + " fields, found "
              + r.size() + "; row skipped");
          continue;
        }
        if (StringUtils.isBlank(id) || StringUtils.isBlank(text)) {
          errors.add("line " + r.getParser().getCurrentLineNumber() + ": empty " + (StringUtils.isBlank(id) ? "id" : "text")
              + "; row skipped");
          continue;
        }
        ids.add(id);
        inputs.add(new SdgClassifier.Input(text, null, languages.detect(text)));
        if (inputs.size() >= SdgClassifier.BATCH) {
          done += flush(ids, inputs, printer);
        }
      }
      done += flush(ids, inputs, printer);
    }
    return done;
  }

  /** Classifies the buffered texts together (the ensemble embeds them in one batch) and prints 17 rows each. */
  private int flush(List<String> ids, List<SdgClassifier.Input> inputs, CSVPrinter printer) throws IOException {
    List<List<SdgLabel>> labels = classifier.classifyAll(inputs);
    for (int i = 0; i < ids.size(); i++) {
      for (SdgLabel l : labels.get(i)) {
        printer.printRecord(ids.get(i), l.sdg(), String.format(java.util.Locale.ROOT, "%.4f", l.score()), l.label());
      }
    }
    int n = ids.size();
    ids.clear();
    inputs.clear();
    return n;
  }

  /**
   * Scores labelled texts: {@code id,text,sdg} (one gold SDG per text: every SDG judged for every text)
   * or {@code id,text,sdg,label} (a yes/no judgement of one SDG per row).
   */
  public Metrics evaluate(Reader in) throws IOException {
    Metrics m = new Metrics();
    Map<String, List<SdgLabel>> cache = new HashMap<>();
    try (CSVParser parser = parser(in)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (!header.containsKey("text") || !header.containsKey("sdg")) {
        errors.add("line 1: the header must have columns id,text,sdg[,label], found " + parser.getHeaderNames());
        return m;
      }
      boolean binary = header.containsKey("label");
      for (Iterator<CSVRecord> it = parser.iterator(); hasNext(it); ) {
        CSVRecord r = it.next();
        long line = r.getParser().getCurrentLineNumber();
        String text = field(r, header, "text");
        int sdg;
        try {
          sdg = Integer.parseInt(StringUtils.trimToEmpty(field(r, header, "sdg")));
        } catch (NumberFormatException e) {
          errors.add("line " + line + ": sdg is not a number 1-17; row skipped");
          continue;
        }
        if (sdg < 1 || sdg > 17 || StringUtils.isBlank(text)) {
          errors.add("line " + line + ": " + (StringUtils.isBlank(text) ? "empty text" : "sdg out of 1-17") + "; row skipped");
          continue;
        }
        List<SdgLabel> labels = cache.computeIfAbsent(text, t -> classifier.classify(t, null, languages.detect(t)));
        if (binary) {
          String v = StringUtils.trimToEmpty(field(r, header, "label")).toLowerCase(java.util.Locale.ROOT);
          boolean truth;
          if (v.equals("true") || v.equals("1") || v.equals("yes")) {
            truth = true;
          } else if (v.equals("false") || v.equals("0") || v.equals("no")) {
            truth = false;
          } else {
            errors.add("line " + line + ": label must be true/false (or 1/0, yes/no); row skipped");
            continue;
          }
          m.add(sdg, truth, labels.get(sdg - 1).label());
        } else {
          for (SdgLabel l : labels) {
            m.add(l.sdg(), l.sdg() == sdg, l.label());
          }
        }
      }
    }
    return m;
  }

  private static CSVParser parser(Reader in) throws IOException {
    return CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setTrim(false).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get());
  }

  /** Iterates until the end or the first malformed record, which is reported. */
  private boolean hasNext(Iterator<CSVRecord> it) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      errors.add("malformed CSV (" + e.getMessage() + "); the rows before it were read, the rest is skipped");
      return false;
    }
  }

  private static String field(CSVRecord r, Map<String, Integer> header, String name) {
    Integer i = header.get(name);
    return i == null || i >= r.size() ? null : r.get(i);
  }
}
