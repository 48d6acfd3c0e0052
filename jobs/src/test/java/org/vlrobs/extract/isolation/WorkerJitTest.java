package org.vlrobs.extract.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.extract.ocr.PageOcr;

class WorkerJitTest {
  private static final int MAX = WorkerJit.C1_MAX_DOCUMENTS_PER_WORKER;

  @Test
  void autoUsesC1OnlyWhileEachWorkerParsesFewDocuments() {
    assertEquals(WorkerJit.C1, WorkerJit.AUTO.forWork(3, 2), "a yearly run's 3 files on 2 cores");
    assertEquals(WorkerJit.C1, WorkerJit.AUTO.forWork(1, 8));
    assertEquals(WorkerJit.C1, WorkerJit.AUTO.forWork(0, 2));
    assertEquals(WorkerJit.C1, WorkerJit.AUTO.forWork(2L * MAX, 2), "exactly the limit per worker");
    assertEquals(WorkerJit.TIERED, WorkerJit.AUTO.forWork(2L * MAX + 1, 2), "one more: rounded up, over the limit");
    assertEquals(WorkerJit.TIERED, WorkerJit.AUTO.forWork(10_000, 2), "a large corpus: long-lived workers");
    assertEquals(WorkerJit.C1, WorkerJit.AUTO.forWork(10_000, (10_000 + MAX - 1) / MAX), "many cores share it out");
    assertEquals(WorkerJit.TIERED, WorkerJit.AUTO.forWork(MAX + 1, 0), "no cores given: one worker");
  }

  @Test
  void anExplicitModeIsKeptWhateverTheWork() {
    assertEquals(WorkerJit.C1, WorkerJit.C1.forWork(1_000_000, 1));
    assertEquals(WorkerJit.TIERED, WorkerJit.TIERED.forWork(1, 64));
  }

  @Test
  void onlyC1AddsAJvmOption() {
    assertEquals(List.of("-XX:TieredStopAtLevel=1"), WorkerJit.C1.jvmOptions());
    assertEquals(List.of(), WorkerJit.TIERED.jvmOptions());
    List<String> c1 = WorkerProcess.jvmOptions(256, WorkerJit.C1);
    List<String> tiered = WorkerProcess.jvmOptions(256, WorkerJit.TIERED);
    assertTrue(c1.contains("-XX:TieredStopAtLevel=1"));
    assertTrue(c1.containsAll(tiered), "the same heap, out-of-memory exit and collector: " + c1);
    assertFalse(tiered.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")));
  }

  @Test
  void workersOfAnotherModeAreNotTakenFromThePool() {
    Configuration conf = new Configuration(false);
    SafeExtractor c1 = new SafeExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.OFF, Isolation.PROCESS, 256,
        WorkerJit.C1, conf);
    SafeExtractor tiered = new SafeExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.OFF, Isolation.PROCESS, 256,
        WorkerJit.TIERED, conf);
    SafeExtractor unsaid = new SafeExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.OFF, Isolation.PROCESS, 256, conf);
    assertNotEquals(c1.poolKey(), tiered.poolKey());
    assertEquals(tiered.poolKey(), unsaid.poolKey(), "without a mode: the JVM's default, as before");
  }

  @Test
  void aC1WorkerStartsWithTheOptionAndServes() throws Exception {
    Configuration conf = new Configuration(false);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      conf.write(out);
    }
    try (WorkerProcess w = WorkerProcess.start(new WorkerInit(ExtractionLimits.DEFAULT, PageOcr.Mode.OFF,
        bytes.toByteArray()), 256, WorkerJit.C1, 120_000)) {
      assertTrue(w.usable());
      java.nio.file.Path text = java.nio.file.Files.createTempFile("vlr-c1-worker", ".txt");
      try {
        java.nio.file.Files.writeString(text, "Voluntary Local Review of the city. Progress on SDG 11 since 2019.\n");
        CorpusEntry entry = new CorpusEntry(text.toUri().toString(), text.getFileName().toString(),
            java.nio.file.Files.size(text), 0, null, null, null, null, null, null, null);
        WorkerProcess.Outcome o = w.extract(entry, 120_000);
        assertTrue(o.reply() != null, "a reply, not " + o);
        assertEquals(org.vlrobs.extract.DocumentStatus.OK, o.reply().document().status(), o.toString());
      } finally {
        java.nio.file.Files.deleteIfExists(text);
      }
      List<String> args = ProcessHandle.of(w.pid()).orElseThrow().info().arguments().map(List::of).orElse(List.of());
      if (!args.isEmpty()) { // where the system shows other processes' arguments
        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args.toString());
      }
    }
  }
}
