package org.vlrobs.jobs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.extract.ExtractedDocument;

/**
 * The journal of finished documents: each task appends every document it finishes to its own file
 * under {@code <out>/work/journal/}, flushed per document, so a killed run loses only the documents in
 * flight. When a batch is committed to the work table its journals are deleted; a run that finds
 * journals (left by a killed run) first moves their documents into the work table, and then skips them.
 * Records are length-prefixed serialized {@link ExtractedDocument}s; a record cut by the kill is
 * ignored. On object stores, where a flush does not publish, a journal counts when its task ends.
 */
final class ExtractJournal implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractJournal.class);
  static final String SUFFIX = ".jnl";

  private final FSDataOutputStream out;

  private ExtractJournal(FSDataOutputStream out) {
    this.out = out;
  }

  static Path dir(String out) {
    return new Path(new Path(out, "work"), "journal");
  }

  /** The file system, raw for local paths (no .crc side files: a killed writer leaves a readable file). */
  static FileSystem fs(Path p, Configuration conf) throws IOException {
    FileSystem fs = p.getFileSystem(conf);
    return fs instanceof LocalFileSystem l ? l.getRaw() : fs;
  }

  static ExtractJournal create(Path file, Configuration conf) throws IOException {
    return new ExtractJournal(fs(file, conf).create(file, true));
  }

  void append(ExtractedDocument d) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(b)) {
      o.writeObject(d);
    }
    out.writeInt(b.size());
    b.writeTo(out);
    out.hflush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** Journal files present (paths only). */
  static List<String> files(Path dir, Configuration conf) throws IOException {
    FileSystem fs = fs(dir, conf);
    List<String> files = new ArrayList<>();
    if (fs.exists(dir)) {
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.isFile() && s.getPath().getName().endsWith(SUFFIX)) {
          files.add(s.getPath().toString());
        }
      }
    }
    return files;
  }

  static void clear(Path dir, Configuration conf) throws IOException {
    fs(dir, conf).delete(dir, true);
  }

  /** The documents of journal files, read one at a time. */
  static Iterator<ExtractedDocument> read(Iterator<String> files, Configuration conf) {
    return new Iterator<>() {
      DataInputStream in;
      ExtractedDocument next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          try {
            if (in == null) {
              if (!files.hasNext()) {
                return false;
              }
              Path p = new Path(files.next());
              in = new DataInputStream(fs(p, conf).open(p));
            }
            int n = in.readInt();
            byte[] b = new byte[n];
            in.readFully(b);
            try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(b))) {
              next = (ExtractedDocument) o.readObject();
            }
          } catch (EOFException e) {
            closeQuietly(); // the end, or a record cut by the kill
          } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.warn("journal record not readable ({}); the rest of that journal is extracted again", e.toString());
            closeQuietly();
          }
        }
        return true;
      }

      private void closeQuietly() {
        try {
          if (in != null) {
            in.close();
          }
        } catch (IOException e) {
          // nothing to do
        }
        in = null;
      }

      @Override
      public ExtractedDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ExtractedDocument d = next;
        next = null;
        return d;
      }
    };
  }
}
