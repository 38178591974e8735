/**
 * Daily bars from CSV files: start at {@link org.evotraders.data.csv.CsvMarketData}, a price-only
 * {@link org.evotraders.core.marketdata.MarketData} over a directory of {@code <TICKER>.csv} files;
 * {@link org.evotraders.data.csv.BarFile} reads one file and says which columns and formats it
 * accepts.
 */
package org.evotraders.data.csv;
