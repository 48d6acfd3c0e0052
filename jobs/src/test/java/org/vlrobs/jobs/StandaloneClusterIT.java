package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/**
 * A real Spark standalone cluster on this machine: a Master and a Worker started from the Maven
 * classpath (bound to 127.0.0.1), the extraction job run on it (extract, segment) with the project jar shipped as
 * spark.jars, and its tables compared with those of local mode. Both daemons are stopped by PID.
 */
class StandaloneClusterIT {
  private static final List<Process> daemons = new ArrayList<>();
  private static Path work;
  private static String masterUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    work = TestPaths.projectDir().resolve("jobs/target/it-cluster");
    SparkTestSupport.delete(work);
    Path sparkHome = work.resolve("spark-home");
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    List<String> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Paths.get(entry).toAbsolutePath();
      classpath.add(p.toString());
      if (entry.endsWith(".jar") && Files.exists(p) && !Files.exists(jars.resolve(p.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(p.getFileName()), p); // executors load SPARK_HOME/jars/*
      }
    }
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    String cp = String.join(File.pathSeparator, classpath);
    daemons.add(start(sparkHome, cp, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
    daemons.add(start(sparkHome, cp, "worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
        "--cores", "2", "--memory", "3g", "--webui-port", String.valueOf(freePort()), masterUrl));
    Path workerLog = work.resolve("worker.log");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.readString(workerLog).contains("Successfully registered with master")) {
      if (System.nanoTime() > deadline || daemons.stream().anyMatch(p -> !p.isAlive())) {
        throw new IllegalStateException("the worker did not register:\n" + Files.readString(workerLog));
      }
      Thread.sleep(250);
    }
  }

  private static Process start(Path sparkHome, String cp, String name, String main, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dvlr.log.level=info", "-cp", cp, main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(work.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_WORKER_DIR", work.resolve("worker-dir").toString());
    return pb.start();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      p.descendants().forEach(ProcessHandle::destroy); // executors the worker launched
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      assertTrue(!p.isAlive(), "daemon " + p.pid() + " stopped");
    }
  }

  @Test
  void extractionOnTheClusterEqualsLocalMode() throws Exception {
    Path corpus = TestPaths.generatedCorpus();
    Path localOut = work.resolve("out-local");
    Path clusterOut = work.resolve("out-cluster");

    SparkSession local = SparkTestSupport.local();
    SparkTestSupport.extract(local, corpus, localOut);
    SegmentJob.run(local, localOut.toString());
    List<String> localDocs = SparkTestSupport.rows(local, localOut, "documents");
    List<String> localPages = SparkTestSupport.rows(local, localOut, "pages");
    List<String> localPassages = SparkTestSupport.rows(local, localOut, "passages");
    local.stop();

    String jobJar = System.getProperty("vlr.job.jar");
    assertTrue(jobJar != null && Files.exists(Paths.get(jobJar)), "the project jar is built before integration tests");
    SparkSession cluster = SparkSession.builder().master(masterUrl).appName("vlr-cluster-it")
        .config("spark.jars", jobJar)
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.executor.memory", "1500m").config("spark.executor.cores", "2")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    try {
      assertEquals(masterUrl, cluster.sparkContext().master());
      SparkTestSupport.extract(cluster, corpus, clusterOut);
      SegmentJob.run(cluster, clusterOut.toString());
      assertEquals(localDocs, SparkTestSupport.rows(cluster, clusterOut, "documents"));
      assertEquals(localPages, SparkTestSupport.rows(cluster, clusterOut, "pages"));
      assertEquals(localPassages, SparkTestSupport.rows(cluster, clusterOut, "passages"));
      assertTrue(Files.readString(work.resolve("worker.log")).contains("Asked to launch executor"),
          "the work ran on the worker's executor");
    } finally {
      cluster.stop();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
