package org.vlrobs.extract.isolation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Idle workers of this JVM (a Spark executor), by configuration: a task takes one, gives it back when
 * its partition is done, and the next task reuses it, so a JVM start and Tika's start-up are paid once
 * per executor core, not per task. Workers are closed when the JVM exits. Workers can also be started ahead of
 * the tasks ({@link #prestart}): a task that finds none idle while some are starting waits for one.
 */
final class WorkerPool {
  private static final Map<String, Deque<WorkerProcess>> IDLE = new HashMap<>();
  /** Workers being started ahead of the tasks, by configuration. */
  private static final Map<String, Integer> STARTING = new HashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(WorkerPool::closeAll, "vlr-worker-pool-shutdown"));
  }

  private WorkerPool() {}

  /**
   * An idle worker of this configuration, waiting for one being started ahead ({@link #prestart}) when none is
   * idle; null when there is none (the caller starts its own).
   */
  static synchronized WorkerProcess take(String key) {
    while (true) {
      Deque<WorkerProcess> q = IDLE.get(key);
      while (q != null && !q.isEmpty()) {
        WorkerProcess w = q.poll();
        if (w.usable()) {
          return w;
        }
        w.close();
      }
      if (STARTING.getOrDefault(key, 0) == 0) {
        return null;
      }
      try {
        WorkerPool.class.wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  /**
   * Starts workers of this configuration in background threads, so that this JVM has {@code n} (idle or
   * starting); started ones go to the pool.
   */
  static void prestart(String key, int n, java.util.concurrent.Callable<WorkerProcess> start) {
    int more;
    synchronized (WorkerPool.class) {
      Deque<WorkerProcess> q = IDLE.get(key);
      int have = (q == null ? 0 : (int) q.stream().filter(WorkerProcess::usable).count())
          + STARTING.getOrDefault(key, 0);
      more = Math.max(0, n - have);
      STARTING.merge(key, more, Integer::sum);
    }
    for (int i = 0; i < more; i++) {
      Thread t = new Thread(() -> {
        WorkerProcess w = null;
        try {
          w = start.call();
        } catch (Exception | Error e) {
          org.slf4j.LoggerFactory.getLogger(WorkerPool.class).warn("extraction worker not started ahead: {}",
              e.toString());
        } finally {
          synchronized (WorkerPool.class) {
            STARTING.merge(key, -1, Integer::sum);
            if (w != null) {
              IDLE.computeIfAbsent(key, k -> new ArrayDeque<>()).add(w);
            }
            WorkerPool.class.notifyAll();
          }
        }
      }, "vlr-worker-prestart");
      t.setDaemon(true);
      t.start();
    }
  }

  static synchronized void give(String key, WorkerProcess w) {
    if (w.usable()) {
      IDLE.computeIfAbsent(key, k -> new ArrayDeque<>()).add(w);
    } else {
      w.close();
    }
  }

  static void closeAll() {
    List<WorkerProcess> all = new ArrayList<>();
    synchronized (WorkerPool.class) {
      IDLE.values().forEach(all::addAll);
      IDLE.clear();
    }
    all.forEach(WorkerProcess::close);
  }
}
