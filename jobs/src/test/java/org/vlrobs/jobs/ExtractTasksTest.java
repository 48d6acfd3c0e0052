package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many parsing tasks (each starting a parsing process) a batch of files gets. */
class ExtractTasksTest {
  @Test
  void aFewDocumentsGetOneTaskPerFourDocuments() {
    assertEquals(1, ExtractJob.tasksPerBatch(4, 500, 3, 2)); // a yearly run's 3 files on 2 cores: one process
    assertEquals(1, ExtractJob.tasksPerBatch(4, 500, 1, 2));
    assertEquals(1, ExtractJob.tasksPerBatch(4, 500, 4, 2));
    assertEquals(2, ExtractJob.tasksPerBatch(4, 500, 5, 2));
    assertEquals(2, ExtractJob.tasksPerBatch(4, 500, 8, 2));
  }

  @Test
  void parsingProcessesGrowWithTheFilesUpToOnePerCore() {
    assertEquals(1, ExtractJob.parsingProcesses(3, 2));
    assertEquals(1, ExtractJob.parsingProcesses(0, 2));
    assertEquals(2, ExtractJob.parsingProcesses(5, 2));
    assertEquals(2, ExtractJob.parsingProcesses(63, 2));
    assertEquals(16, ExtractJob.parsingProcesses(10_000, 16));
    assertEquals(3, ExtractJob.parsingProcesses(12, 16));
    assertEquals(1, ExtractJob.parsingProcesses(12, 0)); // no core count: one
  }

  @Test
  void theWorkersCompilersFollowTheDocumentsEachParses() {
    ExtractJob.Options o = ExtractJob.Options.of("corpus");
    assertEquals(org.vlrobs.extract.isolation.WorkerJit.AUTO, o.workerJit);
    // a yearly run: 3 files, one process, C1 only; a fresh run of 63 on 2 cores: about 32 each, C1 only
    assertEquals(org.vlrobs.extract.isolation.WorkerJit.C1, ExtractJob.workerJit(o, 3, 2));
    assertEquals(org.vlrobs.extract.isolation.WorkerJit.C1, ExtractJob.workerJit(o, 63, 2));
    // 10,000 files on 2 cores: 5,000 each, long-lived processes keep both compilers
    assertEquals(org.vlrobs.extract.isolation.WorkerJit.TIERED, ExtractJob.workerJit(o, 10_000, 2));
    o = ExtractJob.Options.of("corpus");
    new picocli.CommandLine(o).setCaseInsensitiveEnumValuesAllowed(true)
        .parseArgs("--corpus", "c", "--worker-jit", "tiered");
    assertEquals(org.vlrobs.extract.isolation.WorkerJit.TIERED, ExtractJob.workerJit(o, 3, 2));
  }

  @Test
  void manyDocumentsGetTheConfiguredPartitions() {
    assertEquals(4, ExtractJob.tasksPerBatch(4, 500, 63, 2));
    assertEquals(32, ExtractJob.tasksPerBatch(32, 500, 500, 16));
    assertEquals(3, ExtractJob.tasksPerBatch(3, 500, 9, 2)); // --partitions 3: never more than asked
    assertEquals(1, ExtractJob.tasksPerBatch(8, 2, 2, 4)); // never more than a batch's documents (2: one process)
    assertEquals(2, ExtractJob.tasksPerBatch(8, 2, 8, 4)); // batches of 2: the configured partitions, at most 2
  }
}
