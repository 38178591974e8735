/**
 * The dashboard end to end in real headless Chromium: start at {@code DashboardInChromiumTest},
 * which serves a paced mock run with {@code ServedMockRun} and drives the page with {@code
 * HeadlessChromium}.
 */
package org.evotraders.cli.dashboard;
