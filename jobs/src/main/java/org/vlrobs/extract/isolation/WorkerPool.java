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
 * per executor core, not per task. Workers are closed when the JVM exits.
 */
final class WorkerPool {
  private static final Map<String, Deque<WorkerProcess>> IDLE = new HashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(WorkerPool::closeAll, "vlr-worker-pool-shutdown"));
  }

  private WorkerPool() {}

  static synchronized WorkerProcess take(String key) {
    Deque<WorkerProcess> q = IDLE.get(key);
    while (q != null && !q.isEmpty()) {
      WorkerProcess w = q.poll();
      if (w.usable()) {
        return w;
      }
      w.close();
    }
    return null;
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
