package org.evotraders.core.event;

import java.time.LocalDate;
import java.util.Map;

/**
 * The day's close: the team's NAV, cash, margin held, long and short market value, and each
 * baseline's value (equal_weight, value_weighted, momentum, and the benchmark ticker).
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
    Map<String, Double> closes) {}
