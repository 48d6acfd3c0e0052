package org.vlrobs.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The expected layout of a designed sample, read from its HTML source (which says what is intended):
 * per page, the blocks a reader sees, in reading order, with their roles.
 *
 * <p>Sources are well-formed XHTML written with these conventions (see {@code designed.css}):
 * {@code div.page} per printed page; {@code .run-header} (role {@code header}); {@code .run-footer} holding
 * {@code .foot} ({@code footer}) and {@code .pageno} ({@code page_number}); {@code h1} and {@code .subtitle}
 * ({@code title}); {@code h2}/{@code h3}/{@code h4} ({@code heading}, level 1/2/3); {@code .box} and
 * {@code .sidebar} whose {@code .box-title} and paragraphs are {@code box} blocks (the title marked
 * {@code box_title}); {@code .notes p} ({@code footnote}, its marker first); {@code .pull}
 * ({@code pull_quote}); {@code figcaption} and {@code .source} ({@code caption}); {@code table}
 * ({@code table}: cells joined by a space, rows by a newline); any other {@code p} or {@code li}
 * ({@code body}). {@code data-role} (and {@code data-level}) override. Two fragments with the same
 * {@code data-cont} key are one paragraph cut by a page break: one block, on the page where it starts.
 * Footnote markers in the text ({@code sup.fnref}) are not part of it; soft hyphens are removed and
 * white space collapsed, as a reader would restore the text.
 */
public final class DesignedTruth {
  /** One expected block. {@code level} is set for headings only. */
  public record Block(int page, String role, Integer level, boolean boxTitle, String text) {}

  /** The expected layout of one designed document. */
  public record Layout(String language, List<Block> blocks) {}

  private DesignedTruth() {}

  public static Layout read(Path html) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      doc = f.newDocumentBuilder().parse(html.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(html + ": not well-formed XHTML: " + e.getMessage(), e);
    }
    Element root = doc.getDocumentElement();
    List<Block> blocks = new ArrayList<>();
    Map<String, Integer> continued = new LinkedHashMap<>();
    int page = 0;
    for (Element pageDiv : descendants(root, e -> hasClass(e, "page"))) {
      page++;
      walk(pageDiv, page, blocks, continued);
    }
    if (page == 0) {
      throw new IOException(html + ": no div.page");
    }
    return new Layout(root.getAttribute("lang"), blocks);
  }

  private static void walk(Element e, int page, List<Block> out, Map<String, Integer> continued) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element c)) {
        continue;
      }
      String role = roleOf(c);
      if (role == null) {
        walk(c, page, out, continued);
        continue;
      }
      String text = c.getTagName().equals("table") ? tableText(c) : text(c);
      if (text.isEmpty()) {
        continue;
      }
      String key = c.getAttribute("data-cont");
      if (!key.isEmpty() && continued.containsKey(key)) {
        int i = continued.get(key);
        Block b = out.get(i);
        out.set(i, new Block(b.page(), b.role(), b.level(), b.boxTitle(), b.text() + " " + text));
        continue;
      }
      Integer level = null;
      if (role.equals("heading")) {
        String l = c.getAttribute("data-level");
        level = !l.isEmpty() ? Integer.valueOf(l) : c.getTagName().matches("h[2-6]")
            ? Integer.valueOf(c.getTagName().charAt(1) - '1') : Integer.valueOf(1);
      }
      if (!key.isEmpty()) {
        continued.put(key, out.size());
      }
      out.add(new Block(page, role, level, hasClass(c, "box-title"), text));
    }
  }

  /** The role of an element that is one block, or null when its children are blocks. */
  private static String roleOf(Element c) {
    String explicit = c.getAttribute("data-role");
    if (!explicit.isEmpty()) {
      return explicit;
    }
    String tag = c.getTagName();
    if (hasClass(c, "run-header")) {
      return "header";
    }
    if (hasClass(c, "foot")) {
      return "footer";
    }
    if (hasClass(c, "pageno")) {
      return "page_number";
    }
    if (tag.equals("h1") || hasClass(c, "subtitle")) {
      return "title";
    }
    if (tag.matches("h[2-6]")) {
      return inBox(c) ? "box" : "heading";
    }
    if (hasClass(c, "box-title")) {
      return "box";
    }
    if (hasClass(c, "pull")) {
      return "pull_quote";
    }
    if (tag.equals("figcaption") || hasClass(c, "source")) {
      return "caption";
    }
    if (tag.equals("table")) {
      return "table";
    }
    if (tag.equals("p") || tag.equals("li")) {
      if (inBox(c)) {
        return "box";
      }
      return ancestorWithClass(c, "notes") ? "footnote" : "body";
    }
    return null;
  }

  private static boolean inBox(Element c) {
    return ancestorWithClass(c, "box") || ancestorWithClass(c, "sidebar");
  }

  private static boolean ancestorWithClass(Element c, String cls) {
    for (Node p = c.getParentNode(); p instanceof Element e; p = e.getParentNode()) {
      if (hasClass(e, cls)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasClass(Element e, String cls) {
    for (String c : e.getAttribute("class").split("\\s+")) {
      if (c.equals(cls)) {
        return true;
      }
    }
    return false;
  }

  private static String tableText(Element table) {
    List<String> rows = new ArrayList<>();
    for (Element tr : descendants(table, e -> e.getTagName().equals("tr"))) {
      List<String> cells = new ArrayList<>();
      for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element cell && (cell.getTagName().equals("td") || cell.getTagName().equals("th"))) {
          cells.add(text(cell));
        }
      }
      rows.add(String.join(" ", cells));
    }
    return String.join("\n", rows);
  }

  /** The element's text as read: footnote markers left out, soft hyphens removed, white space collapsed. */
  static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    append(e, sb);
    return sb.toString().replace("\u00AD", "").replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static void append(Node n, StringBuilder sb) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        if (hasClass(e, "fnref")) {
          continue;
        }
        if (e.getTagName().equals("br")) {
          sb.append(' ');
        }
        append(e, sb);
      } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(c.getNodeValue());
      }
    }
  }

  private static List<Element> descendants(Element root, java.util.function.Predicate<Element> keep) {
    List<Element> out = new ArrayList<>();
    collect(root, keep, out);
    return out;
  }

  private static void collect(Element e, java.util.function.Predicate<Element> keep, List<Element> out) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        if (keep.test(c)) {
          out.add(c);
        } else {
          collect(c, keep, out);
        }
      }
    }
  }

  /**
   * The truth file: {@code {"file": ..., "language": ..., "blocks": [{"page", "role", "level"?, "box_title"?,
   * "text"}]}}, one block a line so that diffs stay readable.
   */
  public static String toJson(String pdfFileName, Layout layout) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder sb = new StringBuilder();
    sb.append("{\"file\": ").append(json.writeValueAsString(pdfFileName)).append(", \"language\": ")
        .append(json.writeValueAsString(layout.language())).append(", \"blocks\": [\n");
    for (int i = 0; i < layout.blocks().size(); i++) {
      Block b = layout.blocks().get(i);
      ObjectNode o = json.createObjectNode();
      o.put("page", b.page());
      o.put("role", b.role());
      if (b.level() != null) {
        o.put("level", b.level());
      }
      if (b.boxTitle()) {
        o.put("box_title", true);
      }
      o.put("text", b.text());
      sb.append("  ").append(json.writeValueAsString(o)).append(i + 1 < layout.blocks().size() ? ",\n" : "\n");
    }
    return sb.append("]}\n").toString();
  }
}
