package org.evotraders.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Instrument;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.pipeline.cycle.FillModels;
import org.evotraders.pipeline.runs.RunConfig;
import picocli.CommandLine.Option;

/**
 * The options that configure a run, shared by the commands that start one. Each setting comes from
 * its flag, else from the --config YAML file, else from the original's environment variable
 * (TICKERS, INITIAL_CASH, MARGIN_REQUIREMENT, MAX_COMM_CYCLES), else from its default.
 */
final class RunOptions {

  static final List<String> DEFAULT_TICKERS =
      List.of("AAPL", "MSFT", "GOOGL", "NVDA", "TSLA", "META", "AMZN");
  static final LocalDate DEFAULT_START = LocalDate.of(2024, 1, 2);
  static final LocalDate DEFAULT_END = LocalDate.of(2024, 3, 28);

  @Option(
      names = {"-s", "--start"},
      description = "First trading day (default 2024-01-02).")
  LocalDate start;

  @Option(
      names = {"-e", "--end"},
      description = "Last trading day (default 2024-03-28).")
  LocalDate end;

  @Option(
      names = {"-t", "--tickers"},
      split = ",",
      description = "Tickers, e.g. AAPL,MSFT (default $TICKERS, else the seven of the original).")
  List<String> tickers;

  @Option(
      names = "--data",
      paramLabel = "SOURCE",
      description = "mock (default), csv:DIR, cache, financialdatasets or finnhub.")
  String data;

  @Option(names = "--cash", description = "Initial cash (default $INITIAL_CASH, else 100000).")
  Double cash;

  @Option(
      names = "--margin",
      description = "Margin requirement for shorts (default $MARGIN_REQUIREMENT, else 0.25).")
  Double margin;

  @Option(
      names = "--fill-model",
      description = "next_open (default), same_open (the original's, looks ahead) or close.")
  String fillModel;

  @Option(names = "--commission-per-share", description = "Commission per share (default 0.005).")
  Double commissionPerShare;

  @Option(names = "--commission-per-order", description = "Commission per order (default 0).")
  Double commissionPerOrder;

  @Option(
      names = "--commission-bps",
      description = "Commission in basis points of notional (default 0).")
  Double commissionBps;

  @Option(
      names = "--slippage-bps",
      description = "Slippage in basis points against the trader (default 5).")
  Double slippageBps;

  @Option(
      names = "--benchmark",
      description = "Index ticker bought and held beside the run (default SPY).")
  String benchmark;

  @Option(
      names = "--max-comm-cycles",
      description = "Conference rounds per day (default $MAX_COMM_CYCLES, else 2; 0 skips it).")
  Integer cycles;

  @Option(
      names = "--budget-usd",
      description = "Stop the run at a day boundary once models cost this many dollars.")
  Double budgetUsd;

  @Option(
      names = "--budget-tokens",
      description = "Stop the run at a day boundary once models used this many tokens.")
  Long budgetTokens;

  @Option(
      names = "--seed",
      description = "Seed of the synthetic market and the bootstrap (default 42).")
  Long seed;

  @Option(
      names = "--no-memory",
      negatable = false,
      description = "Run without the agents' long-term memory.")
  boolean noMemory;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML file with run settings (the keys of BOOTSTRAP.md's front matter).")
  Path config;

  /** Returns the run's configuration; fails naming the setting when one is invalid. */
  RunConfig resolve(Map<String, String> env, ModelSettings models) {
    Map<String, Object> file = readConfigFile();
    List<String> symbols =
        tickers != null ? tickers : listOf(file.get("tickers"), env.get("TICKERS"));
    LocalDate first = start != null ? start : date(file.get("start"), DEFAULT_START);
    LocalDate last = end != null ? end : date(file.get("end"), DEFAULT_END);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "--end %s is before --start %s: swap the dates".formatted(last, first));
    }
    for (LocalDate d : List.of(first, last)) {
      if (d.isBefore(TradingCalendar.FIRST_SUPPORTED)
          || d.isAfter(TradingCalendar.LAST_SUPPORTED)) {
        throw new IllegalArgumentException(
            "%s is outside the supported calendar %s to %s"
                .formatted(d, TradingCalendar.FIRST_SUPPORTED, TradingCalendar.LAST_SUPPORTED));
      }
    }
    String fills = fillModel != null ? fillModel : string(file.get("fill_model"), "next_open");
    FillModels.of(fills);
    Map<String, RunConfig.AgentModel> agentModels = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      ModelSpec spec = models.specFor(role.id());
      agentModels.put(role.id(), new RunConfig.AgentModel(spec.provider(), spec.name()));
    }
    RunConfig.Budget budget = budget().orElse(null);
    return new RunConfig(
        "mock".equals(dataSource(file)) ? "mock" : "backtest",
        dataSource(file),
        symbols.stream().map(t -> Instrument.usEquity(t).ticker()).distinct().toList(),
        first,
        last,
        positive("cash", cash, file.get("initial_cash"), env.get("INITIAL_CASH"), 100_000),
        positive(
            "margin", margin, file.get("margin_requirement"), env.get("MARGIN_REQUIREMENT"), 0.25),
        new TradingCosts(
            or(commissionPerShare, 0.005),
            or(commissionPerOrder, 0.0),
            or(commissionBps, 0.0),
            or(slippageBps, 5.0)),
        fills,
        benchmark != null
            ? Instrument.usEquity(benchmark).ticker()
            : string(file.get("benchmark"), "SPY"),
        cycles != null
            ? cycles
            : (int)
                number(
                    "max-comm-cycles", file.get("max_comm_cycles"), env.get("MAX_COMM_CYCLES"), 2),
        new RunConfig.Risk(0.20, 1.5),
        agentModels,
        budget,
        seed != null ? seed : (long) number("seed", file.get("seed"), null, 42),
        !noMemory);
  }

  /**
   * Returns the data source; a csv folder is made absolute, so the run folder's configuration still
   * finds it when the run is resumed from another working directory.
   */
  /** Returns the budget the flags set, if any. */
  java.util.Optional<RunConfig.Budget> budget() {
    return budgetUsd == null && budgetTokens == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new RunConfig.Budget(budgetTokens, budgetUsd));
  }

  private String dataSource(Map<String, Object> file) {
    String source = data != null ? data : string(file.get("data"), "mock");
    return source.startsWith("csv:")
        ? "csv:" + Path.of(source.substring("csv:".length())).toAbsolutePath().normalize()
        : source;
  }

  private Map<String, Object> readConfigFile() {
    if (config == null) {
      return Map.of();
    }
    if (!Files.isReadable(config)) {
      throw new IllegalArgumentException("--config " + config + ": cannot read the file");
    }
    try {
      ObjectMapper yaml =
          new ObjectMapper(new YAMLFactory())
              .registerModule(new JavaTimeModule())
              .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      @SuppressWarnings("unchecked")
      Map<String, Object> map = yaml.readValue(config.toFile(), Map.class);
      return map == null ? Map.of() : map;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--config " + config + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  private static List<String> listOf(Object fromFile, String fromEnv) {
    if (fromFile instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    String text = fromFile != null ? String.valueOf(fromFile) : fromEnv;
    if (text == null || text.isBlank()) {
      return DEFAULT_TICKERS;
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static LocalDate date(Object value, LocalDate fallback) {
    return value == null ? fallback : LocalDate.parse(String.valueOf(value));
  }

  private static String string(Object value, String fallback) {
    return value == null ? fallback : String.valueOf(value);
  }

  private static double or(Double value, double fallback) {
    return value == null ? fallback : value;
  }

  private static double positive(
      String name, Double flag, Object file, String env, double fallback) {
    double value = flag != null ? flag : number(name, file, env, fallback);
    if (!(value > 0)) {
      throw new IllegalArgumentException("--" + name + " must be positive, was " + value);
    }
    return value;
  }

  private static double number(String name, Object file, String env, double fallback) {
    Object value = file != null ? file : env;
    if (value == null || String.valueOf(value).isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number for " + name);
    }
  }
}
