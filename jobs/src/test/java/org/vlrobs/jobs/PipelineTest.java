package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The stage registry, run planning (order, refusal) and option parsing, without Spark. */
class PipelineTest {

  @Test
  void theRegistryIsThePipelineInOrder() {
    assertEquals(List.of("extract", "segment", "classify", "link", "report"), Pipeline.stageNames());
    assertEquals(Pipeline.stageNames(), Pipeline.standardStages().stream().map(Stage::name).toList());
    // every public table is written by exactly one stage
    Set<String> written = new java.util.HashSet<>();
    Pipeline.standardStages().forEach(s -> s.writes().forEach(t -> assertTrue(written.add(t.name()), t.name())));
    assertEquals(Tables.all().stream().map(TableSchema::name).collect(java.util.stream.Collectors.toSet()), written);
  }

  @Test
  void aMisorderedRegistryIsRejected() {
    List<Stage> stages = Pipeline.standardStages();
    List<Stage> swapped = List.of(stages.get(1), stages.get(0));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.checkOrder(swapped));
    assertTrue(e.getMessage().contains("segment reads"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Pipeline.checkOrder(List.of(stages.get(0), stages.get(0))));
  }

  @Test
  void stagesRunInPipelineOrderWhateverTheOrderAsked() {
    Pipeline p = Pipeline.configure("--out", "/nowhere");
    List<Stage> plan = p.plan(List.of("link", "extract", "classify", "segment"), t -> false);
    assertEquals(List.of("extract", "segment", "classify", "link"), plan.stream().map(Stage::name).toList());
  }

  @Test
  void aRunWhoseInputsAreNeitherWrittenEarlierNorPresentIsRefused() {
    Pipeline p = Pipeline.configure("--out", "/nowhere");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.plan(List.of("segment", "classify"), t -> false));
    assertTrue(e.getMessage().contains("segment reads table documents"), e.getMessage());
    assertTrue(e.getMessage().contains("run stage extract first"), e.getMessage());
    assertTrue(!e.getMessage().contains("classify reads"), "passages come from segment, earlier in the run");
    // present in the output folder: fine
    assertEquals(2, p.plan(List.of("segment", "classify"), t -> Set.of("documents", "pages").contains(t.name())).size());
    // link needs the profile: written by classify, absent here
    IllegalArgumentException link = assertThrows(IllegalArgumentException.class,
        () -> p.plan(List.of("link"), t -> !t.name().equals("document_sdg_profile")));
    assertTrue(link.getMessage().contains("document_sdg_profile") && link.getMessage().contains("classify"),
        link.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> p.plan(List.of("extract", "translate"), t -> true));
    assertTrue(unknown.getMessage().contains("translate"), unknown.getMessage());
  }

  @Test
  void eachStageOwnsItsOptionsAndTheSharedOnesAreDeclaredOnce() {
    Pipeline p = Pipeline.configure("--corpus", "/c", "--out", "/o", "--batch-docs", "7", "--ner", "OFF",
        "--year", "2023", "--report-dir", "/r", "--master", "local[2]", "--fresh");
    assertEquals("/o", p.options().out);
    assertEquals("local[2]", p.options().master);
    assertTrue(p.options().fresh);
    assertEquals("/c", p.stage(ExtractJob.class).options().corpus);
    assertEquals(7, p.stage(ExtractJob.class).options().batchDocs);
    assertEquals(LinkJob.Ner.OFF, p.stage(LinkJob.class).options().ner);
    assertEquals(2023, p.stage(ReportJob.class).options().year);
    assertEquals("/r", p.stage(ReportJob.class).options().reportDir);
    // defaults
    Pipeline d = Pipeline.configure("--out", "/o");
    assertEquals(500, d.stage(ExtractJob.class).options().batchDocs);
    assertEquals(LinkJob.Ner.AUTO, d.stage(LinkJob.class).options().ner);
    assertEquals(null, d.options().master);
    assertThrows(CommandLine.MissingParameterException.class, () -> Pipeline.configure("--corpus", "/c"));
    // the extract stage needs its corpus, but only when it runs
    assertThrows(IllegalArgumentException.class, () -> d.stage(ExtractJob.class).validate());
  }

  @Test
  void everyCommandHasOneMasterAndOneOut() {
    CommandLine vlr = org.vlrobs.cli.Vlr.commandLine();
    for (String name : List.of("run", "extract", "segment", "classify", "link", "report")) {
      CommandLine c = vlr.getSubcommands().get(name);
      List<OptionSpec> options = c.getCommandSpec().options();
      assertEquals(1, options.stream().filter(o -> List.of(o.names()).contains("--master")).count(), name);
      OptionSpec out = c.getCommandSpec().findOption("--out");
      assertTrue(out.required() && out.description()[0].startsWith("pipeline output folder"), name);
    }
    // a stage's command takes its own options and not another stage's
    assertThrows(CommandLine.UnmatchedArgumentException.class,
        () -> org.vlrobs.cli.Vlr.commandLine().parseArgs("segment", "--out", "/o", "--ner", "off"));
    org.vlrobs.cli.Vlr.commandLine().parseArgs("link", "--out", "/o", "--ner", "off");
    org.vlrobs.cli.Vlr.commandLine().parseArgs("run", "--out", "/o", "--corpus", "/c", "--ner", "on", "--year", "2020",
        "--stages", "extract,segment");
  }

  /** A stage whose option clashes with extract's. */
  static final class Clashing implements Stage {
    static final class Options {
      @Option(names = "--corpus")
      String corpus;
    }

    @Override
    public String name() {
      return "clash";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public List<TableSchema> reads() {
      return List.of();
    }

    @Override
    public List<TableSchema> writes() {
      return List.of();
    }

    @Override
    public Object options() {
      return new Options();
    }

    @Override
    public StageResult run(StageContext context) {
      return StageResult.of(0, 0);
    }
  }

  @Test
  void twoStagesDeclaringTheSameOptionAreRejected() {
    CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();
    assertThrows(CommandLine.DuplicateOptionAnnotationsException.class,
        () -> Pipeline.addOptions(spec, new PipelineOptions(), List.of(new ExtractJob(), new Clashing())));
  }
}
