package org.evotraders.core.fills;

/**
 * What a fill does to a position: buying or selling long shares, or opening ({@code SHORT}) or
 * closing ({@code COVER}) a short.
 */
public enum Side {
  BUY,
  SELL,
  SHORT,
  COVER
}
