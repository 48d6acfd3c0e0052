package org.vlrobs.link;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English place names by CoreNLP's CRF named-entity recogniser (the 3-class model from the CoreNLP
 * models jar, LOCATION entities). Only the CRF runs — no tagger, no SUTime, no fine-grained rules —
 * and only on the few passages that cite local reviews, since NER is some hundred times slower than
 * tokenisation. The model (~33 MB, ~0.5 GB heap) is loaded once per JVM, i.e. once per executor.
 */
public final class CoreNlpLocationTagger implements LocalityFinder.LocationTagger {
  static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpLocationTagger.class);

  private final CRFClassifier<CoreLabel> crf;

  private CoreNlpLocationTagger() {
    long t0 = System.nanoTime();
    try {
      crf = CRFClassifier.getClassifier(MODEL);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the CoreNLP NER model " + MODEL + ": " + e.getMessage(), e);
    }
    LOG.info("NER model loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  /** Whether the CoreNLP models jar (with the English NER model) is on the classpath. */
  public static boolean available() {
    return CoreNlpLocationTagger.class.getClassLoader().getResource(MODEL) != null;
  }

  /** The JVM's tagger, loaded on first use. */
  public static CoreNlpLocationTagger shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CoreNlpLocationTagger INSTANCE = new CoreNlpLocationTagger();
  }

  @Override
  public List<String> locations(String text) {
    List<Triple<String, Integer, Integer>> entities;
    synchronized (crf) { // one model shared by the executor's task threads; NER runs on few passages
      entities = crf.classifyToCharacterOffsets(text);
    }
    List<String> out = new ArrayList<>();
    for (Triple<String, Integer, Integer> e : entities) {
      if ("LOCATION".equals(e.first())) {
        out.add(text.substring(e.second(), e.third()));
      }
    }
    return out;
  }
}
