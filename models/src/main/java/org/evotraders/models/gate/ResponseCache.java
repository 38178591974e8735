package org.evotraders.models.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.ProviderReply;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.ToolCall;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Usable provider replies in an SQLite file, so that a rerun asks no provider again. Its schema
 * lives in the Flyway migrations under {@code db/model-cache}.
 *
 * <p>One connection serves every thread in turn, with its two statements prepared once: a lookup
 * then takes microseconds, where opening a connection per call took milliseconds and closing the
 * last one checkpointed the WAL with an fsync (about 15 ms per stored reply, on the critical path
 * of every model call), and preparing the query per lookup cost more than running it. Commits do
 * not wait for the disk either ({@code synchronous=NORMAL}): a power cut may lose the last replies
 * stored, which a rerun then asks for again.
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

  private final Path file;
  private final Connection connection;
  private final PreparedStatement lookup;
  private final PreparedStatement insert;
  private final ReentrantLock turn = new ReentrantLock();

  private ResponseCache(Path file, Connection connection) throws SQLException {
    this.file = file;
    this.connection = connection;
    this.lookup =
        connection.prepareStatement(
            "SELECT text, tool_calls, input_tokens, output_tokens"
                + " FROM model_response WHERE cache_key = ?");
    this.insert =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO model_response (cache_key, provider, model, text, tool_calls,"
                + " input_tokens, output_tokens, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
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
    try {
      return new ResponseCache(absolute, source.getConnection());
    } catch (SQLException e) {
      throw failure("open", absolute, e);
    }
  }

  Optional<ProviderReply> find(String key) {
    turn.lock();
    try {
      lookup.setString(1, key);
      try (ResultSet row = lookup.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ProviderReply(
                row.getString(1),
                toolCalls(row.getString(2)),
                new TokenUsage(row.getLong(3), row.getLong(4))));
      }
    } catch (SQLException e) {
      throw failure("read", file, e);
    } finally {
      turn.unlock();
    }
  }

  void store(String key, ModelSpec model, ProviderReply reply) {
    String toolCalls;
    try {
      toolCalls = JSON.writeValueAsString(reply.toolCalls());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Tool calls always serialise", e);
    }
    turn.lock();
    try {
      insert.setString(1, key);
      insert.setString(2, model.provider());
      insert.setString(3, model.name());
      insert.setString(4, reply.text());
      insert.setString(5, toolCalls);
      insert.setLong(6, reply.usage().inputTokens());
      insert.setLong(7, reply.usage().outputTokens());
      insert.setString(8, Instant.now().toString());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", file, e);
    } finally {
      turn.unlock();
    }
  }

  /** Closes the connection; the file keeps every stored reply. */
  @Override
  public void close() {
    turn.lock();
    try (connection;
        lookup;
        insert) {
      // the resources close in reverse order: the statements, then the connection
    } catch (SQLException e) {
      throw failure("close", file, e);
    } finally {
      turn.unlock();
    }
  }

  private static IllegalStateException failure(String action, Path file, SQLException e) {
    return new IllegalStateException(
        "Cannot "
            + action
            + " the model cache "
            + file
            + ": "
            + e.getMessage()
            + ". Delete the file to start an empty cache; the next run asks the providers again.",
        e);
  }

  private static List<ToolCall> toolCalls(String json) {
    if (json.equals("[]")) {
      return List.of(); // most replies call no tool
    }
    try {
      return JSON.readValue(json, TOOL_CALLS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The model cache holds unreadable tool calls: " + json, e);
    }
  }
}
