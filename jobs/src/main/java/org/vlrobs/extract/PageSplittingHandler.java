package org.vlrobs.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML and cuts it into pages. Paginated formats (PDF) mark each page with
 * {@code <div class="page">}; other formats (HTML, DOCX, ODT, text) flow, and are cut into
 * page-equivalents of about {@link ExtractionLimits#FLOW_PAGE_CHARS} characters at paragraph ends.
 * Memory is bounded: a page keeps at most {@code maxCharsPerPage} characters, and parsing stops after
 * {@code maxPages} pages or when the deadline passes.
 */
final class PageSplittingHandler extends DefaultHandler {

  /** Thrown to stop the parser early; the pages read so far are kept. */
  static final class StopParsing extends SAXException {
    final boolean timedOut;

    StopParsing(String message, boolean timedOut) {
      super(message);
      this.timedOut = timedOut;
    }
  }

  private static final Set<String> PARAGRAPH_ENDS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote", "pre", "title");

  private final int maxPages;
  private final int maxCharsPerPage;
  private final long maxChars;
  private final long deadlineNanos;
  private long totalChars;
  private boolean hitCharLimit;
  /** Set once a limit is hit; parsers that swallow handler exceptions (Tika's PDF page loop) are then ignored. */
  private StopParsing stop;

  private final List<String> pages = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private boolean paginated;
  private boolean inPage;
  private int divDepth;
  private int pageDivDepth = -1;
  private boolean truncatedPage;
  private boolean hitPageLimit;
  private int titleDepth;

  PageSplittingHandler(ExtractionLimits limits, long deadlineNanos) {
    this.maxPages = limits.maxPages();
    this.maxCharsPerPage = limits.maxCharsPerPage();
    this.maxChars = limits.maxChars();
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    if (stop != null) {
      throw stop;
    }
    String name = localName.isEmpty() ? qName : localName;
    if ("title".equals(name)) {
      titleDepth++; // the <head><title> repeats metadata, not body text
    }
    if ("div".equals(name)) {
      divDepth++;
      if ("page".equals(atts.getValue("class")) && !inPage) {
        if (!paginated) {
          flushFlow(true); // text before the first page marker (rare) becomes its own page
        }
        paginated = true;
        inPage = true;
        pageDivDepth = divDepth;
        current.setLength(0);
        truncatedPage = false;
      }
    } else if ("br".equals(name)) {
      append('\n');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (stop != null) {
      throw stop;
    }
    String name = localName.isEmpty() ? qName : localName;
    if ("title".equals(name)) {
      titleDepth = Math.max(0, titleDepth - 1);
      return;
    }
    if ("div".equals(name)) {
      if (inPage && divDepth == pageDivDepth) {
        inPage = false;
        pageDivDepth = -1;
        addPage(current.toString());
        current.setLength(0);
      } else {
        paragraphEnd();
      }
      divDepth--;
    } else if (PARAGRAPH_ENDS.contains(name)) {
      paragraphEnd();
    } else if ("tr".equals(name)) {
      append('\n');
    } else if ("td".equals(name) || "th".equals(name)) {
      append('\t');
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (stop != null) {
      throw stop;
    }
    if (titleDepth > 0) {
      return;
    }
    checkDeadline();
    if (!paginated && !inPage) {
      appendFlow(ch, start, length);
      return;
    }
    int room = maxCharsPerPage - current.length();
    if (room <= 0) {
      truncatedPage = true;
      return;
    }
    int n = Math.min(room, length);
    for (int i = start; i < start + n; i++) {
      char c = ch[i];
      if (c == '\u0000' || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
        continue;
      }
      current.append(c == '\r' ? '\n' : c);
    }
    if (n < length) {
      truncatedPage = true;
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() throws SAXException {
    if (stop == null && !paginated) {
      flushFlow(true);
    }
  }

  /**
   * Flowing text: a paragraph longer than two page-equivalents (a one-line text file, a page of text
   * without paragraph marks) is cut at a space into page-equivalents instead of being truncated, so the
   * document's character limit, not the page's, decides what is kept.
   */
  private void appendFlow(char[] ch, int start, int length) throws SAXException {
    int longest = Math.min(2 * ExtractionLimits.FLOW_PAGE_CHARS, maxCharsPerPage);
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (c == '\u0000' || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
        continue;
      }
      current.append(c == '\r' ? '\n' : c);
      if (current.length() >= longest) {
        int cut = current.length();
        for (int k = current.length() - 1; k >= longest / 2; k--) {
          if (Character.isWhitespace(current.charAt(k))) {
            cut = k + 1;
            break;
          }
        }
        String page = current.substring(0, cut);
        current.delete(0, cut);
        addPage(page);
      }
    }
  }

  private void paragraphEnd() throws SAXException {
    append('\n');
    append('\n');
    if (!paginated && !inPage && current.length() >= ExtractionLimits.FLOW_PAGE_CHARS) {
      flushFlow(false);
    }
  }

  private void append(char c) {
    if (current.length() < maxCharsPerPage) {
      current.append(c);
    }
  }

  private void flushFlow(boolean force) throws SAXException {
    if (current.length() == 0 || (!force && current.length() < ExtractionLimits.FLOW_PAGE_CHARS)) {
      return;
    }
    String text = current.toString();
    current.setLength(0);
    if (!text.isBlank() || !force) {
      addPage(text);
    }
  }

  private void addPage(String raw) throws SAXException {
    String page = TextCleaner.cleanPage(raw);
    pages.add(page);
    totalChars += page.length();
    if (totalChars >= maxChars) {
      hitCharLimit = true;
      throw stop = new StopParsing("character limit of " + maxChars + " reached", false);
    }
    if (pages.size() >= maxPages) {
      hitPageLimit = true;
      throw stop = new StopParsing("page limit of " + maxPages + " reached", false);
    }
  }

  private void checkDeadline() throws StopParsing {
    if (System.nanoTime() > deadlineNanos) {
      throw stop = new StopParsing("time limit reached", true);
    }
  }

  List<String> pages() {
    return pages;
  }

  boolean paginated() {
    return paginated;
  }

  boolean hitPageLimit() {
    return hitPageLimit;
  }

  /** The limit that stopped parsing, or null. */
  StopParsing stop() {
    return stop;
  }

  boolean hitCharLimit() {
    return hitCharLimit;
  }

  boolean truncatedPage() {
    return truncatedPage;
  }
}
