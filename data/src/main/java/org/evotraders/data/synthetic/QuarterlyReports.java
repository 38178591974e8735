package org.evotraders.data.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The quarterly reports of one synthetic company, simulated quarter by quarter from the first and
 * kept. Revenue closes a third of the gap to what the market cap at the quarter end implies at the
 * company's usual price-to-sales ratio, plus noise: fundamentals follow the simulated price with a
 * lag, so valuations stay plausible. The margin wanders around its average (a persistent deviation,
 * so good and bad years come in runs); equity grows by retained earnings; shares shrink by
 * buybacks.
 */
final class QuarterlyReports {

  private final long seed;
  private final String ticker;
  private final CompanyProfile company;
  private final TickerProfile profile;
  private final PricePath prices;
  private final LocalDate lastPeriod;
  private final List<QuarterlyReport> reports = new ArrayList<>();
  private double revenue;
  private double marginDeviation;
  private double equity;
  private double shares;

  QuarterlyReports(
      long seed,
      String ticker,
      CompanyProfile company,
      TickerProfile profile,
      PricePath prices,
      LocalDate firstPeriod,
      LocalDate lastPeriod) {
    this.seed = seed;
    this.ticker = ticker;
    this.company = company;
    this.profile = profile;
    this.prices = prices;
    this.lastPeriod = lastPeriod;
    this.shares = company.startShares();
    this.revenue = shares * profile.startPrice() / company.priceToSales();
    this.equity = revenue * company.equityToRevenue();
    reports.add(report(quarterEndOnOrBefore(firstPeriod), 0));
  }

  /** Returns the last quarter end on or before {@code date}. */
  static LocalDate quarterEndOnOrBefore(LocalDate date) {
    LocalDate quarterStart =
        LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
    return quarterEnd.isAfter(date) ? quarterStart.minusDays(1) : quarterEnd;
  }

  /** Returns the reports with report period on or before {@code date}, oldest first. */
  synchronized List<QuarterlyReport> through(LocalDate date) {
    LocalDate last = date.isAfter(lastPeriod) ? lastPeriod : date;
    while (true) {
      LocalDate next = reports.getLast().reportPeriod().plusDays(1).plusMonths(3).minusDays(1);
      if (next.isAfter(last)) {
        break;
      }
      reports.add(report(next, reports.size()));
    }
    int count = 0;
    while (count < reports.size() && !reports.get(count).reportPeriod().isAfter(date)) {
      count++;
    }
    return List.copyOf(reports.subList(0, count));
  }

  /**
   * Returns the close on the last session on or before {@code date}, the start price before any.
   */
  double priceAt(LocalDate date) {
    double close = prices.closeOnOrBefore(date);
    return close > 0 ? close : profile.startPrice();
  }

  private QuarterlyReport report(LocalDate period, int quarter) {
    var draws = RandomDraws.of(seed, "quarterly-report", ticker, quarter);
    if (quarter > 0) {
      shares *= 1 - company.quarterlyBuyback();
      double impliedRevenue = shares * priceAt(period) / company.priceToSales();
      revenue *= Math.exp(Math.log(impliedRevenue / revenue) / 3 + 0.02 * draws.gaussian());
      marginDeviation = 0.7 * marginDeviation + 0.015 * draws.gaussian();
    }
    double netIncome = revenue * (company.netMargin() + marginDeviation);
    if (quarter > 0) {
      equity = Math.max(equity + netIncome / 4 * company.retention(), 0.05 * revenue);
    }
    double depreciation = revenue * company.depreciationToRevenue();
    double operatingIncome = netIncome / 0.78 + revenue * 0.005 * draws.gaussian();
    double capitalExpenditure =
        -revenue * company.capexToRevenue() * Math.exp(0.1 * draws.gaussian());
    double operatingCashFlow = netIncome + depreciation + 0.02 * revenue * draws.gaussian();
    double totalDebt = equity * company.debtToEquity() * Math.exp(0.05 * draws.gaussian());
    double cash = revenue * company.cashToRevenue() * Math.exp(0.1 * draws.gaussian());
    double inventory = revenue * company.inventoryToRevenue() * Math.exp(0.08 * draws.gaussian());
    double receivables =
        revenue * company.receivablesToRevenue() * Math.exp(0.08 * draws.gaussian());
    double currentLiabilities = 0.22 * revenue;
    double currentAssets =
        Math.max(
            currentLiabilities * (company.currentRatio() + 0.1 * draws.gaussian()),
            cash + inventory + receivables);
    double totalLiabilities = totalDebt + currentLiabilities + 0.1 * revenue;
    var items = new HashMap<String, Double>();
    items.put("revenue", revenue);
    items.put("gross_profit", revenue * (company.grossMargin() + marginDeviation / 2));
    items.put("operating_income", operatingIncome);
    items.put("net_income", netIncome);
    items.put("depreciation_and_amortization", depreciation);
    items.put("ebitda", operatingIncome + depreciation);
    items.put("interest_expense", 0.05 * totalDebt);
    items.put("net_cash_flow_from_operations", operatingCashFlow);
    items.put("capital_expenditure", capitalExpenditure);
    items.put("free_cash_flow", operatingCashFlow + capitalExpenditure);
    items.put("current_assets", currentAssets);
    items.put("current_liabilities", currentLiabilities);
    items.put("working_capital", currentAssets - currentLiabilities);
    items.put("inventory", inventory);
    items.put("trade_and_non_trade_receivables", receivables);
    items.put("cash_and_equivalents", cash);
    items.put("total_debt", totalDebt);
    items.put("total_liabilities", totalLiabilities);
    items.put("shareholders_equity", equity);
    items.put("total_assets", equity + totalLiabilities);
    items.put("outstanding_shares", (double) Math.round(shares));
    return new QuarterlyReport(period, items);
  }
}
