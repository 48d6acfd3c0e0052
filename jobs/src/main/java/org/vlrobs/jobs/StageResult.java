package org.vlrobs.jobs;

/**
 * What a stage run did: documents it processed in this run, documents whose earlier results it kept, and an
 * output to show the user (the report's path) or null. The pipeline adds the seconds.
 */
public record StageResult(long documentsProcessed, long documentsReused, String output) {
  public static StageResult of(long processed, long reused) {
    return new StageResult(processed, reused, null);
  }
}
