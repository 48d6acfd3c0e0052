package org.vlrobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vlrobs.sample.SampleCorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vlr sample}: regenerate the sample corpus from its sources. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = {"Generate the sample corpus (PDF/DOCX, manifest, bad inputs) from data/sample/src,",
        "and the designed samples (headless Chromium, when installed) with the layout evaluation set."})
public final class SampleCommand implements Callable<Integer> {
  @Option(names = "--src", description = "sources (default: <project>/data/sample/src)")
  Path src;

  @Option(names = "--out", description = "where to write (default: <project>/data/sample/corpus)")
  Path out;

  @Option(names = "--layout-out", description = "where to write the layout evaluation set (default: <project>/data/sample/layout)")
  Path layoutOut;

  @Override
  public Integer call() throws Exception {
    Path home = ProjectHome.get();
    SampleCorpusGenerator generator = new SampleCorpusGenerator();
    List<Path> files = generator.generate(src != null ? src : home.resolve("data/sample/src"),
        out != null ? out : home.resolve("data/sample/corpus"),
        layoutOut != null ? layoutOut : home.resolve("data/sample/layout"));
    files.forEach(f -> System.out.println(f));
    System.out.println(files.size() + " files written");
    if (!generator.designedNote().isEmpty()) {
      System.out.println(generator.designedNote());
    }
    return 0;
  }
}
