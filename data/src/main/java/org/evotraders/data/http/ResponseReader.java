package org.evotraders.data.http;

import java.io.IOException;

/**
 * Turns a provider's response body into domain values. A malformed body (an {@link IOException}
 * from the JSON parser, or an {@link IllegalArgumentException} from a record refusing a value)
 * becomes a {@link ProviderRequestException} naming the request.
 */
@FunctionalInterface
public interface ResponseReader<T> {

  T read(String body) throws IOException;
}
