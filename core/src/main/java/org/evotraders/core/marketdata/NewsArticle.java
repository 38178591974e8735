package org.evotraders.core.marketdata;

import java.time.Instant;

/** A headline about a ticker, with the moment it was published. */
public record NewsArticle(
    String ticker, Instant published, String title, String source, String url, String author) {}
