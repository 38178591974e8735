package org.evotraders.models.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evotraders.models.ModelProviderException;

/**
 * Turns what langchain4j's clients throw into {@link ModelProviderException}: retryable or not,
 * with the provider's requested wait, and a message that names the provider and never a key.
 */
final class ProviderFailures {

  private static final ObjectMapper JSON = new ObjectMapper();
  // Gemini puts the wait into the body: "@type": "...RetryInfo", "retryDelay": "38s".
  private static final Pattern RETRY_DELAY =
      Pattern.compile("\"retryDelay\"\\s*:\\s*\"(\\d+(?:\\.\\d+)?)s\"");
  private static final int SUMMARY_LIMIT = 300;

  private ProviderFailures() {}

  static ModelProviderException translate(ProviderEndpoint endpoint, RuntimeException failure) {
    String provider = endpoint.kind().providerName();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpException refused) {
        return refused(endpoint, refused, failure);
      }
      if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
        return new ModelProviderException(
            provider, 0, true, null, provider + " did not answer in time (timeout)", failure);
      }
      if (cause instanceof IOException lost) {
        return new ModelProviderException(
            provider,
            0,
            true,
            null,
            provider + " could not be reached at " + endpoint.baseUrl() + ": " + lost,
            failure);
      }
    }
    return new ModelProviderException(
        provider, 0, false, null, provider + " request failed: " + failure, failure);
  }

  private static ModelProviderException refused(
      ProviderEndpoint endpoint, HttpException refused, RuntimeException failure) {
    String provider = endpoint.kind().providerName();
    int status = refused.statusCode();
    String body = refused.getMessage() == null ? "" : refused.getMessage();
    JsonNode error = errorOf(body);
    if (status == 401 || status == 403 || body.contains("API_KEY_INVALID")) {
      String check =
          endpoint.kind().keyVariable() == null
              ? "check the server's access settings"
              : "check " + endpoint.kind().keyVariable();
      // The provider's message may echo part of the key, so only its error code is repeated.
      return new ModelProviderException(
          provider,
          status,
          false,
          null,
          provider + " refused the API key (HTTP " + status + " " + code(error) + "): " + check,
          failure);
    }
    boolean retryable = status == 408 || status == 409 || status == 429 || status >= 500;
    String retryAfterHeader =
        refused instanceof ProviderHttpClient.RefusedRequest request ? request.retryAfter() : null;
    return new ModelProviderException(
        provider,
        status,
        retryable,
        retryAfter(retryAfterHeader, body),
        provider + " answered HTTP " + status + ": " + summary(error, body),
        failure);
  }

  /** Reads a wait from a retry-after header (seconds or an HTTP date) or a Gemini RetryInfo. */
  static Duration retryAfter(String header, String body) {
    if (header != null && !header.isBlank()) {
      try {
        return Duration.ofMillis(new BigDecimal(header.strip()).movePointRight(3).longValue());
      } catch (NumberFormatException notSeconds) {
        try {
          Duration wait =
              Duration.between(
                  ZonedDateTime.now(),
                  ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
          return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notADate) {
          return null;
        }
      }
    }
    Matcher delay = RETRY_DELAY.matcher(body);
    return delay.find()
        ? Duration.ofMillis(new BigDecimal(delay.group(1)).movePointRight(3).longValue())
        : null;
  }

  private static JsonNode errorOf(String body) {
    try {
      return JSON.readTree(body).path("error");
    } catch (IOException | RuntimeException notJson) {
      return JSON.missingNode();
    }
  }

  private static String code(JsonNode error) {
    for (String field : new String[] {"code", "type", "status"}) {
      if (error.path(field).isTextual()) {
        return error.path(field).asText();
      }
    }
    return "unauthorised";
  }

  private static String summary(JsonNode error, String body) {
    String text =
        error.isTextual()
            ? error.asText()
            : error.path("message").isTextual()
                ? error.path("message").asText() + " [" + code(error) + "]"
                : body;
    return text.length() > SUMMARY_LIMIT ? text.substring(0, SUMMARY_LIMIT) + "…" : text;
  }
}
