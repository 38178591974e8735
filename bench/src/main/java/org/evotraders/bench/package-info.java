/**
 * Benchmarks that print throughput figures; run them with {@code bench/run} (see {@code
 * bench/README.md}), never in the test suite. Start at {@link org.evotraders.bench.Main}: it warms
 * the JVM, times each figure a few times and prints medians. {@link
 * org.evotraders.bench.HistoryWindow} names the bars every figure reads.
 */
package org.evotraders.bench;
