package org.vlrobs.extract.isolation;

import java.io.Serializable;
import org.vlrobs.extract.ExtractionLimits;

/** First message to a worker: the limits and the Hadoop configuration (as written by {@code Configuration.write}). */
record WorkerInit(ExtractionLimits limits, byte[] hadoopConf) implements Serializable {}
