package org.vlrobs.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;

/**
 * Every table the pipeline writes, defined once. The data dictionary ({@code docs/tables.md}) is
 * generated from these definitions ({@code bin/vlr schema}) and a test keeps the two in step.
 */
public final class Tables {
  private Tables() {}

  public static final TableSchema DOCUMENTS = new TableSchema("documents",
      "One row per input file (and per manifest row whose file is missing). Nothing is dropped: files that "
          + "could not be read have a status other than `ok` and a reason.",
      "`doc_id` for rows with `status` other than `duplicate`; (`doc_id`, `source_path`) always",
      List.of(
          new Column("doc_id", StringType, false, "SHA-256 of the file's bytes (hex). Same bytes, same id. "
              + "For a file that was not read `<status>:` + SHA-256 of its path (`missing:`, `not_a_file:`, "
              + "`outside_corpus:`, `invalid_manifest_row:`, `timeout:`...), for a zero-byte file `empty:` + SHA-256 "
              + "of its path (empty files are not duplicates of each other)"),
          new Column("file_name", StringType, false, "last component of the path"),
          new Column("source_path", StringType, false, "fully qualified path the file was read from "
              + "(`<manifest>#line=N` for a manifest line that names no usable file)"),
          new Column("file_size", LongType, false, "bytes; -1 for a file that was not read (missing, not a file, "
              + "outside the corpus)"),
          new Column("media_type", StringType, true, "IANA media type detected from the content, not the name "
              + "(e.g. `application/pdf`)"),
          new Column("kind", StringType, false, "`VLR` (local or regional review, incl. Voluntary Subnational "
              + "Reviews), `VNR`, or `OTHER`"),
          new Column("country", StringType, true, "ISO 3166-1 alpha-3 code of the country the report is about"),
          new Column("locality", StringType, true, "the city or region of a VLR, canonical name when known"),
          new Column("year", IntegerType, true, "year of publication"),
          new Column("language", StringType, true, "dominant language, ISO 639-1 (by characters over all pages)"),
          new Column("title", StringType, true, "title from the manifest, the file's own metadata, or its title page"),
          new Column("page_count", IntegerType, false, "pages in the document (page-equivalents of about 3,000 "
              + "characters for formats without pages: HTML, DOCX, text); for PDFs the distinct pages its page tree "
              + "really holds (not a declared count, repeated pages of a cyclic tree counted once)"),
          new Column("char_count", LongType, false, "characters of extracted text over all pages kept"),
          new Column("ocr_pages", IntegerType, false, "pages whose text was read by OCR (tesseract) because they "
              + "had no text layer; 0 when none was needed, or OCR was off or unavailable (see `status_reason`)"),
          new Column("status", StringType, false, "`ok`, `partial` (some pages lost: truncated or "
              + "damaged file), `empty`, `corrupt`, `encrypted`, `no_text` (no text layer and OCR off, unavailable or "
              + "finding nothing: the reason says which and whether the pages have images or are blank), `unsupported` (archives: the reason names what is inside), "
              + "`mislabelled`, `timeout`, `too_large` (over a size, page or character limit, or over the parser's "
              + "memory budget), `duplicate`, `missing`, `not_a_file` (a folder, pipe, socket, device, dangling or "
              + "looping link; never opened), `outside_corpus` (a manifest path or link leading outside the corpus "
              + "folder; never opened), `invalid_manifest_row` (a manifest line without a usable path)"),
          new Column("status_reason", StringType, false, "a sentence saying what happened, e.g. `12 pages, 31,204 "
              + "characters` or `password-protected: ...`"),
          new Column("metadata_source", createMapType(StringType, StringType), false, "per field (`kind`, `country`, "
              + "`locality`, `year`, `language`, `title`): `manifest`, `inferred` or `none`"),
          new Column("duplicate_of", StringType, true, "for `status = duplicate`: `source_path` of the file kept"),
          new Column("same_text_as", StringType, true, "`doc_id` of another document with nearly the same text "
              + "(the same report in another format or edition), MinHash estimate >= 0.8"),
          new Column("url", StringType, true, "where the report was published (manifest)")));

  public static final TableSchema PAGES = new TableSchema("pages",
      "Text of each page of each document with status `ok` (and the pages kept of `too_large`, `timeout` and "
          + "`corrupt` documents that could be read in part).",
      "(`doc_id`, `page_no`)",
      List.of(
          new Column("doc_id", StringType, false, "the document (`documents.doc_id`)"),
          new Column("page_no", IntegerType, false, "1-based page number (page-equivalent for formats without pages)"),
          new Column("text", StringType, false, "extracted text; paragraphs separated by a blank line"),
          new Column("language", StringType, true, "ISO 639-1 language of this page; null below 40 letters"),
          new Column("char_count", IntegerType, false, "characters of `text`"),
          new Column("ocr", BooleanType, false, "the text was read by OCR from the page's image (no text layer)")));

  public static final TableSchema BLOCKS = new TableSchema("blocks",
      "Layout blocks of PDF pages in reading order (`org.vlrobs.layout`): paragraphs, headings, boxes, footnotes, "
          + "tables, captions, running headers and footers, from the page geometry or, in tagged PDFs, the structure "
          + "tree. `pages.text` is these blocks' text joined by blank lines. Formats without layout have no blocks.",
      "(`doc_id`, `page_no`, `block_no`)",
      List.of(
          new Column("doc_id", StringType, false, "the document (`documents.doc_id`)"),
          new Column("page_no", IntegerType, false, "1-based page number"),
          new Column("block_no", IntegerType, false, "1-based position on the page in reading order"),
          new Column("role", StringType, false, "`title`, `heading`, `body`, `box` (a box, sidebar or case study), "
              + "`footnote`, `caption`, `table`, `header`, `footer`, `page_number`, `pull_quote`"),
          new Column("level", IntegerType, false, "heading level (1 = chapter; from H1..H6 in tagged PDFs, else "
              + "numbering depth or size rank) for headings and box titles; 0 otherwise"),
          new Column("text", StringType, false, "the block's text, lines joined with hyphenation repaired; table rows "
              + "on lines, cells separated by tabs"),
          new Column("x0", DoubleType, false, "left edge, points from the page's left"),
          new Column("y0", DoubleType, false, "top edge, points from the page's top"),
          new Column("x1", DoubleType, false, "right edge, points"),
          new Column("y1", DoubleType, false, "bottom edge, points"),
          new Column("font_size", DoubleType, false, "mean font size of its characters, points"),
          new Column("bold", BooleanType, false, "at least 80 % of its characters in a bold face"),
          new Column("column_no", IntegerType, false, "1-based column from the left; 0 for text spanning the columns "
              + "or a single-column page"),
          new Column("region", IntegerType, false, "0, or the number of the drawn box (filled or framed rectangle) "
              + "on the page that holds it"),
          new Column("box_title", BooleanType, false, "the title of a box (`Box 3.1 ...`, `Recuadro 2`, a heading "
              + "inside a drawn box)"),
          new Column("continues", BooleanType, false, "continues the paragraph of the previous body (or box) block, "
              + "cut by a column or page break or by a box set in its way"),
          new Column("structure", StringType, true, "tag of the structure element in a tagged PDF (`P`, `H2`, "
              + "`Table`, `Artifact`...); null when the page was read by geometry")));

  public static final TableSchema PASSAGES = new TableSchema("passages",
      "Paragraph-sized passages (a few sentences) of every page in `pages`, in reading order, with the section "
          + "heading they fall under. Running headers, footers and page numbers are dropped, hyphenation across "
          + "line ends repaired, paragraphs cut by a page break joined, long paragraphs split at sentence ends.",
      "`passage_id`",
      List.of(
          new Column("passage_id", StringType, false, "stable id: hex of SHA-256(`doc_id` + '#' + `ordinal`), 24 "
              + "characters; the same document segmented the same way gives the same ids"),
          new Column("doc_id", StringType, false, "the document (`documents.doc_id`)"),
          new Column("page_no", IntegerType, false, "page the passage starts on"),
          new Column("ordinal", IntegerType, false, "1-based position of the passage in the document"),
          new Column("heading", StringType, true, "section heading the passage falls under: `chapter` or "
              + "`chapter › section` (e.g. `ODS 6: Agua limpia y saneamiento`, `Goal 11 › Box 2: ...`)"),
          new Column("text", StringType, false, "passage text, lines joined; table rows keep their line breaks"),
          new Column("language", StringType, true, "ISO 639-1 language of the page (or document) it comes from"),
          new Column("n_tokens", IntegerType, false, "word tokens (CoreNLP for en/es/fr/de, ICU words otherwise)"),
          new Column("role", StringType, false, "where the text comes from (`blocks.role`): `body`, `box`, "
              + "`footnote`, `table`, `caption`, `pull_quote`; `body` for formats without layout")));

  public static final TableSchema PASSAGE_SDGS = new TableSchema("passage_sdgs",
      "SDG decisions per passage: exactly 17 rows per passage (SDG 1 to 17), with the combined score, the label, "
          + "what fired and why. Score = noisy-OR of the supervised model's probability, explicit references in the "
          + "text (x0.95) and in the section heading (x0.85), and the lexicon (x0.35); see `SdgClassifier`.",
      "(`passage_id`, `sdg`)",
      List.of(
          new Column("passage_id", StringType, false, "the passage (`passages.passage_id`)"),
          new Column("doc_id", StringType, false, "its document"),
          new Column("sdg", IntegerType, false, "goal 1..17"),
          new Column("score", DoubleType, false, "combined score in [0, 1] (`--sdg-method ensemble`: a probability)"),
          new Column("label", BooleanType, false, "`score` >= the SDG's threshold (fast: 0.5; ensemble: per SDG, "
              + "models/sdg-classifier/ensemble.tsv)"),
          new Column("methods", createArrayType(StringType), false, "what fired: `explicit`, `heading`, `lexicon`, "
              + "`model` (model listed when its probability >= 0.2); ensemble also `embedding` (head probability "
              + ">= 0.5), `target-similarity` (nearest target >= 0.6), `keywords`"),
          new Column("targets", createArrayType(StringType), false, "targets named explicitly (\"11.3\", from "
              + "\"target 11.3\", \"SDG 11.3\" or indicator codes), in the text or heading"),
          new Column("evidence", StringType, false, "readable evidence: matched references, lexicon terms, model "
              + "probability and its top terms; ensemble: embedding head probability, nearest target and its wording, "
              + "keyword-system terms")));

  public static final TableSchema PASSAGE_THEMES = new TableSchema("passage_themes",
      "VLR/VNR themes per passage (taxonomy in `models/themes/taxonomy.tsv`: data and indicators, participation, "
          + "multilevel governance, partnerships, financing, capacity building, leave no one behind, COVID-19 "
          + "recovery, monitoring and evaluation, awareness, policy integration, peer learning, climate resilience, "
          + "digital government). One row per passage and theme with at least one matched term.",
      "(`passage_id`, `theme`)",
      List.of(
          new Column("passage_id", StringType, false, "the passage"),
          new Column("doc_id", StringType, false, "its document"),
          new Column("theme", StringType, false, "theme id, e.g. `data_indicators`, `multilevel_governance`"),
          new Column("score", DoubleType, false, "1 - prod(1 - weight) over the theme's distinct matched terms"),
          new Column("label", BooleanType, false, "`score` >= 0.6 (one strong term or two weaker ones)"),
          new Column("evidence", StringType, false, "the matched terms, e.g. `terms: open data, disaggregated`")));

  public static final TableSchema DOCUMENT_PAGE_LANGUAGES = new TableSchema("document_page_languages",
      "Per document and page language: how many of the document's pages (in `pages`) are in that language. A small "
          + "summary of `pages` (one row per document and language), kept up to date with it, so that figures over "
          + "pages (the report's languages) read it instead of every page.",
      "(`doc_id`, `language`)",
      List.of(
          new Column("doc_id", StringType, false, "the document"),
          new Column("language", StringType, true, "the pages' language, ISO 639-1 (`pages.language`); null: not "
              + "detected"),
          new Column("pages", LongType, false, "pages of the document in that language")));

  public static final TableSchema DOCUMENT_THEMES = new TableSchema("document_themes",
      "Per document and theme with at least one labelled passage (`passage_themes.label`): how many of its passages "
          + "carry the theme. A small summary of `passage_themes`, kept up to date with it, so that figures over themes "
          + "(the report's) read it instead of every passage.",
      "(`doc_id`, `theme`)",
      List.of(
          new Column("doc_id", StringType, false, "the document"),
          new Column("theme", StringType, false, "theme id, as in `passage_themes.theme`"),
          new Column("passages", LongType, false, "passages of the document labelled with the theme (at least 1)")));

  public static final TableSchema DOCUMENT_SDG_PROFILE = new TableSchema("document_sdg_profile",
      "Per document and SDG (17 rows per classified document): how much of the document addresses the goal, so that "
          + "documents can be compared.",
      "(`doc_id`, `sdg`)",
      List.of(
          new Column("doc_id", StringType, false, "the document"),
          new Column("sdg", IntegerType, false, "goal 1..17"),
          new Column("n_passages", LongType, false, "passages of the document"),
          new Column("n_labelled", LongType, false, "passages labelled with the SDG"),
          new Column("share_passages", DoubleType, false, "`n_labelled` / `n_passages`"),
          new Column("weighted_score", DoubleType, false, "mean passage score weighted by passage tokens: the "
              + "document's attention to the goal, in [0, 1]")));

  public static final TableSchema VLR_MENTIONS = new TableSchema("vlr_mentions",
      "Evidence, in VNRs, of local and regional governments and local reviews: one row per VNR passage and kind of "
          + "mention (rules in `org.vlrobs.link.MentionRules`, en/es/fr/pt plus Japanese/Chinese review names). A VNR "
          + "naming itself, \"local review\" in another sense and cities named without a review are not evidence.",
      "(`passage_id`, `mention_type`)",
      List.of(
          new Column("doc_id", StringType, false, "the VNR (`documents.doc_id`)"),
          new Column("passage_id", StringType, false, "the evidence passage (`passages.passage_id`)"),
          new Column("page_no", IntegerType, false, "page of the passage"),
          new Column("mention_type", StringType, false, "`lrg` (local governments involved), `cited` (a local review "
              + "referenced), `featured` (box, case study or section about one), `annexed` (annexed to or published with "
              + "the VNR), `integrated` (its data or findings used, or a joint process compiling them)"),
          new Column("matched_text", StringType, false, "the words or sentence that matched (for `featured`/`annexed` "
              + "from a heading: the heading)"),
          new Column("localities", createArrayType(StringType), false, "localities whose reviews the passage cites "
              + "(canonical names when known; empty for `lrg`): from the gazetteer, name patterns and, for English, "
              + "CoreNLP NER, in the sentences naming a review or the whole passage under a heading naming one"),
          new Column("linked_vlr_doc_ids", createArrayType(StringType), false, "VLR documents those localities resolve "
              + "to: same locality and country, published no later than the VNR; the edition whose year is written next to the name, "
              + "else the latest"),
          new Column("confidence", DoubleType, false, "how reliable the rule is, in [0, 1] (for a rule ending in "
              + "`-model`: the model's probability)"),
          new Column("rule", StringType, false, "what fired, e.g. `review-name`, `box-about-review`, "
              + "`annex-of-reviews`, `review-evidence-used`, `joint-process`, `local-governments`; "
              + "`local-governments-model`, `cited-model`, `annexed-model`, `integrated-model`: the flag added by that "
              + "flag's model where the rules did not find it (models/linkage; the quote is the sentence that weighs "
              + "most in the model's reading)")));

  public static final TableSchema VNR_INTEGRATION = new TableSchema("vnr_integration",
      "How each VNR (status `ok`) integrates local reviews: one row per VNR, also when nothing was found (level 0).",
      "`doc_id`",
      List.of(
          new Column("doc_id", StringType, false, "the VNR"),
          new Column("file_name", StringType, false, "its file name"),
          new Column("country", StringType, true, "ISO3 of the VNR's country"),
          new Column("region", StringType, false, "world region of the country after UN M49 (Africa, Asia, Europe, "
              + "Latin America and the Caribbean, Northern America, Oceania; `Unknown`)"),
          new Column("year", IntegerType, true, "year of the VNR"),
          new Column("language", StringType, true, "its language"),
          new Column("lrg", BooleanType, false, "local and regional governments involved in implementation or in the review"),
          new Column("cited", BooleanType, false, "at least one local review referenced"),
          new Column("featured", BooleanType, false, "a local review has a box, case study or section of its own"),
          new Column("annexed", BooleanType, false, "local reviews annexed to or published with the VNR"),
          new Column("integrated", BooleanType, false, "evidence from local reviews used in the national analysis, or a "
              + "joint VLR-VNR process compiling them"),
          new Column("level", IntegerType, false, "0 none, 1 lrg only, 2 cited, 3 featured, 4 annexed, 5 integrated "
              + "(the highest that holds)"),
          new Column("localities", createArrayType(StringType), false, "cited localities, in order of first mention"),
          new Column("linked_vlr_doc_ids", createArrayType(StringType), false, "VLR documents in the corpus they resolve to"),
          new Column("n_mentions", IntegerType, false, "evidence passages (any mention type)"),
          new Column("vlrs_in_country_before", IntegerType, true, "distinct VLRs in the corpus from the VNR's country "
              + "published up to the VNR's year (null when the VNR's country is unknown)"),
          new Column("share_linked", DoubleType, true, "linked VLRs / `vlrs_in_country_before`; null when none were available"),
          new Column("sdg_alignment", DoubleType, true, "cosine similarity in [0, 1] of the VNR's SDG profile "
              + "(`document_sdg_profile.share_passages` over SDG 1..17) and the mean profile of its linked VLRs, or of its "
              + "country's earlier VLRs when none is linked"),
          new Column("alignment_basis", StringType, true, "`linked` or `country`: which VLRs `sdg_alignment` compares to")));

  public static final TableSchema VNR_INTEGRATION_EVIDENCE = new TableSchema("vnr_integration_evidence",
      "What a researcher checks each flag of `vnr_integration` against: for every VNR and flag that holds, up to three "
          + "quotes (the most confident first, then in document order) with their page and passage.",
      "(`doc_id`, `flag`, `rank`)",
      List.of(
          new Column("doc_id", StringType, false, "the VNR (`vnr_integration.doc_id`)"),
          new Column("file_name", StringType, false, "its file name"),
          new Column("flag", StringType, false, "`lrg`, `cited`, `featured`, `annexed` or `integrated`"),
          new Column("rank", IntegerType, false, "1 = the quote that decided the flag"),
          new Column("quote", StringType, false, "the sentence (or heading) that shows it, as in the VNR"),
          new Column("page_no", IntegerType, false, "page of the VNR where the passage starts"),
          new Column("passage_id", StringType, false, "the passage (`passages.passage_id`)"),
          new Column("rule", StringType, false, "the rule that fired (see `vlr_mentions.rule`)"),
          new Column("localities", createArrayType(StringType), false, "localities cited there (empty for `lrg`)")));

  public static final TableSchema VNR_VLR_LINKS = new TableSchema("vnr_vlr_links",
      "Edges from VNRs to the VLRs they cite, for network analysis: one row per (VNR, VLR).",
      "(`vnr_doc_id`, `vlr_doc_id`)",
      List.of(
          new Column("vnr_doc_id", StringType, false, "the VNR"),
          new Column("vlr_doc_id", StringType, false, "the VLR"),
          new Column("locality", StringType, false, "the locality through which they are linked"),
          new Column("link_type", StringType, false, "strongest mention type linking them (`cited`, `featured`, "
              + "`annexed`, `integrated`)"),
          new Column("evidence_passage_id", StringType, false, "first passage with that mention"),
          new Column("vnr_country", StringType, true, "ISO3 of the VNR"),
          new Column("vnr_year", IntegerType, true, "year of the VNR"),
          new Column("vlr_year", IntegerType, true, "year of the VLR")));

  /** All public tables, in pipeline order. */
  public static List<TableSchema> all() {
    return List.of(DOCUMENTS, PAGES, BLOCKS, DOCUMENT_PAGE_LANGUAGES, PASSAGES, PASSAGE_SDGS, PASSAGE_THEMES,
        DOCUMENT_SDG_PROFILE, DOCUMENT_THEMES, VLR_MENTIONS, VNR_INTEGRATION, VNR_INTEGRATION_EVIDENCE, VNR_VLR_LINKS);
  }

  /**
   * Internal work table of the extraction stage ({@code <out>/work/extracted}): one row per extracted
   * file with its pages nested, appended batch by batch so that a killed run resumes where it stopped.
   */
  public static final TableSchema EXTRACTED;

  static {
    List<Column> cols = new ArrayList<>(DOCUMENTS.columns().stream()
        .filter(c -> !c.name().equals("duplicate_of") && !c.name().equals("same_text_as")).toList());
    cols.add(new Column("modified", LongType, false, "file modification time, ms (resume key)"));
    cols.add(new Column("pages", createArrayType(createStructType(PAGES.columns().stream()
        .filter(c -> !c.name().equals("doc_id")).map(Column::field).toArray(StructField[]::new))), false,
        "pages kept"));
    cols.add(new Column("text_signature", createArrayType(LongType), false, "MinHash signature of the text"));
    cols.add(new Column("blocks", createArrayType(createStructType(BLOCKS.columns().stream()
        .filter(c -> !c.name().equals("doc_id")).map(Column::field).toArray(StructField[]::new))), false,
        "layout blocks of the pages kept (PDF)"));
    EXTRACTED = new TableSchema("extracted", "extraction results before de-duplication (internal)",
        "(`source_path`, `file_size`, `modified`)", cols);
  }
}
