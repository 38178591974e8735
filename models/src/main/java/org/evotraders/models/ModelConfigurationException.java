package org.evotraders.models;

/**
 * The model configuration cannot work: an unknown provider, a missing API key, a bad base URL. The
 * message names the environment variable to set.
 */
public final class ModelConfigurationException extends RuntimeException {

  public ModelConfigurationException(String message) {
    super(message);
  }
}
