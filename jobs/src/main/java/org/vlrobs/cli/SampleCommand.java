package org.vlrobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vlrobs.sample.SampleCorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vlr sample}: regenerate the sample corpus from its sources. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Generate the sample corpus (PDF/DOCX, manifest, bad inputs) from data/sample/src.")
public final class SampleCommand implements Callable<Integer> {
  @Option(names = "--src", description = "sources (default: <project>/data/sample/src)")
  Path src;

  @Option(names = "--out", description = "where to write (default: <project>/data/sample/corpus)")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path home = ProjectHome.get();
    List<Path> files = new SampleCorpusGenerator().generate(src != null ? src : home.resolve("data/sample/src"),
        out != null ? out : home.resolve("data/sample/corpus"));
    files.forEach(f -> System.out.println(f));
    System.out.println(files.size() + " files written");
    return 0;
  }
}
