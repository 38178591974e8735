package org.evotraders.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the empyrical 0.5.5 regression cases transcribed in the shared data (reference/metrics,
 * README section 4.4) against {@link ReturnStatistics}. Each case must match its upstream expected
 * value within numpy's assert_almost_equal tolerance, {@code 1.5 * 10^-decimals}. Cases of
 * functions we do not implement are reported as skipped, one by one.
 */
class EmpyricalReferenceTest {

  /** Functions of the reference file that ReturnStatistics deliberately leaves out. */
  private static final Set<String> NOT_IMPLEMENTED =
      Set.of(
          "excess_sharpe",
          "roll_max_drawdown",
          "roll_sharpe_ratio",
          "capture",
          "up_capture",
          "down_capture",
          "up_down_capture",
          "aggregate_returns");

  private static final Map<String, Integer> PERIODS_PER_YEAR =
      Map.of("daily", 252, "weekly", 52, "monthly", 12, "quarterly", 4, "yearly", 1);

  private static final JsonNode REFERENCE = load();

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    JsonNode all = REFERENCE.get("cases");
    for (int i = 0; i < all.size(); i++) {
      JsonNode c = all.get(i);
      String name =
          "#%d %s(%s, %s)"
              .formatted(i, c.get("function").asText(), c.get("returns").asText(), c.get("kwargs"));
      cases.add(Arguments.of(name, c));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesEmpyricalWithinTheCaseDecimals(String name, JsonNode referenceCase) {
    String function = referenceCase.get("function").asText();
    Assumptions.assumeFalse(
        NOT_IMPLEMENTED.contains(function),
        () -> function + " is not implemented by ReturnStatistics");
    double tolerance = 1.5 * Math.pow(10, -referenceCase.get("decimals").asInt());
    JsonNode expected = referenceCase.get("expected");
    double[] actual = evaluate(function, referenceCase);
    if (expected.isArray()) {
      assertThat(actual).hasSize(expected.size());
      for (int t = 0; t < actual.length; t++) {
        assertThat(actual[t])
            .as("%s at %d", name, t)
            .isCloseTo(expected.get(t).asDouble(), within(tolerance));
      }
    } else {
      assertThat(actual[0]).as(name).isCloseTo(expected.asDouble(), within(tolerance));
    }
  }

  @Test
  void everyReferenceFunctionIsEitherCheckedOrKnownToBeSkipped() {
    Set<String> functions = new TreeSet<>();
    REFERENCE.get("cases").forEach(c -> functions.add(c.get("function").asText()));
    Set<String> checked = new TreeSet<>(functions);
    checked.removeAll(NOT_IMPLEMENTED);
    assertThat(checked)
        .containsExactlyInAnyOrder(
            "cum_returns_final",
            "cum_returns",
            "max_drawdown",
            "annual_return",
            "annual_volatility",
            "calmar_ratio",
            "omega_ratio",
            "sharpe_ratio",
            "downside_risk",
            "sortino_ratio",
            "stability_of_timeseries",
            "tail_ratio",
            "cagr");
    assertThat(functions).containsAll(NOT_IMPLEMENTED);
  }

  private static double[] evaluate(String function, JsonNode referenceCase) {
    double[] returns = series(referenceCase.get("returns").asText());
    JsonNode kwargs = referenceCase.get("kwargs");
    int year = PERIODS_PER_YEAR.get(kwargs.path("period").asText("daily"));
    return switch (function) {
      case "cum_returns" -> ReturnStatistics.cumulativeReturns(returns);
      case "cum_returns_final" -> {
        double start = kwargs.path("starting_value").asDouble(0);
        double total = ReturnStatistics.totalReturn(returns);
        yield new double[] {start == 0 ? total : start * (1 + total)};
      }
      case "max_drawdown" -> new double[] {ReturnStatistics.maxDrawdown(returns)};
      case "annual_return", "cagr" -> new double[] {ReturnStatistics.annualReturn(returns, year)};
      case "annual_volatility" -> new double[] {ReturnStatistics.annualVolatility(returns, year)};
      case "calmar_ratio" -> new double[] {ReturnStatistics.calmarRatio(returns, year)};
      case "omega_ratio" ->
          new double[] {
            ReturnStatistics.omegaRatio(
                returns,
                kwargs.get("risk_free").asDouble(),
                kwargs.get("required_return").asDouble(),
                252)
          };
      case "sharpe_ratio" ->
          new double[] {
            ReturnStatistics.sharpeRatio(
                returns, threshold(kwargs.get("risk_free"), returns.length), year)
          };
      case "downside_risk" ->
          new double[] {
            ReturnStatistics.downsideRisk(
                returns, threshold(kwargs.get("required_return"), returns.length), year)
          };
      case "sortino_ratio" ->
          new double[] {
            ReturnStatistics.sortinoRatio(
                returns, threshold(kwargs.get("required_return"), returns.length), year)
          };
      case "stability_of_timeseries" -> new double[] {ReturnStatistics.stability(returns)};
      case "tail_ratio" -> new double[] {ReturnStatistics.tailRatio(returns)};
      default -> throw new IllegalStateException("no mapping for empyrical function " + function);
    };
  }

  /** Returns a scalar argument repeated per period, or the named series it refers to. */
  private static double[] threshold(JsonNode argument, int length) {
    if (argument.isTextual()) {
      return series(argument.asText());
    }
    double[] constant = new double[length];
    Arrays.fill(constant, argument.asDouble());
    return constant;
  }

  private static double[] series(String name) {
    JsonNode values = REFERENCE.get("series").get(name).get("values");
    return StreamSupport.stream(values.spliterator(), false)
        .mapToDouble(v -> v.isNull() ? Double.NaN : v.asDouble())
        .toArray();
  }

  private static JsonNode load() {
    String shared = System.getProperty("evotraders.shared.data");
    if (shared == null) {
      throw new IllegalStateException(
          "system property evotraders.shared.data is not set: run the tests through Maven surefire");
    }
    Path file = Path.of(shared, "reference", "metrics", "empyrical_test_cases.json");
    try {
      return new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read empyrical reference cases " + file, e);
    }
  }
}
