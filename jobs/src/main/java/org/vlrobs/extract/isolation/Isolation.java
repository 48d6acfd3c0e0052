package org.vlrobs.extract.isolation;

/** Where documents are parsed: in a child JVM per task ({@code process}, the default) or in the task itself. */
public enum Isolation {
  /** A child JVM with its own small heap, killed and restarted on timeout, out-of-memory or after many files. */
  PROCESS,
  /** In the calling thread's JVM (for debugging: a runaway parser can then starve or kill the task). */
  NONE
}
