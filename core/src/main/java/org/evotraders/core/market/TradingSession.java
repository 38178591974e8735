package org.evotraders.core.market;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One trading day of an exchange: when it opens, when it closes, and whether it closes early. */
public record TradingSession(
    LocalDate date, ZonedDateTime open, ZonedDateTime close, boolean earlyClose) {}
