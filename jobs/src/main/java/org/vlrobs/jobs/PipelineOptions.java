package org.vlrobs.jobs;

import picocli.CommandLine.Option;

/**
 * Options every stage and every pipeline command shares, declared once: {@code --out} (always the pipeline
 * output folder: tables in {@code <out>/tables}, reports in {@code <out>/reports}, the manifest in
 * {@code <out>/manifest.json}), {@code --master} and {@code --fresh}.
 */
public final class PipelineOptions {
  @Option(names = "--out", required = true, description = "pipeline output folder: <out>/tables, <out>/reports, "
      + "<out>/manifest.json (any Hadoop path)")
  public String out;

  @Option(names = "--master", description = "Spark master URL (local[*], spark://host:7077, yarn, k8s://...); "
      + "default: as spark-submit set it, else local[*]")
  public String master;

  @Option(names = "--fresh", description = "discard the results of earlier runs into the same --out and rebuild "
      + "everything, instead of resuming and reusing them")
  public boolean fresh;
}
