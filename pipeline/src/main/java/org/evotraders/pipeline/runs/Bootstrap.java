package org.evotraders.pipeline.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run's BOOTSTRAP.md: YAML front matter holding the {@link RunConfig}, then a markdown body that
 * is added to every agent's system prompt. The front matter is split off by its {@code ---} lines
 * and parsed as a whole, so nested keys keep their nesting.
 */
public record Bootstrap(RunConfig config, String prompt) {

  private static final ObjectMapper YAML =
      new ObjectMapper(
              new YAMLFactory()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final String FENCE = "---";

  /** Returns the file's text: front matter, then the prompt body. */
  public String render() {
    try {
      return FENCE
          + "\n"
          + YAML.writeValueAsString(config)
          + FENCE
          + "\n\n"
          + prompt.strip()
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the run configuration", e);
    }
  }

  public void write(Path file) {
    AtomicFiles.write(file, render());
  }

  /** Reads a BOOTSTRAP.md, failing with the file name and the problem when it is not valid. */
  public static Bootstrap read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(text, file.toString());
  }

  static Bootstrap parse(String text, String origin) {
    String normalized = text.replace("\r\n", "\n");
    if (!normalized.startsWith(FENCE + "\n")) {
      throw new IllegalArgumentException(
          origin + " does not start with a '---' line opening the YAML front matter");
    }
    int close = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
    if (close < 0) {
      throw new IllegalArgumentException(
          origin + " has no '---' line closing the YAML front matter");
    }
    String yaml = normalized.substring(FENCE.length() + 1, close + 1);
    String body = normalized.substring(close + FENCE.length() + 2);
    try {
      return new Bootstrap(YAML.readValue(yaml, RunConfig.class), body.strip());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          origin + ": the front matter is not a valid run configuration: " + e.getOriginalMessage(),
          e);
    }
  }
}
