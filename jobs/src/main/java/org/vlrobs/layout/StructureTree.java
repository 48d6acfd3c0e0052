package org.vlrobs.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The logical structure of a tagged PDF (Word, InDesign and Chromium exports carry one), reduced to
 * what layout needs: its block-level elements (paragraphs, headings H1..H6, list items, tables, notes,
 * captions) in document order, and which element each marked-content id of each page belongs to.
 * Inline elements (Span, Link, NonStruct...) belong to their block; containers (Document, Sect, Div,
 * Part...) only group. Built once per document by one walk over the tree.
 */
final class StructureTree {
  /** A block-level element: its standard type ("P", "H2", "Table", ...) and, for a box-like container, its box. */
  record Element(int seq, String type, boolean inAside) {}

  private static final Set<String> BLOCKS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Title", "Caption",
      "Note", "FENote", "BlockQuote", "LI", "TOCI", "Table", "Index", "BibEntry", "Code", "Formula");
  private static final Set<String> ASIDES = Set.of("Aside", "Sidebar");
  /** Deep or cyclic trees are cut here; the geometric analysis covers what the tree does not. */
  private static final int MAX_DEPTH = 64;
  private static final int MAX_NODES = 2_000_000;

  private final List<Element> elements = new ArrayList<>();
  private final Map<Long, Integer> byMcid = new HashMap<>();
  private final Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
  private final Set<COSBase> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private int nodes;

  private StructureTree() {}

  /** The tree of a tagged document, or null when it has none (or none with block-level elements). */
  static StructureTree of(PDDocument doc) {
    PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return null;
    }
    StructureTree t = new StructureTree();
    int i = 0;
    for (PDPage p : doc.getPages()) {
      t.pageIndex.put(p.getCOSObject(), i++);
    }
    try {
      t.walk(root, null, -1, false, 0);
    } catch (RuntimeException e) {
      return null; // a broken tree: geometry only
    }
    return t.elements.isEmpty() || t.byMcid.isEmpty() ? null : t;
  }

  private void walk(PDStructureNode node, Element block, int page, boolean aside, int depth) {
    if (depth > MAX_DEPTH || ++nodes > MAX_NODES || !visited.add(node.getCOSObject())) {
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        int kidPage = pageOf(e.getPage(), page);
        String type = e.getStandardStructureType();
        type = type == null ? "" : type;
        Element b = block;
        boolean kidAside = aside || ASIDES.contains(type);
        if (b == null && (BLOCKS.contains(type) || (("Div".equals(type) || "Figure".equals(type)) && hasDirectContent(e)))) {
          b = new Element(elements.size(), type, kidAside);
          elements.add(b);
        }
        walk(e, b, kidPage, kidAside, depth + 1);
      } else if (kid instanceof PDMarkedContentReference ref) {
        int p = pageOf(ref.getPage(), page);
        map(p, ref.getMCID(), block, node, aside);
      } else if (kid instanceof Integer mcid) {
        map(page, mcid, block, node, aside);
      }
    }
  }

  private void map(int page, int mcid, Element block, PDStructureNode node, boolean aside) {
    if (page < 0 || mcid < 0) {
      return;
    }
    Element b = block;
    if (b == null) {
      // marked content straight under a container: the container is the block
      b = new Element(elements.size(), node instanceof PDStructureElement e && e.getStandardStructureType() != null
          ? e.getStandardStructureType() : "Div", aside);
      elements.add(b);
    }
    byMcid.putIfAbsent(key(page, mcid), b.seq());
  }

  private static boolean hasDirectContent(PDStructureElement e) {
    for (Object k : e.getKids()) {
      if (k instanceof Integer || k instanceof PDMarkedContentReference) {
        return true;
      }
    }
    return false;
  }

  private int pageOf(PDPage p, int inherited) {
    if (p == null) {
      return inherited;
    }
    Integer i = pageIndex.get(p.getCOSObject());
    return i == null ? inherited : i;
  }

  private static long key(int page, int mcid) {
    return ((long) page << 32) | (mcid & 0xffffffffL);
  }

  /** The block-level element of a marked-content id on a page (0-based), or -1. */
  int element(int pageIndex, int mcid) {
    Integer e = byMcid.get(key(pageIndex, mcid));
    return e == null ? -1 : e;
  }

  Element get(int seq) {
    return elements.get(seq);
  }
}
