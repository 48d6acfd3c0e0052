package org.vlrobs.extract.isolation;

import java.io.Serializable;
import org.vlrobs.extract.ExtractedDocument;

/** What the worker sends back for one document; {@code restart} when a parse thread could not be stopped. */
record WorkerReply(ExtractedDocument document, boolean restart) implements Serializable {}
