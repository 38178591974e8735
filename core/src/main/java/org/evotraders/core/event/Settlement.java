package org.evotraders.core.event;

import java.time.LocalDate;
import java.util.Map;

/**
 * The day's close: the team's NAV, cash, margin held, long and short market value, the notional
 * traded that day, each baseline's value (keys equal_weight, value_weighted, momentum, and the
 * benchmark ticker, e.g. SPY), and the session's opens and closes by ticker.
 */
public record Settlement(
    LocalDate date,
    double nav,
    double cash,
    double marginUsed,
    double longValue,
    double shortValue,
    double tradedNotional,
    Map<String, Double> baselines,
    Map<String, Double> opens,
    Map<String, Double> closes) {}
