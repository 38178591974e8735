import type { DashboardState } from "../state/dashboard";
import { formatMoney, formatPercent, tone } from "./format";

/** The run's tickers with their latest price and move since the open, then the team's NAV. */
export function TickerTape({ state }: { state: DashboardState }) {
  const symbols = [...new Set([...state.run.tickers, ...Object.keys(state.prices)])].sort();
  return (
    <div class="tape" data-testid="ticker-tape">
      {symbols.map((symbol) => {
        const quote = state.prices[symbol];
        return (
          <span class="tape-item" key={symbol} data-testid={`tape-${symbol}`}>
            <b>{symbol}</b> {quote ? quote.price.toFixed(2) : "–"}{" "}
            <span class={tone(quote?.ret)}>{formatPercent(quote?.ret)}</span>
          </span>
        );
      })}
      <span class="tape-item tape-nav" data-testid="tape-nav">
        <b>NAV</b> {formatMoney(state.portfolio.nav)}
      </span>
    </div>
  );
}
