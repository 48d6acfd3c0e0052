package org.vlrobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/**
 * The notebooks are valid Jupyter files whose Python parses (when a python3 is on the PATH) and whose
 * queries use the {@code sql("""...""")} form that {@code PipelineIT} runs against the tables.
 */
class NotebooksTest {
  @Test
  void notebooksAreValidAndTheirCodeParses() throws Exception {
    List<Path> notebooks;
    try (Stream<Path> s = Files.list(TestPaths.projectDir().resolve("notebooks"))) {
      notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(notebooks.size() >= 3, notebooks.toString());
    boolean python = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "python3")));
    for (Path nb : notebooks) {
      JsonNode root = new ObjectMapper().readTree(nb.toFile());
      assertEquals(4, root.path("nbformat").asInt(), nb.toString());
      StringBuilder code = new StringBuilder();
      for (JsonNode cell : root.path("cells")) {
        if ("code".equals(cell.path("cell_type").asText())) {
          assertTrue(cell.path("outputs").isArray(), nb + ": code cells need an outputs array");
          StringBuilder one = new StringBuilder();
          cell.path("source").forEach(line -> one.append(line.asText()));
          code.append(one).append('\n');
          if (python) {
            Process p = new ProcessBuilder("python3", "-c", "import ast, sys; ast.parse(sys.stdin.read())")
                .redirectErrorStream(true).start();
            p.getOutputStream().write(one.toString().getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String err = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "python3 hung");
            assertEquals(0, p.exitValue(), nb + ": a code cell does not parse:\n" + err + "\n" + one);
          }
        }
      }
      assertTrue(code.toString().split("sql\\(\"\"\"", -1).length - 1 >= 2, nb + " has at least two sql(\"\"\"...\"\"\") queries");
    }
  }
}
