package org.evotraders.agents.risk;

import java.util.List;

/** Daily simple returns and the statistics the risk limits need (ddof=1, 252 days a year). */
final class Returns {

  private Returns() {}

  /** Returns the last {@code window} simple returns of a close series, oldest first. */
  static double[] lastSimpleReturns(List<Double> closes, int window) {
    int n = Math.min(window, Math.max(0, closes.size() - 1));
    double[] out = new double[n];
    int offset = closes.size() - n - 1;
    for (int i = 0; i < n; i++) {
      out[i] = closes.get(offset + i + 1) / closes.get(offset + i) - 1;
    }
    return out;
  }

  /** Returns the annualised sample volatility, NaN with fewer than 2 returns. */
  static double annualisedVolatility(double[] returns) {
    if (returns.length < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double r : returns) {
      mean += r;
    }
    mean /= returns.length;
    double squares = 0;
    for (double r : returns) {
      squares += (r - mean) * (r - mean);
    }
    return Math.sqrt(squares / (returns.length - 1)) * Math.sqrt(252);
  }

  /** Returns Pearson's correlation of the overlapping most recent returns, NaN if undefined. */
  static double correlation(double[] a, double[] b) {
    int n = Math.min(a.length, b.length);
    if (n < 3) {
      return Double.NaN;
    }
    int oa = a.length - n;
    int ob = b.length - n;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[oa + i];
      mb += b[ob + i];
    }
    ma /= n;
    mb /= n;
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < n; i++) {
      double da = a[oa + i] - ma;
      double db = b[ob + i] - mb;
      cov += da * db;
      va += da * da;
      vb += db * db;
    }
    return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
  }
}
