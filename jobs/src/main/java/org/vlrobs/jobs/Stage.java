package org.vlrobs.jobs;

import java.io.IOException;
import java.util.List;
import org.vlrobs.tables.TableSchema;

/**
 * A stage of the pipeline (the idea of CoreNLP's {@code Annotator.requires()}/{@code requirementsSatisfied()}):
 * its name, the tables it reads and the tables it writes, its own command-line options, and its work on a
 * {@link StageContext}. {@link Pipeline} orders stages, checks that what a stage reads is written by an earlier
 * stage of the run or already present, and records what each run did.
 *
 * <p>Options: a stage's options are the {@code @Option} fields of the object {@link #options()} returns
 * (a picocli mixin); {@code vlr run}, {@code vlr <stage>} and the stage's {@code spark-submit} main class all
 * parse them the same way. Adding an option to a stage is one field there. Options every stage shares
 * ({@code --out}, {@code --master}, {@code --fresh}) are in {@link PipelineOptions}.
 */
public interface Stage {
  /** Name used in {@code --stages}, the manifest and the logs. */
  String name();

  /** One line for help texts. */
  String description();

  /** Tables the stage reads (under {@code <out>/tables}). */
  List<TableSchema> reads();

  /** Tables the stage writes (each replaced whole, or updated for the documents of the run). */
  List<TableSchema> writes();

  /** The stage's picocli options (an object with {@code @Option} fields), or null when it has none. */
  default Object options() {
    return null;
  }

  /** Checks the options before any stage of the run starts (e.g. a required input); throws on a mistake. */
  default void validate() {}

  /** Does the work. */
  StageResult run(StageContext context) throws IOException;
}
