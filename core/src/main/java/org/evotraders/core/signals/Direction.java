package org.evotraders.core.signals;

/** A predicted move of a ticker from the session's open to its close. */
public enum Direction {
  UP,
  DOWN,
  NEUTRAL
}
