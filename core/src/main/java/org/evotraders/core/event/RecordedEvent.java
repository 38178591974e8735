package org.evotraders.core.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event as the log holds it: its position in the run ({@code seq}, from 1, no gaps), the
 * run-clock time it happened (simulated in backtests, so reruns are identical), the session it
 * belongs to (null before the first day), and the event.
 */
public record RecordedEvent(long seq, Instant at, LocalDate session, RunEvent event) {}
