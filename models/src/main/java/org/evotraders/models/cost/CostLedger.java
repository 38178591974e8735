package org.evotraders.models.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.evotraders.models.TokenUsage;

/** The run's model spending, booked per agent and trading day; safe to book from many threads. */
public final class CostLedger {

  private record Account(String agentId, LocalDate session) {}

  private final Map<Account, Spending> accounts = new ConcurrentHashMap<>();

  /** Books one request a provider answered: its tokens and their cost. */
  public void bookProvider(
      String agentId, LocalDate session, TokenUsage usage, BigDecimal costUsd) {
    book(agentId, session, new Spending(1, usage, costUsd, 0, TokenUsage.NONE));
  }

  /** Books one answer replayed from the cache, which costs nothing. */
  public void bookCached(String agentId, LocalDate session, TokenUsage originalUsage) {
    book(agentId, session, new Spending(0, TokenUsage.NONE, BigDecimal.ZERO, 1, originalUsage));
  }

  /** Returns everything spent in the run. */
  public Spending total() {
    return accounts.values().stream().reduce(Spending.NONE, Spending::plus);
  }

  /** Returns what each agent spent over the run, by agent id. */
  public SortedMap<String, Spending> byAgent() {
    SortedMap<String, Spending> byAgent = new TreeMap<>();
    accounts.forEach((account, spent) -> byAgent.merge(account.agentId(), spent, Spending::plus));
    return byAgent;
  }

  /** Returns what was spent on each trading day, all agents together. */
  public SortedMap<LocalDate, Spending> byDay() {
    SortedMap<LocalDate, Spending> byDay = new TreeMap<>();
    accounts.forEach((account, spent) -> byDay.merge(account.session(), spent, Spending::plus));
    return byDay;
  }

  /** Returns what agent {@code agentId} spent on {@code session}. */
  public Spending of(String agentId, LocalDate session) {
    return accounts.getOrDefault(new Account(agentId, session), Spending.NONE);
  }

  private void book(String agentId, LocalDate session, Spending spent) {
    accounts.merge(new Account(agentId, session), spent, Spending::plus);
  }
}
