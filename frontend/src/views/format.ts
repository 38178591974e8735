/** How the dashboard writes numbers: money, percentages, counts and token figures. */

const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2 });
const count = new Intl.NumberFormat("en-US");

export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? "–" : money.format(value);
}

/** Writes a value already in percent, signed: +1.23%. */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return "–";
  }
  const shown = value.toFixed(digits);
  // a small loss rounds to zero: "0.00%", not "-0.00%"
  return Number(shown) === 0 ? `${(0).toFixed(digits)}%` : `${value > 0 ? "+" : ""}${shown}%`;
}

/** Writes a fraction (0.25) as a percent (25.0%). */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${(value * 100).toFixed(1)}%`;
}

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : count.format(value);
}

export function formatUsd(value: number): string {
  return `$${value < 1 ? value.toFixed(4) : value.toFixed(2)}`;
}

export function formatTime(ts: number | undefined): string {
  return ts ? new Date(ts).toISOString().slice(11, 19) : "";
}

/** Returns "up", "down" or "flat" for colouring a signed figure. */
export function tone(value: number | null | undefined): "up" | "down" | "flat" {
  if (!value) {
    return "flat";
  }
  return value > 0 ? "up" : "down";
}
