package org.vlrobs.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Opens a committed model packaged in the jar (the build copies {@code models/} to {@code /models}). */
final class ModelResources {
  /** Reads one model file. */
  @FunctionalInterface
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private ModelResources() {}

  static <T> T load(String resource, Reader<T> reader) {
    try (InputStream in = ModelResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the classpath (build the project: models/ is packaged into the jar)");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
