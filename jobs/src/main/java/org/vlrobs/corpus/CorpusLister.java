package org.vlrobs.corpus;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a corpus on the driver: file paths and sizes only, never contents. A corpus is either a
 * directory (searched recursively; a {@code manifest.csv} inside it adds metadata) or a manifest CSV
 * whose {@code path}s are relative to it. Files named in a manifest that do not exist are kept with
 * size -1, so that they get a status row instead of vanishing. Local corpora are listed by
 * {@link LocalCorpus} (corpus boundary, links, special files); others through Hadoop.
 */
public final class CorpusLister {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusLister.class);

  private final Configuration conf;
  private final boolean allowOutsideCorpus;

  public CorpusLister(Configuration conf) {
    this(conf, false);
  }

  /** @param allowOutsideCorpus read manifest paths and follow links that lead outside the corpus folder */
  public CorpusLister(Configuration conf, boolean allowOutsideCorpus) {
    this.conf = conf;
    this.allowOutsideCorpus = allowOutsideCorpus;
  }

  public List<CorpusEntry> list(String corpus) throws IOException {
    List<CorpusEntry> entries;
    if (CorpusFiles.isLocal(corpus, conf)) {
      entries = new LocalCorpus(CorpusFiles.localPath(corpus), allowOutsideCorpus).list();
    } else {
      entries = listHadoop(corpus);
    }
    entries.sort(Comparator.comparing(CorpusEntry::sourcePath));
    return entries;
  }

  /** Other file systems (hdfs://, s3a://...): listed through Hadoop; they have no links or special files. */
  private List<CorpusEntry> listHadoop(String corpus) throws IOException {
    Path root = new Path(corpus);
    FileSystem fs = root.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(root);
    } catch (FileNotFoundException e) {
      throw new IOException("corpus not found: " + corpus, e);
    }
    Path manifestPath = null;
    Path dir;
    if (status.isDirectory()) {
      dir = status.getPath();
      Path candidate = new Path(dir, Manifest.FILE_NAME);
      if (fs.exists(candidate)) {
        manifestPath = candidate;
      }
    } else if (root.getName().toLowerCase().endsWith(".csv")) {
      manifestPath = status.getPath();
      dir = manifestPath.getParent();
    } else {
      throw new IOException("corpus must be a directory or a manifest .csv: " + corpus);
    }

    Map<String, CorpusEntry> byPath = new LinkedHashMap<>();
    if (manifestPath != null) {
      List<Manifest.Row> rows;
      try (Reader r = new InputStreamReader(fs.open(manifestPath), StandardCharsets.UTF_8)) {
        rows = Manifest.parse(r);
      }
      String rootPrefix = dir.toString() + "/";
      for (Manifest.Row row : rows) {
        row.warnings().forEach(w -> LOG.warn("manifest {}: {}", row.path(), w));
        if (row.invalid() != null) {
          String key = manifestPath + row.entry().sourcePath();
          byPath.putIfAbsent(key, row.entry().withFile(key, -1, 0));
          continue;
        }
        String key = manifestPath + "#line=" + row.line();
        CorpusEntry entry;
        try {
          Path p = new Path(row.path().replace('\\', '/'));
          Path resolved = fs.makeQualified(p.isAbsolute() || p.toUri().getScheme() != null ? p : new Path(dir, p));
          key = new Path(resolved.toUri().normalize()).toString();
          if (!allowOutsideCorpus && !key.startsWith(rootPrefix)) {
            entry = row.entry().withFile(key, -1, 0).withListingStatus(LocalCorpus.OUTSIDE, "the manifest path '"
                + row.path() + "' is outside the corpus folder " + dir + "; not read (--allow-outside-corpus to allow)");
          } else {
            try {
              FileStatus fst = resolved.getFileSystem(conf).getFileStatus(resolved);
              key = fst.getPath().toString();
              entry = row.entry().withFile(key, fst.getLen(), fst.getModificationTime());
              if (fst.isDirectory()) {
                entry = entry.withFile(key, -1, 0).withListingStatus(LocalCorpus.NOT_A_FILE,
                    "the manifest names a folder, not a file: list its files instead, or give the folder as --corpus");
              } else if (fst.getPath().equals(manifestPath)) {
                entry = entry.withFile(key, -1, 0).withListingStatus(LocalCorpus.NOT_A_FILE,
                    "the manifest itself, never a document");
              }
            } catch (FileNotFoundException e) {
              entry = row.entry().withFile(key, -1, 0);
            }
          }
        } catch (IOException | RuntimeException e) {
          entry = row.entry().withFile(key, -1, 0).withListingStatus("invalid_manifest_row",
              "line " + row.line() + ": the path cannot be used: " + e.getMessage());
        }
        byPath.putIfAbsent(key, entry);
      }
    }
    if (status.isDirectory()) {
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (hidden(dir, f.getPath()) || f.getPath().equals(manifestPath)) {
          continue;
        }
        String key = f.getPath().toString();
        byPath.putIfAbsent(key, CorpusEntry.bare(key, f.getPath().getName(), f.getLen(), f.getModificationTime()));
      }
    }
    List<CorpusEntry> entries = new ArrayList<>(byPath.values());
    LOG.info("corpus {}: {} files{}", corpus, entries.size(),
        manifestPath == null ? " (no manifest: all metadata inferred)" : " (manifest " + manifestPath.getName() + ")");
    return entries;
  }

  /** Skips dot-files and _-files (Hadoop markers) at any depth below the corpus root. */
  private static boolean hidden(Path root, Path p) {
    for (Path q = p; q != null && !q.equals(root); q = q.getParent()) {
      String n = q.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
