/**
 * The {@code evotraders} command line. Start at {@link org.evotraders.cli.Main}, which lists the
 * commands; {@code BacktestCommand} starts or resumes a run, {@code RunOptions} turns flags, the
 * --config file and environment variables into a run's configuration, and {@link
 * org.evotraders.cli.RunLauncher} wires the run (the one place that chooses adapters). The
 * environment is read once, in {@code Main}, and handed down, so tests can run the commands with an
 * environment of their own.
 */
package org.evotraders.cli;
