package org.evotraders.data.http;

/** A provider rejected the API key (401 or 403); the message names the variable to check. */
public final class ProviderAuthenticationException extends ProviderRequestException {

  private static final long serialVersionUID = 1L;

  ProviderAuthenticationException(String provider, String request, int status, String message) {
    super(provider, request, status, message, null);
  }
}
