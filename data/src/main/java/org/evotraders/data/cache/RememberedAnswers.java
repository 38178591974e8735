package org.evotraders.data.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps a provider's answers to non-bar requests as JSON of the port's records, keyed by the kind
 * of request and its arguments. Only settled answers are kept: one that may still change (it
 * reaches today) is fetched every time.
 */
final class RememberedAnswers {

  private final MarketDataStore store;
  private final String provider;
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // Derived accessors such as InsiderTrade.isPurchase() are written but are no component.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  RememberedAnswers(MarketDataStore store, String provider) {
    this.store = store;
    this.provider = provider;
  }

  /**
   * Returns the remembered answer to {@code kind} with {@code key}, or fetches it, remembering it
   * when {@code settled}.
   */
  <T> T recall(String kind, String key, boolean settled, TypeReference<T> type, Supplier<T> fetch) {
    if (settled) {
      Optional<String> remembered = store.answer(provider, kind, key);
      if (remembered.isPresent()) {
        return read(remembered.get(), type, kind, key);
      }
    }
    T answer = fetch.get();
    if (settled) {
      store.storeAnswer(provider, kind, key, write(answer, kind, key));
    }
    return answer;
  }

  private <T> T read(String body, TypeReference<T> type, String kind, String key) {
    try {
      return mapper.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the cached %s answer of %s for %s cannot be read (%s): delete %s to rebuild the cache"
              .formatted(kind, provider, key, e.getOriginalMessage(), MarketDataStore.FILE_NAME),
          e);
    }
  }

  private String write(Object answer, String kind, String key) {
    try {
      return mapper.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the %s answer of %s for %s cannot be cached: %s"
              .formatted(kind, provider, key, e.getOriginalMessage()),
          e);
    }
  }
}
