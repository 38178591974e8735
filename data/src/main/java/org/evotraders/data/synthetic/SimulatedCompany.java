package org.evotraders.data.synthetic;

/** Everything the synthetic market simulates for one ticker, sharing one price path. */
record SimulatedCompany(
    TickerProfile profile,
    PricePath prices,
    QuarterlyReports reports,
    InsiderActivity insiders,
    Newsroom newsroom) {}
