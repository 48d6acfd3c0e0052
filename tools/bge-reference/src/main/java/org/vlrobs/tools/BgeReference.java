package org.vlrobs.tools;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes the reference fixture of the project's sentence embedder: for each text, the token ids that
 * LangChain4j 1.11.0-beta19 ({@code OnnxBertBiEncoder}, DJL HuggingFace tokenizers 0.31.1) feeds to the
 * bge-small-en-v1.5 ONNX model, one array per 510-token partition, and for every {@code EMBED_EVERY}-th text
 * and every synthetic text the embedding LangChain4j returns (rounded to 7 decimals).
 *
 * <p>The ids come from LangChain4j's own private methods ({@code partition}, {@code toText}) and tokenizer
 * (reached by reflection), so they are exactly what the reference path runs, not a re-implementation.
 *
 * <p>Usage: see {@code tools/bge-reference/README.md}.
 */
public final class BgeReference {
  private static final int EMBED_EVERY = 12;

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    Path out = Path.of(args[1]);
    System.setProperty("ai.djl.offline", "true");

    BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
    Method modelM = AbstractInProcessEmbeddingModel.class.getDeclaredMethod("model");
    modelM.setAccessible(true);
    OnnxBertBiEncoder encoder = (OnnxBertBiEncoder) modelM.invoke(model);
    Field tokF = OnnxBertBiEncoder.class.getDeclaredField("tokenizer");
    tokF.setAccessible(true);
    HuggingFaceTokenizer tokenizer = (HuggingFaceTokenizer) tokF.get(encoder);
    Method partition = OnnxBertBiEncoder.class.getDeclaredMethod("partition", List.class, int.class);
    partition.setAccessible(true);
    Method toText = OnnxBertBiEncoder.class.getDeclaredMethod("toText", List.class);
    toText.setAccessible(true);

    List<String> synthetic = synthetic(repo);
    Set<String> texts = new LinkedHashSet<>(synthetic);
    texts.addAll(samplePassages(repo));
    texts.addAll(evalPassages(repo));

    ObjectMapper json = new ObjectMapper();
    int n = 0;
    int embedded = 0;
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out))) {
      for (String text : texts) {
        ObjectNode row = json.createObjectNode();
        row.put("text", text);
        List<String> tokens = tokenizer.tokenize(text);
        @SuppressWarnings("unchecked")
        List<List<String>> parts = (List<List<String>>) partition.invoke(null, tokens, 510);
        ArrayNode ids = row.putArray("ids");
        for (List<String> p : parts) {
          String t = (String) toText.invoke(encoder, p);
          ArrayNode a = ids.addArray();
          for (long id : tokenizer.encode(t, true, false).getIds()) {
            a.add(id);
          }
        }
        if (synthetic.contains(text) || n % EMBED_EVERY == 0) {
          try {
            float[] v = model.embed(text).content().vector();
            ArrayNode e = row.putArray("embedding");
            for (float x : v) {
              e.add(Math.round(x * 1e7) / 1e7);
            }
            embedded++;
          } catch (RuntimeException e) {
            row.put("error", String.valueOf(e.getMessage()));
          }
        }
        os.write(json.writeValueAsBytes(row));
        os.write('\n');
        n++;
      }
    }
    System.out.printf("%d texts, %d embeddings -> %s%n", n, embedded, out);
  }

  /** Paragraphs of the sample corpus sources (written by this project), every language, markup kept. */
  static List<String> samplePassages(Path repo) throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(repo.resolve("data/sample/src"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String[] paras = Files.readString(f).split("\n\\s*\n");
        for (int i = 0; i < paras.length; i += 4) {
          String p = paras[i].strip();
          if (!p.isEmpty()) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  /** Every fifth VNR passage of the link stage's evaluation set (written by this project; en/es/fr/pt). */
  static List<String> evalPassages(Path repo) throws Exception {
    List<String> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(repo.resolve("data/eval/vnr-passages.csv"), StandardCharsets.UTF_8)) {
      int i = 0;
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        if (i++ % 5 == 0) {
          out.add(rec.get("text"));
        }
      }
    }
    return out;
  }

  /** Synthetic strings for the tokenizer's corners; each is also embedded. */
  static List<String> synthetic(Path repo) throws Exception {
    List<String> s = new ArrayList<>(List.of(
        "Hello, world!",
        "hello world",
        "HELLO WORLD",
        "The city's SDG-11 report (2021) covers 3.6% of... what?",
        "Café, naïve, résumé, coöperate, Ångström, façade, jalapeño, São Paulo, Bogotá, Málaga, Nîmes, Zürich",
        "Niterói e Cascais publicaram revisões locais voluntárias; a participação cidadã é essencial.",
        "Les collectivités territoriales ont contribué à l'élaboration de l'examen national volontaire.",
        "Los gobiernos autónomos descentralizados presentaron informes locales voluntarios en 2022.",
        "Straße, Fußgänger, ẞ, Œuvre, œuvre, Æsir, æther, Ø, ø, Łódź, Đà Nẵng, İstanbul, ı",
        "e\u0301 (e + combining acute), n\u0303, a\u0308, precomposed é ñ ä",
        "ﬁnancial ﬂows, ligatures ﬀ ﬃ, fullwidth ＳＤＧ１１ and ａｂｃ, superscript x² and ½",
        "可持续发展目标11：建设包容、安全、有抵御灾害能力和可持续的城市和人类住区。",
        "持続可能な開発目標（SDGs）の目標4は、質の高い教育をみんなに。東京都の自発的自治体レビュー。",
        "ひらがなとカタカナだけのぶんしょう、テストです。",
        "지속가능발전목표 11: 지속가능한 도시와 공동체",
        "Устойчивое развитие городов и населённых пунктов (ЦУР 11).",
        "Βιώσιμη ανάπτυξη: ΟΣΣ ΣΤΟΧΟΣ 11, τέλος λέξης ς",
        "أهداف التنمية المستدامة: المدن والمجتمعات المحلية المستدامة",
        "सतत विकास लक्ष्य 11: टिकाऊ शहर और समुदाय",
        "การพัฒนาที่ยั่งยืน เป้าหมายที่ 11",
        "Emoji: 🌍🌱💧 ♻️ 👩‍👩‍👧 🇺🇳 🤔 🤣 🤩 🥰 🥱 🫀 🫠 ✅ ❤",
        "Control\u0000chars\u0001and\u0007bell\u001b[0m, zero\u200Bwidth, soft\u00ADhyphen, BOM\uFEFF, replacement \uFFFD",
        "Tabs\tnew\nlines\r\ncarriage\u000Bvertical\u000Cform feed\u0085next line\u2028line sep\u2029para sep",
        "Non\u00A0breaking, thin\u2009space, ideographic\u3000space, narrow\u202Fnbsp, en\u2002space, ogham\u1680space",
        "Quotes “curly” ‘single’ «guillemets» „low“ — em dash – en dash … ellipsis • bullet · middle dot",
        "Symbols: $100, €50, £20, ¥1000, 5 + 3 = 8, a < b > c, x^2, `code`, a|b, ~tilde, @user, #hashtag, 50%",
        "§ 12 ¶ 3 © ® ™ ° µ ± × ÷ → ← ↑ ↓ ∞ ≤ ≥ ≠ √ ∑ ∫",
        "URLs: https://www.un.org/sustainabledevelopment/cities/?lang=en&x=1#goal-11 and mail vlr@example.org",
        "Numbers 1,234,567.89 and 3.14159 and 2030 and 11.6.2 and 1st 2nd 3rd 4th",
        "Hyphen-ated multi-level co-operation, e-government, well-being, non-governmental",
        "unbelievably antidisestablishmentarianism supercalifragilisticexpialidocious pneumonoultramicroscopicsilicovolcanoconiosis",
        "x".repeat(99) + " " + "y".repeat(100) + " " + "z".repeat(101),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "Special tokens in text: [CLS] x [SEP] y [MASK] [PAD] [UNK] and lowercase [cls] [unk] and [CLS][SEP]",
        "##ing ## # ### ##abc",
        "   leading and trailing spaces   ",
        ".",
        "a",
        "?!",
        "\u0001\u0002",
        "🫠",
        "Mixed 中文 English 日本語 español العربية",
        "U.S.A. e.g. i.e. Dr. Mr. Ph.D. etc.",
        "don't won't it's the city's citizens' l'homme aujourd'hui",
        "SDG 1 SDG 2 SDG 3 SDG 4 SDG 5 SDG 6 SDG 7 SDG 8 SDG 9 SDG 10 SDG 11 SDG 12 SDG 13 SDG 14 SDG 15 SDG 16 SDG 17",
        "\uD835\uDC00\uD835\uDC01 mathematical bold, \uD83D\uDE00 grinning, 𠀀 CJK ext B, 丽 compat ideograph",
        "Ｈｅｌｌｏ　ｗｏｒｌｄ！",
        "newer Unicode: a\u2E45b (Po, 10.0) a\u2E4Fb (Po, 11.0) a\u2E52b (Po, 13.0) a\u1ABFb (Mn, 14.0) a\u0D81b (Mn, 13.0) a\u0890b (Cf, 14.0)",
        "Unicode 8/9: a\uD836\uDE87b (Po, 8.0) a\uD83A\uDD5Eb (Po, 9.0) a\uD83A\uDD44b (Mn, 9.0) a\u08D4b (Mn, 9.0) a\u08E3b (Mn, 8.0)",
        "private use a\uE000b, unassigned a\u0378b, Arabic number sign a\u0600b, bidi a\u2066b\u2069c, surrogate-free",
        "Ⅻ roman numeral twelve, ① circled one, ℃ degree celsius, Å angstrom sign, K kelvin sign"));
    // long texts beyond 512 tokens: whole sample sources (several partitions each)
    for (String f : List.of("uk-vnr-2019.md", "spain-vnr-2021.md", "bristol-vlr-2019.md")) {
      s.add(Files.readString(repo.resolve("data/sample/src").resolve(f)));
    }
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      words.append(i % 7 == 0 ? "unbelievably " : "water ");
    }
    s.add(words.toString().strip());
    s.add("sustainability ".repeat(600).strip());
    s.add("ab".repeat(60) + " " + "municipalities".repeat(3) + " " + "Ω".repeat(40));
    return s;
  }
}
