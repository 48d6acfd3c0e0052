package org.vlrobs.jobs;

/** One stage of a run as recorded in {@code manifest.json} under {@code stage_runs.<stage>}. */
public record StageRun(String stage, double seconds, long documentsProcessed, long documentsReused) {}
