package org.evotraders.agents;

import java.util.List;
import java.util.Locale;

/** The six members of the team, in the order the original runs them. */
public enum Role {
  FUNDAMENTALS_ANALYST("Fundamentals Analyst", true),
  TECHNICAL_ANALYST("Technical Analyst", true),
  SENTIMENT_ANALYST("Sentiment Analyst", true),
  VALUATION_ANALYST("Valuation Analyst", true),
  RISK_MANAGER("Risk Manager", false),
  PORTFOLIO_MANAGER("Portfolio Manager", false);

  /** The four analysts, in the order their messages appear each day. */
  public static final List<Role> ANALYSTS =
      List.of(FUNDAMENTALS_ANALYST, TECHNICAL_ANALYST, SENTIMENT_ANALYST, VALUATION_ANALYST);

  private final String displayName;
  private final boolean analyst;
  // asked for on every message an agent records, so worked out once
  private final String id;

  Role(String displayName, boolean analyst) {
    this.displayName = displayName;
    this.analyst = analyst;
    this.id = name().toLowerCase(Locale.ROOT);
  }

  /** Returns the agent id the original uses on the wire, e.g. {@code technical_analyst}. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public boolean isAnalyst() {
    return analyst;
  }

  /** Returns the role with agent id {@code id}, or throws naming the six ids. */
  public static Role ofId(String id) {
    for (Role role : values()) {
      if (role.id().equals(id)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + id
            + "' is not an agent id: use one of "
            + List.of(values()).stream().map(Role::id).toList());
  }
}
