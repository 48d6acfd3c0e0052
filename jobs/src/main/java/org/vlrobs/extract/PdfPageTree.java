package org.vlrobs.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * What a PDF's page tree really holds, read from its structure only (no content streams): the page
 * count it declares, the page references it lists, how many of them resolve to a page, how many
 * distinct pages there are, which positions of PDFBox's page sequence (the one the text parser walks)
 * repeat an earlier page (cyclic or repeated {@code /Kids}), and how many pages carry image XObjects.
 * Used to report pages actually read, to remove repeated pages, and to say why a PDF has no text.
 */
record PdfPageTree(int declared, int references, int missing, int distinct, List<Integer> repeatedPositions,
    int sequenceLength, int pagesWithImages, boolean truncated, int countBeforeRepair) {
  private static final Pattern COUNT = Pattern.compile("/Count\\s+(\\d{1,9})");
  private static final long SCAN_LIMIT = 64L << 20;

  /** The tree of a PDF file, or null when it cannot be read (encrypted, not a PDF, too damaged). */
  static PdfPageTree inspect(Path file) {
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
        IOUtils.createTempFileOnlyStreamCache())) {
      COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
      if (root == null) {
        return null;
      }
      int declared = root.getInt(COSName.COUNT, -1);
      Set<COSDictionary> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<COSDictionary> pages = Collections.newSetFromMap(new IdentityHashMap<>());
      int[] refsAndMissing = new int[2];
      walk(root, nodes, pages, refsAndMissing, 0);

      Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      List<Integer> repeats = new ArrayList<>();
      int i = 0;
      int withImages = 0;
      for (PDPage page : doc.getPages()) {
        if (!seen.add(page.getCOSObject())) {
          repeats.add(i);
        } else if (hasImages(page)) {
          withImages++;
        }
        i++;
        if (i > 1_000_000) {
          break;
        }
      }
      boolean truncated = truncated(file);
      int before = truncated ? largestCount(file) : -1;
      return new PdfPageTree(declared, refsAndMissing[0], refsAndMissing[1], pages.size(), repeats, i, withImages,
          truncated, before);
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }

  /** No end-of-file marker in the last 2 KiB: the file was cut (PDFBox then rebuilds its page tree from what is left). */
  static boolean truncated(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      int n = (int) Math.min(2048, size);
      ByteBuffer b = ByteBuffer.allocate(n);
      ch.read(b, size - n);
      return !new String(b.array(), 0, b.position(), StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
  }

  /** The largest {@code /Count} written in the file (the page tree as it was before the cut), or -1. */
  private static int largestCount(Path file) throws IOException {
    if (Files.size(file) > SCAN_LIMIT) {
      return -1;
    }
    Matcher m = COUNT.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    int max = -1;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }

  private static void walk(COSDictionary node, Set<COSDictionary> nodes, Set<COSDictionary> pages, int[] counts,
      int depth) {
    if (!nodes.add(node) || depth > 256) {
      return; // a cycle
    }
    COSArray kids = node.getCOSArray(COSName.KIDS);
    if (kids == null) {
      return;
    }
    for (int k = 0; k < kids.size() && counts[0] < 10_000_000; k++) {
      COSBase b = kids.get(k);
      if (b instanceof COSObject o) {
        b = o.getObject();
      }
      if (b instanceof COSDictionary d) {
        if (d.containsKey(COSName.KIDS) || COSName.PAGES.equals(d.getCOSName(COSName.TYPE))) {
          walk(d, nodes, pages, counts, depth + 1);
        } else {
          counts[0]++;
          pages.add(d);
        }
      } else {
        counts[0]++;
        counts[1]++; // a reference to an object that is not in the file
      }
    }
  }

  private static boolean hasImages(PDPage page) {
    try {
      PDResources r = page.getResources();
      if (r == null) {
        return false;
      }
      for (COSName n : r.getXObjectNames()) {
        if (r.isImageXObject(n)) {
          return true;
        }
      }
    } catch (RuntimeException e) {
      // damaged resources: no images known
    }
    return false;
  }

  /** The parser's pages without the repeats, when they line up with PDFBox's page sequence. */
  List<String> withoutRepeats(List<String> parsed) {
    if (repeatedPositions.isEmpty() || parsed.size() != sequenceLength) {
      return parsed;
    }
    List<String> out = new ArrayList<>(parsed.size() - repeatedPositions.size());
    Set<Integer> drop = Set.copyOf(repeatedPositions);
    for (int i = 0; i < parsed.size(); i++) {
      if (!drop.contains(i)) {
        out.add(parsed.get(i));
      }
    }
    return out;
  }
}
