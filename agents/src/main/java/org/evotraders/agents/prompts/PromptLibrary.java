package org.evotraders.agents.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.evotraders.agents.Role;

/**
 * The prompt templates of a run's agents. Starting a run copies each agent's default templates into
 * {@code agents/<agent_id>/prompts/<name>.md}; the run then reads only those copies, so a user can
 * edit any prompt of one run (also before resuming it) without touching the code or other runs.
 */
public final class PromptLibrary {

  /** What a conference prompt is given: the round, everyone's signals and what was said. */
  private static final Set<String> CONFERENCE =
      Set.of("date", "cycle", "total_cycles", "signals", "risk_assessment", "transcript");

  private static final Map<String, Set<String>> ANALYST_TEMPLATES =
      Map.of(
          "system",
          Set.of("role_name", "focus", "run_prompt"),
          "analysis",
          Set.of("date", "tickers", "tool_results", "memories", "reflection"),
          "conference",
          CONFERENCE,
          "prediction",
          Set.of("date", "tickers", "own_signals", "conference_summary"));

  /**
   * The templates each role uses, by name, with the placeholder names its agent provides. The
   * offline model never reads a prompt, so an edited template is checked against these names when
   * the library is installed rather than when a real model first gets it.
   */
  static final Map<Role, Map<String, Set<String>>> TEMPLATES =
      Map.of(
          Role.FUNDAMENTALS_ANALYST,
          ANALYST_TEMPLATES,
          Role.TECHNICAL_ANALYST,
          ANALYST_TEMPLATES,
          Role.SENTIMENT_ANALYST,
          ANALYST_TEMPLATES,
          Role.VALUATION_ANALYST,
          ANALYST_TEMPLATES,
          Role.RISK_MANAGER,
          Map.of(
              "system",
              Set.of("run_prompt"),
              "assessment",
              Set.of("date", "tickers", "portfolio", "limits")),
          Role.PORTFOLIO_MANAGER,
          Map.of(
              "system",
              Set.of("run_prompt"),
              "conference-opening",
              union(CONFERENCE, Set.of("no_decision_yet")),
              "conference-summary",
              CONFERENCE,
              "decision",
              Set.of(
                  "date",
                  "tickers",
                  "signals",
                  "track_records",
                  "risk_assessment",
                  "conference_summary",
                  "portfolio",
                  "limits")));

  private static final String DEFAULTS = "/org/evotraders/agents/prompts/";

  private final Map<String, PromptTemplate> templates;
  private final Map<String, String> focus;

  private PromptLibrary(Map<String, PromptTemplate> templates, Map<String, String> focus) {
    this.templates = templates;
    this.focus = focus;
  }

  /**
   * Copies the default templates into {@code agentsDir/<agent_id>/prompts/} where no copy exists
   * yet (a resumed run keeps the user's edits), creates each agent's {@code skills/} folder, then
   * loads the library from the copies.
   */
  public static PromptLibrary install(Path agentsDir) {
    Map<String, PromptTemplate> loaded = new HashMap<>();
    for (var entry : TEMPLATES.entrySet()) {
      Role role = entry.getKey();
      Path folder = agentsDir.resolve(role.id()).resolve("prompts");
      try {
        Files.createDirectories(agentsDir.resolve(role.id()).resolve("skills"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the skills folder of " + role.id(), e);
      }
      for (var template : entry.getValue().entrySet()) {
        String name = template.getKey();
        Path file = folder.resolve(name + ".md");
        try {
          if (!Files.exists(file)) {
            Files.createDirectories(folder);
            Files.writeString(file, defaultText(role, name));
          }
          PromptTemplate loadedTemplate =
              new PromptTemplate(file.toString(), Files.readString(file));
          requireKnownPlaceholders(file, loadedTemplate, template.getValue());
          loaded.put(key(role, name), loadedTemplate);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot install the prompt " + file, e);
        }
      }
    }
    return new PromptLibrary(Map.copyOf(loaded), personas());
  }

  /** Returns the template {@code name} of {@code role}. */
  public PromptTemplate template(Role role, String name) {
    PromptTemplate template = templates.get(key(role, name));
    if (template == null) {
      throw new IllegalArgumentException(role.id() + " has no prompt named " + name);
    }
    return template;
  }

  /** Returns what an analyst focuses on, for its system prompt. */
  public String focus(Role role) {
    return focus.getOrDefault(role.id(), "");
  }

  private static void requireKnownPlaceholders(
      Path file, PromptTemplate template, Set<String> provided) {
    for (String name : template.names()) {
      if (!provided.contains(name)) {
        throw new IllegalArgumentException(
            file
                + " uses {{"
                + name
                + "}}, which this prompt is not given; use only "
                + new TreeSet<>(provided)
                + ", or delete the file to get the default prompt back");
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static String key(Role role, String name) {
    return role.id() + "/" + name;
  }

  private static String defaultText(Role role, String name) {
    String own = DEFAULTS + role.id() + "-" + name + ".md";
    String shared = DEFAULTS + "analyst-" + name + ".md";
    String text = resource(own);
    if (text == null && role.isAnalyst()) {
      text = resource(shared);
    }
    if (text == null) {
      throw new IllegalStateException("no default prompt " + own);
    }
    return text;
  }

  private static String resource(String path) {
    try (InputStream in = PromptLibrary.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static Map<String, String> personas() {
    Properties properties = new Properties();
    try (InputStream in =
        PromptLibrary.class.getResourceAsStream(DEFAULTS + "personas.properties")) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analyst personas", e);
    }
    Map<String, String> out = new HashMap<>();
    properties.forEach((k, v) -> out.put((String) k, (String) v));
    return Map.copyOf(out);
  }
}
