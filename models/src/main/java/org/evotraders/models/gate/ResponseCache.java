package org.evotraders.models.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.ProviderReply;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.ToolCall;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Usable provider replies in an SQLite file, so that a rerun asks no provider again. Its schema
 * lives in the Flyway migrations under {@code db/model-cache}.
 *
 * <p>One connection serves every thread in turn: a lookup then takes microseconds, where opening a
 * connection per call took milliseconds and closing the last one checkpointed the WAL with an fsync
 * (about 15 ms per stored reply, on the critical path of every model call). Commits do not wait for
 * the disk either ({@code synchronous=NORMAL}): a power cut may lose the last replies stored, which
 * a rerun then asks for again.
 */
final class ResponseCache implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<ToolCall>> TOOL_CALLS = new TypeReference<>() {};

  /**
   * The files this process has migrated. A process that runs many runs (the standalone server, a
   * benchmark's reruns) opens the same cache again and again, and Flyway's checks cost more than a
   * short cached rerun itself; the schema of a file cannot change under this process's own version.
   */
  private static final Set<Path> MIGRATED = ConcurrentHashMap.newKeySet();

  private final Handle handle;
  private final ReentrantLock turn = new ReentrantLock();

  private ResponseCache(Handle handle) {
    this.handle = handle;
  }

  /** Opens (creating and migrating when needed) the cache in {@code file}. */
  static ResponseCache open(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    // A file removed since it was migrated comes back empty: it is migrated again.
    boolean migrated = Files.exists(absolute) && MIGRATED.contains(absolute);
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the folder of the model cache " + file, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    // WAL lets readers on other threads go on while one writer stores a reply.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(10_000);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + absolute);
    if (!migrated) {
      Flyway.configure().dataSource(source).locations("classpath:db/model-cache").load().migrate();
      MIGRATED.add(absolute);
    }
    return new ResponseCache(Jdbi.create(source).open());
  }

  Optional<ProviderReply> find(String key) {
    return inTurn(
        () ->
            handle
                .createQuery(
                    "SELECT text, tool_calls, input_tokens, output_tokens"
                        + " FROM model_response WHERE cache_key = :key")
                .bind("key", key)
                .map(
                    (row, context) ->
                        new ProviderReply(
                            row.getString("text"),
                            toolCalls(row.getString("tool_calls")),
                            new TokenUsage(
                                row.getLong("input_tokens"), row.getLong("output_tokens"))))
                .findOne());
  }

  void store(String key, ModelSpec model, ProviderReply reply) {
    String toolCalls;
    try {
      toolCalls = JSON.writeValueAsString(reply.toolCalls());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Tool calls always serialise", e);
    }
    inTurn(
        () ->
            handle
                .createUpdate(
                    "INSERT OR REPLACE INTO model_response (cache_key, provider, model, text,"
                        + " tool_calls, input_tokens, output_tokens, stored_at) VALUES (:key,"
                        + " :provider, :model, :text, :toolCalls, :input, :output, :storedAt)")
                .bind("key", key)
                .bind("provider", model.provider())
                .bind("model", model.name())
                .bind("text", reply.text())
                .bind("toolCalls", toolCalls)
                .bind("input", reply.usage().inputTokens())
                .bind("output", reply.usage().outputTokens())
                .bind("storedAt", Instant.now().toString())
                .execute());
  }

  /** Closes the connection; the file keeps every stored reply. */
  @Override
  public void close() {
    inTurn(
        () -> {
          handle.close();
          return null;
        });
  }

  private <T> T inTurn(Supplier<T> work) {
    turn.lock();
    try {
      return work.get();
    } finally {
      turn.unlock();
    }
  }

  private static List<ToolCall> toolCalls(String json) {
    try {
      return JSON.readValue(json, TOOL_CALLS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The model cache holds unreadable tool calls: " + json, e);
    }
  }
}
