package org.evotraders.core.portfolio;

import static java.math.BigDecimal.valueOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;

/**
 * Cash, short margin and positions of one run, changed only by {@link #apply(Fill)}. Shorts follow
 * the original system: opening q shares at p credits q·p − commission to cash but holds q·p·m of it
 * as margin (m the margin requirement); covering q at p pays q·p + commission and releases the
 * margin q·averageShortCost·m back to cash.
 *
 * <p>Money: prices and commissions arrive as doubles (bars are doubles). Each is taken at its
 * shortest decimal form ({@link BigDecimal#valueOf(double)}) and cash, margin and profit are summed
 * exactly in {@link BigDecimal}, so no binary rounding accumulates over a long run; the accessors
 * return doubles and rounding to cents is left to whoever reports them.
 *
 * <p>Not thread-safe: one run's loop owns its portfolio.
 */
public final class Portfolio {

  /** The margin requirement the original system always used. */
  public static final double DEFAULT_MARGIN_REQUIREMENT = 0.25;

  private final BigDecimal marginRequirement;
  private final Map<String, Position> positions = new TreeMap<>();
  private final Ledger ledger = new Ledger();
  private final Set<String> appliedFillIds = new HashSet<>();
  private BigDecimal cash;

  /** Starts with {@code cash} and the default margin requirement of 0.25. */
  public Portfolio(double cash) {
    this(cash, DEFAULT_MARGIN_REQUIREMENT);
  }

  /** Starts with {@code cash}, holding {@code marginRequirement} of each short's proceeds. */
  public Portfolio(double cash, double marginRequirement) {
    if (!(cash >= 0) || Double.isInfinite(cash)) {
      throw new IllegalArgumentException("initial cash must be a non-negative amount, not " + cash);
    }
    if (!(marginRequirement > 0) || Double.isInfinite(marginRequirement)) {
      throw new IllegalArgumentException(
          "margin requirement must be a positive fraction of short proceeds (e.g. 0.25), not "
              + marginRequirement);
    }
    this.cash = valueOf(cash);
    this.marginRequirement = valueOf(marginRequirement);
  }

  public double cash() {
    return cash.doubleValue();
  }

  public double marginRequirement() {
    return marginRequirement.doubleValue();
  }

  /** Returns the margin held for all open shorts: their proceeds times the margin requirement. */
  public double marginUsed() {
    return marginHeld().doubleValue();
  }

  /** Returns the position in {@code ticker}, flat when none was ever opened. */
  public Position position(String ticker) {
    return positions.getOrDefault(ticker, Position.FLAT);
  }

  /**
   * Returns the positions that hold shares, by ticker in alphabetical order: sums over them (NAV,
   * exposure, correlations) then add in the same order on every run, to the last bit.
   */
  public Map<String, Position> openPositions() {
    Map<String, Position> open = new TreeMap<>(positions);
    open.values().removeIf(Position::isFlat);
    return Collections.unmodifiableMap(open);
  }

  /**
   * Returns how cash would change if a fill of {@code quantity} shares of {@code ticker} on {@code
   * side} at {@code price} with {@code commission} were applied now.
   */
  public double cashChange(
      String ticker, Side side, long quantity, double price, double commission) {
    Position before = position(ticker);
    requireHeld(before, side, quantity, ticker);
    return cashChange(before, side, quantity, notional(quantity, price), valueOf(commission))
        .doubleValue();
  }

  /**
   * Applies {@code fill}: moves cash and margin, updates the position and the ledger. Refuses a
   * fill id already applied and a sell or cover of more shares than held.
   */
  public void apply(Fill fill) {
    if (appliedFillIds.contains(fill.fillId())) {
      throw new IllegalStateException(
          "fill %s was already applied to this portfolio: each fill counts once, so a replay must skip fills it has seen"
              .formatted(fill.fillId()));
    }
    String ticker = fill.ticker();
    long quantity = fill.quantity();
    Position before = position(ticker);
    requireHeld(before, fill.side(), quantity, fill.fillId());
    BigDecimal notional = notional(quantity, fill.price());
    BigDecimal commission = valueOf(fill.commission());
    Position after =
        switch (fill.side()) {
          case BUY -> {
            ledger.payOpeningCommission(ticker, commission);
            yield before.buy(quantity, notional);
          }
          case SELL -> {
            ledger.realize(
                ticker, notional.subtract(before.longCostOf(quantity)).subtract(commission));
            yield before.sell(quantity);
          }
          case SHORT -> {
            ledger.payOpeningCommission(ticker, commission);
            yield before.shortSell(quantity, notional);
          }
          case COVER -> {
            ledger.realize(
                ticker, before.shortCostOf(quantity).subtract(notional).subtract(commission));
            yield before.cover(quantity);
          }
        };
    cash = cash.add(cashChange(before, fill.side(), quantity, notional, commission));
    positions.put(ticker, after);
    appliedFillIds.add(fill.fillId());
  }

  /**
   * Returns the net asset value with each held ticker marked at {@code prices}: NAV = cash + margin
   * held + Σ long quantity × price − Σ short quantity × price.
   */
  public double netAssetValue(Map<String, Double> prices) {
    BigDecimal nav = cash.add(marginHeld());
    for (Map.Entry<String, Position> entry : openPositions().entrySet()) {
      Position position = entry.getValue();
      BigDecimal price = markPrice(entry.getKey(), prices);
      nav = nav.add(price.multiply(valueOf(position.longQuantity() - position.shortQuantity())));
    }
    return nav.doubleValue();
  }

  /** Returns the profit of every ticker ever traded, held shares marked at {@code prices}. */
  public List<TickerPnl> profitAndLoss(Map<String, Double> prices) {
    List<TickerPnl> lines = new ArrayList<>();
    for (String ticker : ledger.tickers()) {
      Position position = position(ticker);
      BigDecimal price = position.isFlat() ? BigDecimal.ZERO : markPrice(ticker, prices);
      lines.add(ledger.line(ticker, position, price));
    }
    return List.copyOf(lines);
  }

  private BigDecimal cashChange(
      Position before, Side side, long quantity, BigDecimal notional, BigDecimal commission) {
    return switch (side) {
      case BUY -> notional.add(commission).negate();
      case SELL -> notional.subtract(commission);
      case SHORT -> notional.subtract(commission).subtract(notional.multiply(marginRequirement));
      case COVER ->
          before
              .shortCostOf(quantity)
              .multiply(marginRequirement)
              .subtract(notional)
              .subtract(commission);
    };
  }

  private BigDecimal marginHeld() {
    BigDecimal proceeds = BigDecimal.ZERO;
    for (Position position : positions.values()) {
      proceeds = proceeds.add(position.shortCost());
    }
    return proceeds.multiply(marginRequirement);
  }

  private static BigDecimal notional(long quantity, double price) {
    return valueOf(quantity).multiply(valueOf(price));
  }

  private static BigDecimal markPrice(String ticker, Map<String, Double> prices) {
    Double price = prices.get(ticker);
    if (price == null || !(price > 0)) {
      throw new IllegalArgumentException(
          "no positive price for %s, which the portfolio holds: pass a price for every held ticker (got %s)"
              .formatted(ticker, price));
    }
    return valueOf(price);
  }

  private static void requireHeld(Position position, Side side, long quantity, String what) {
    long held =
        switch (side) {
          case SELL -> position.longQuantity();
          case COVER -> position.shortQuantity();
          case BUY, SHORT -> Long.MAX_VALUE;
        };
    if (quantity > held) {
      throw new IllegalArgumentException(
          "%s: cannot %s %d shares when %d are held; size the order to the position first"
              .formatted(what, side, quantity, held));
    }
  }
}
