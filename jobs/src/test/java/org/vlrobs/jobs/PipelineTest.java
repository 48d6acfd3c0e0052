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

  /** A stage without Spark that records what it saw; it can refuse its options or fail its run. */
  static final class Recording implements Stage {
    final String name;
    final List<String> log;
    final boolean badOptions;
    final boolean fails;
    final String output;

    Recording(String name, List<String> log, boolean badOptions, boolean fails, String output) {
      this.name = name;
      this.log = log;
      this.badOptions = badOptions;
      this.fails = fails;
      this.output = output;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return name;
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
    public void validate() {
      log.add("validate " + name);
      if (badOptions) {
        throw new IllegalArgumentException(name + " needs an option");
      }
    }

    @Override
    public StageResult run(StageContext context) throws java.io.IOException {
      log.add("run " + name + " " + context.runId() + (context.fresh() ? " fresh" : ""));
      if (fails) {
        throw new java.io.IOException(name + " failed");
      }
      return new StageResult(name.length(), 10 - name.length(), output);
    }
  }

  private static StageContext context(boolean fresh) {
    return new StageContext(null, "/nowhere", "run-1", fresh); // these stages never touch Spark
  }

  @Test
  void aRunRunsThePlanInOrderAndRecordsWhatEachStageDid() throws Exception {
    List<String> log = new java.util.ArrayList<>();
    List<Stage> plan = List.of(new Recording("a", log, false, false, null),
        new Recording("bb", log, false, false, "/r/index.html"), new Recording("ccc", log, false, false, null));
    Pipeline.Run run = Pipeline.execute(plan, context(true));
    assertEquals(List.of("validate a", "validate bb", "validate ccc", "run a run-1 fresh", "run bb run-1 fresh",
        "run ccc run-1 fresh"), log);
    assertEquals("run-1", run.runId());
    assertEquals("/r/index.html", run.report(), "the output a stage names is the run's report");
    assertEquals(List.of("a", "bb", "ccc"), run.stageRuns().stream().map(StageRun::stage).toList());
    assertEquals(2, run.stage("bb").documentsProcessed());
    assertEquals(8, run.stage("bb").documentsReused());
    assertTrue(run.stageRuns().stream().allMatch(r -> r.seconds() >= 0 && r.seconds() < 60));
    assertEquals(null, run.stage("dddd"), "a stage that did not run has no figures");
  }

  @Test
  void everyStagesOptionsAreCheckedBeforeAnyStageRuns() {
    List<String> log = new java.util.ArrayList<>();
    List<Stage> plan = List.of(new Recording("a", log, false, false, null), new Recording("b", log, true, false, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.execute(plan, context(false)));
    assertEquals("b needs an option", e.getMessage());
    assertEquals(List.of("validate a", "validate b"), log, "stage a must not have run");
  }

  @Test
  void aFailingStageEndsTheRun() {
    List<String> log = new java.util.ArrayList<>();
    List<Stage> plan = List.of(new Recording("a", log, false, false, null), new Recording("b", log, false, true, null),
        new Recording("c", log, false, false, null));
    java.io.IOException e = assertThrows(java.io.IOException.class, () -> Pipeline.execute(plan, context(false)));
    assertEquals("b failed", e.getMessage());
    assertEquals(List.of("validate a", "validate b", "validate c", "run a run-1", "run b run-1"), log);
  }

  @Test
  void theExtractStageIsCheckedForItsCorpusBeforeTheRunStarts() {
    Pipeline p = Pipeline.configure("--out", "/nowhere");
    List<Stage> plan = p.plan(List.of("extract", "segment"), t -> false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.execute(plan, context(false)));
    assertTrue(e.getMessage().contains("--corpus"), e.getMessage());
  }

  @Test
  void optionValuesAreParsedPerStageAndBadValuesAreRefused() {
    Pipeline p = Pipeline.configure("--out", "/o", "--corpus", "/c", "--ocr", "OFF", "--isolation", "none",
        "--timeout", "5", "--max-mb", "3", "--verify", "--ner", "on");
    ExtractJob.Options o = p.stage(ExtractJob.class).options();
    assertEquals(org.vlrobs.extract.ocr.PageOcr.Mode.OFF, o.ocr);
    assertEquals(org.vlrobs.extract.isolation.Isolation.NONE, o.isolation);
    assertEquals(java.time.Duration.ofSeconds(5), o.limits().timeout());
    assertEquals(3L * 1024 * 1024, o.limits().maxBytes());
    assertTrue(o.verify);
    assertEquals(LinkJob.Ner.ON, p.stage(LinkJob.class).options().ner);
    assertEquals(org.vlrobs.classify.SdgClassifier.Method.FAST, p.stage(ClassifyJob.class).options().sdgMethod);
    assertEquals(org.vlrobs.classify.SdgClassifier.Method.ENSEMBLE, Pipeline.configure("--out", "/o", "--sdg-method",
        "ensemble").stage(ClassifyJob.class).options().sdgMethod);
    assertThrows(CommandLine.ParameterException.class, () -> Pipeline.configure("--out", "/o", "--sdg-method", "best"));
    assertThrows(CommandLine.ParameterException.class, () -> Pipeline.configure("--out", "/o", "--ner", "sometimes"));
    assertThrows(CommandLine.ParameterException.class, () -> Pipeline.configure("--out", "/o", "--batch-docs", "x"));
    assertThrows(CommandLine.UnmatchedArgumentException.class, () -> Pipeline.configure("--out", "/o", "--colour"));
    // each configure is independent: options of one pipeline do not leak into the next
    assertEquals(LinkJob.Ner.AUTO, Pipeline.configure("--out", "/o").stage(LinkJob.class).options().ner);
  }
}
