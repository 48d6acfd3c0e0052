package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.corpus.CorpusFiles;
import org.vlrobs.tables.Tables;

/**
 * Keeps the work table of the extract stage true before a run: documents journalled by a killed run
 * are moved into it (so they are not extracted again, and not twice), and with {@code --verify} files
 * whose size and modification time look unchanged but whose content differs are taken out of it (so
 * they are extracted again).
 */
final class WorkRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(WorkRecovery.class);
  private static final scala.collection.immutable.Seq<String> KEY =
      scala.jdk.javaapi.CollectionConverters.asScala(List.of("source_path", "file_size", "modified")).toList();

  private WorkRecovery() {}

  /** Moves the documents of journals left by an interrupted run into the work table, then deletes the journals. */
  static void recoverJournals(SparkSession spark, HadoopConf conf, Path journalDir, String work) throws IOException {
    List<String> files = ExtractJournal.files(journalDir, conf.get());
    if (files.isEmpty()) {
      return;
    }
    FileSystem fs = new Path(work).getFileSystem(conf.get());
    Dataset<Row> recovered = spark.createDataset(files, Encoders.STRING())
        .repartition(Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism())))
        .mapPartitions((MapPartitionsFunction<String, Row>) it -> {
          Iterator<org.vlrobs.extract.ExtractedDocument> docs = ExtractJournal.read(it, conf.get());
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return docs.hasNext();
            }

            @Override
            public Row next() {
              return ExtractPartition.toRow(docs.next());
            }
          };
        }, Encoders.row(Tables.EXTRACTED.struct()))
        .dropDuplicates("source_path", "file_size", "modified");
    if (fs.exists(new Path(work))) {
      Dataset<Row> done = spark.read().schema(Tables.EXTRACTED.struct()).parquet(work)
          .select("source_path", "file_size", "modified");
      recovered = recovered.join(done, KEY, "left_anti").selectExpr(Tables.EXTRACTED.struct().fieldNames());
    }
    recovered = recovered.cache();
    long n = recovered.count();
    recovered.write().mode(SaveMode.Append).parquet(work);
    recovered.unpersist();
    ExtractJournal.clear(journalDir, conf.get());
    LOG.info("extract: {} documents finished by an interrupted run recovered from {} journal files", n, files.size());
  }

  /** With --verify: drops from the work table the files whose content hash no longer matches their doc_id. */
  static void forgetChanged(SparkSession spark, HadoopConf conf, Dataset<Row> listing, String work) throws IOException {
    Path workPath = new Path(work);
    FileSystem fs = workPath.getFileSystem(conf.get());
    if (!fs.exists(workPath)) {
      return;
    }
    Dataset<Row> all = spark.read().schema(Tables.EXTRACTED.struct()).parquet(work);
    Dataset<Row> changed = all.select("source_path", "file_size", "modified", "doc_id")
        .join(listing.select("source_path", "file_size", "modified"), KEY)
        .filter(col("doc_id").rlike("^[0-9a-f]{64}$"))
        .mapPartitions((MapPartitionsFunction<Row, String>) it -> {
          List<String> out = new ArrayList<>();
          while (it.hasNext()) {
            Row r = it.next();
            String path = r.getAs("source_path");
            String hash;
            try (InputStream in = CorpusFiles.open(path, conf.get())) {
              hash = sha256(in);
            } catch (IOException | RuntimeException e) {
              hash = "unreadable";
            }
            if (!hash.equals(r.getAs("doc_id"))) {
              out.add(path);
            }
          }
          return out.iterator();
        }, Encoders.STRING()).toDF("source_path").cache();
    long n = changed.count();
    LOG.info("extract --verify: {} files changed with the same size and modification time", n);
    if (n > 0) {
      String tmp = work + ".verified";
      all.join(changed, scala.jdk.javaapi.CollectionConverters.asScala(List.of("source_path")).toList(), "left_anti")
          .selectExpr(Tables.EXTRACTED.struct().fieldNames())
          .write().mode(SaveMode.Overwrite).parquet(tmp);
      fs.delete(workPath, true);
      fs.rename(new Path(tmp), workPath);
    }
    changed.unpersist();
  }

  static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream d = new DigestInputStream(in, sha)) {
        d.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
