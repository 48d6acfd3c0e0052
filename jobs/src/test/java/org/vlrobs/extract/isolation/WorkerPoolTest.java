package org.vlrobs.extract.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.extract.ocr.PageOcr;

class WorkerPoolTest {
  @Test
  void aTaskTakesTheWorkerStartedAheadInsteadOfStartingItsOwn() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("vlr.test.pool", "prestart-" + System.nanoTime()); // a configuration no other test uses
    SafeExtractor extractor = new SafeExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.OFF, Isolation.PROCESS, 256,
        conf);
    String key = extractor.poolKey();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      conf.write(out);
    }
    AtomicInteger starts = new AtomicInteger();
    WorkerPool.prestart(key, 1, () -> {
      starts.incrementAndGet();
      Thread.sleep(300); // still starting when the task asks
      return WorkerProcess.start(new WorkerInit(ExtractionLimits.DEFAULT, PageOcr.Mode.OFF, bytes.toByteArray()), 256,
          120_000);
    });
    WorkerPool.prestart(key, 1, () -> {
      throw new AssertionError("one is already starting: no second start");
    });
    WorkerProcess w = WorkerPool.take(key); // waits for the one being started
    try {
      assertNotNull(w);
      assertTrue(w.usable());
      assertNull(WorkerPool.take(key), "nothing idle and nothing starting: the caller starts its own");
      assertEquals(1, starts.get());
    } finally {
      w.close();
    }
  }

  @Test
  void aFailedStartLeavesTheTaskToStartItsOwn() {
    String key = "failing-" + System.nanoTime();
    WorkerPool.prestart(key, 2, () -> {
      throw new java.io.IOException("no java here");
    });
    assertNull(WorkerPool.take(key));
  }
}
