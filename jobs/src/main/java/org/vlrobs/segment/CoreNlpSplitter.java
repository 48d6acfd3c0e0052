package org.vlrobs.segment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP {@code tokenize,ssplit} with the language's own tokenizer (English PTB rules,
 * Spanish and French tokenizers, German): abbreviations such as "Dr.", "Sr.", "p.m." do not end sentences.
 * Needs no models jar. Build once per partition and language: pipeline construction costs ~1 s.
 */
final class CoreNlpSplitter implements SentenceSplitter {
  private final StanfordCoreNLP pipeline;
  private final String language;

  CoreNlpSplitter(String language) {
    this.language = language;
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", language);
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
    pipeline = new StanfordCoreNLP(p, false);
  }

  @Override
  public List<Sentence> split(String paragraph) {
    Annotation a = new Annotation(paragraph);
    pipeline.annotate(a);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new Sentence(paragraph.substring(begin, end), s.get(CoreAnnotations.TokensAnnotation.class).size()));
    }
    return out;
  }

  @Override
  public String name() {
    return "corenlp:" + language;
  }
}
