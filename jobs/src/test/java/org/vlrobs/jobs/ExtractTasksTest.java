package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many parsing tasks (each starting a parsing process) a batch of files gets. */
class ExtractTasksTest {
  @Test
  void aFewDocumentsGetAtMostOneTaskPerCore() {
    assertEquals(2, ExtractJob.tasksPerBatch(4, 500, 3, 2)); // a yearly run's 3 files on 2 cores: one wave
    assertEquals(1, ExtractJob.tasksPerBatch(4, 500, 1, 2));
    assertEquals(2, ExtractJob.tasksPerBatch(4, 500, 8, 2));
  }

  @Test
  void manyDocumentsGetTheConfiguredPartitions() {
    assertEquals(4, ExtractJob.tasksPerBatch(4, 500, 63, 2));
    assertEquals(32, ExtractJob.tasksPerBatch(32, 500, 500, 16));
    assertEquals(3, ExtractJob.tasksPerBatch(3, 500, 9, 2)); // --partitions 3: never more than asked
    assertEquals(2, ExtractJob.tasksPerBatch(8, 2, 2, 4)); // never more than a batch's documents
  }
}
