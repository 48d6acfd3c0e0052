package org.vlrobs.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sample document written by this project in a small Markdown-like markup:
 * <pre>
 * ---
 * title: Helsinki Voluntary Local Review 2021     (front matter: title, subtitle, author, date,
 * header: Helsinki VLR 2021                        header, formats, embed-title)
 * ---
 * # Chapter            starts a new page
 * ## Section
 * Paragraph text, one paragraph per block of lines.
 * &gt; Box 2: heading    a box (first line is its heading)
 * &gt; box text
 * | a | b |            a table (a "| --- |" line after the header row is optional)
 * </pre>
 */
public record SampleSource(String name, Map<String, String> meta, List<Block> blocks) {
  /** Printed on every sample's title page. */
  public static final String DISCLAIMER =
      "Synthetic sample document written for software testing by this project; not an official report.";

  /** A block of the body. */
  public sealed interface Block permits Chapter, Section, Paragraph, Box, Table {}

  public record Chapter(String text) implements Block {}

  public record Section(String text) implements Block {}

  public record Paragraph(String text) implements Block {}

  public record Box(String heading, List<String> paragraphs) implements Block {}

  public record Table(List<List<String>> rows) implements Block {}

  public String title() {
    return meta.getOrDefault("title", name);
  }

  public List<String> formats() {
    return List.of(meta.getOrDefault("formats", "pdf").split("\\s*,\\s*"));
  }

  public boolean embedTitle() {
    return !"false".equals(meta.get("embed-title"));
  }

  public static SampleSource read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    return parse(fileName.substring(0, fileName.indexOf('.')), Files.readString(file, StandardCharsets.UTF_8));
  }

  public static SampleSource parse(String name, String text) {
    List<String> lines = text.lines().toList();
    Map<String, String> meta = new LinkedHashMap<>();
    int i = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
        String l = lines.get(i);
        int colon = l.indexOf(':');
        if (colon > 0) {
          meta.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
      }
      i++;
    }
    List<Block> blocks = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    List<String> box = null;
    List<List<String>> table = null;
    for (; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i).strip() : "";
      boolean boxLine = l.startsWith(">");
      boolean tableLine = l.startsWith("|");
      if (box != null && !boxLine) {
        blocks.add(toBox(box));
        box = null;
      }
      if (table != null && !tableLine) {
        blocks.add(new Table(table));
        table = null;
      }
      if (l.isEmpty() || l.startsWith("#") || boxLine || tableLine) {
        if (para.length() > 0) {
          blocks.add(new Paragraph(para.toString()));
          para.setLength(0);
        }
      }
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("## ")) {
        blocks.add(new Section(l.substring(3).strip()));
      } else if (l.startsWith("# ")) {
        blocks.add(new Chapter(l.substring(2).strip()));
      } else if (boxLine) {
        if (box == null) {
          box = new ArrayList<>();
        }
        box.add(l.substring(1).strip());
      } else if (tableLine) {
        if (l.replaceAll("[|\\-: ]", "").isEmpty()) {
          continue; // header separator
        }
        if (table == null) {
          table = new ArrayList<>();
        }
        List<String> cells = new ArrayList<>();
        for (String c : l.substring(1, l.endsWith("|") ? l.length() - 1 : l.length()).split("\\|")) {
          cells.add(c.strip());
        }
        table.add(cells);
      } else {
        if (para.length() > 0) {
          para.append(' ');
        }
        para.append(l);
      }
    }
    return new SampleSource(name, meta, blocks);
  }

  private static Box toBox(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    for (String l : lines.subList(1, lines.size())) {
      if (l.isEmpty()) {
        if (p.length() > 0) {
          paragraphs.add(p.toString());
          p.setLength(0);
        }
      } else {
        p.append(p.length() > 0 ? " " : "").append(l);
      }
    }
    if (p.length() > 0) {
      paragraphs.add(p.toString());
    }
    return new Box(lines.get(0), paragraphs);
  }
}
