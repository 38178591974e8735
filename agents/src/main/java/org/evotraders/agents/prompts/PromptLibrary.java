package org.evotraders.agents.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.evotraders.agents.Role;

/**
 * The prompt templates of a run's agents. Starting a run copies each agent's default templates into
 * {@code agents/<agent_id>/prompts/<name>.md}; the run then reads only those copies, so a user can
 * edit any prompt of one run (also before resuming it) without touching the code or other runs.
 */
public final class PromptLibrary {

  /** The templates each role uses, by name. */
  static final Map<Role, List<String>> TEMPLATES =
      Map.of(
          Role.FUNDAMENTALS_ANALYST,
          List.of("system", "analysis", "conference", "prediction"),
          Role.TECHNICAL_ANALYST,
          List.of("system", "analysis", "conference", "prediction"),
          Role.SENTIMENT_ANALYST,
          List.of("system", "analysis", "conference", "prediction"),
          Role.VALUATION_ANALYST,
          List.of("system", "analysis", "conference", "prediction"),
          Role.RISK_MANAGER,
          List.of("system", "assessment"),
          Role.PORTFOLIO_MANAGER,
          List.of("system", "conference-opening", "conference-summary", "decision"));

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
      for (String name : entry.getValue()) {
        Path file = folder.resolve(name + ".md");
        try {
          if (!Files.exists(file)) {
            Files.createDirectories(folder);
            Files.writeString(file, defaultText(role, name));
          }
          loaded.put(key(role, name), new PromptTemplate(file.toString(), Files.readString(file)));
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
