package org.evotraders.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.core.market.Instrument;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.gateway.RunRequest;
import org.evotraders.models.ModelConfigurationException;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderKind;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * Turns a dashboard's run request into a run configuration: what the request gives replaces the
 * standalone's own run options, the rest stays. A mock request runs on the synthetic market; a
 * backtest on the standalone's market data (the synthetic market too when that is mock).
 */
final class RunRequests {

  private RunRequests() {}

  /**
   * Returns the configuration of {@code request} over {@code base}; fails with an {@link
   * IllegalArgumentException} naming the field, e.g. a model whose provider has no key in {@code
   * env}.
   */
  static RunConfig configure(RunRequest request, RunConfig base, Map<String, String> env) {
    String data = "mock".equals(request.mode()) ? "mock" : base.data();
    List<String> tickers =
        request.tickers() == null
            ? base.tickers()
            : request.tickers().stream()
                .map(t -> Instrument.usEquity(t).ticker())
                .distinct()
                .toList();
    LocalDate start = request.start() != null ? request.start() : base.start();
    LocalDate end = request.end() != null ? request.end() : base.end();
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end %s is before start %s".formatted(end, start));
    }
    for (LocalDate date : List.of(start, end)) {
      if (date.isBefore(TradingCalendar.FIRST_SUPPORTED)
          || date.isAfter(TradingCalendar.LAST_SUPPORTED)) {
        throw new IllegalArgumentException(
            "%s is outside the supported calendar %s to %s"
                .formatted(date, TradingCalendar.FIRST_SUPPORTED, TradingCalendar.LAST_SUPPORTED));
      }
    }
    RunConfig.Budget budget =
        request.budgetUsd() == null
            ? base.budget()
            : new RunConfig.Budget(
                base.budget() == null ? null : base.budget().maxTokens(), request.budgetUsd());
    return new RunConfig(
        "mock".equals(data) ? "mock" : "backtest",
        data,
        tickers,
        start,
        end,
        request.cash() != null ? request.cash() : base.initialCash(),
        base.marginRequirement(),
        base.costs(),
        base.fillModel(),
        base.benchmark(),
        base.maxCommCycles(),
        base.risk(),
        models(request.models(), base.models(), env),
        budget,
        base.seed(),
        base.memory());
  }

  /** Returns each agent's model: its own, else the request's default, else the base's. */
  private static Map<String, RunConfig.AgentModel> models(
      Map<String, RunRequest.ModelChoice> chosen,
      Map<String, RunConfig.AgentModel> base,
      Map<String, String> env) {
    for (String key : chosen.keySet()) {
      if (!key.equals("default")) {
        try {
          Role.ofId(key);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("models." + key + ": " + e.getMessage(), e);
        }
      }
    }
    Map<String, RunConfig.AgentModel> models = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      RunRequest.ModelChoice choice = chosen.getOrDefault(role.id(), chosen.get("default"));
      models.put(
          role.id(),
          choice == null
              ? base.get(role.id())
              : model(chosen.containsKey(role.id()) ? role.id() : "default", choice, env));
    }
    return models;
  }

  /** Checks that the provider exists, has its key and a model name. */
  private static RunConfig.AgentModel model(
      String key, RunRequest.ModelChoice choice, Map<String, String> env) {
    try {
      ProviderKind kind = ProviderKind.named(choice.provider(), "models." + key + ".provider");
      ModelSettings.from(env).endpoint(kind);
      String name = choice.model() != null ? choice.model() : kind.defaultModel();
      if (name == null) {
        throw new IllegalArgumentException(
            "models.%s: the provider %s has no default model: give \"model\""
                .formatted(key, kind.providerName()));
      }
      return new RunConfig.AgentModel(kind.providerName(), name);
    } catch (ModelConfigurationException e) {
      throw new IllegalArgumentException("models." + key + ": " + e.getMessage(), e);
    }
  }
}
