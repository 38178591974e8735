package org.evotraders.agents.memory;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.evotraders.agents.Role;

/**
 * The long-term memories and reflections of the six agents of one run, kept under {@code
 * <run>/agents/<agent_id>/} (memory.jsonl, reflection.jsonl). The agents share one embedder with
 * one cache, so a situation text they all see is embedded once.
 */
public final class TeamMemory {

  private final Map<Role, AgentMemory> memories;
  private final Map<Role, Reflection> reflections;

  private TeamMemory(Map<Role, AgentMemory> memories, Map<Role, Reflection> reflections) {
    this.memories = memories;
    this.reflections = reflections;
  }

  /**
   * Opens the memories in the run folder {@code runRoot}, creating the agents' folders, and reading
   * what a resumed run already holds. Pass {@code new MiniLmEmbedder()} outside tests.
   */
  public static TeamMemory open(Path runRoot, SituationEmbedder embedder) {
    SituationEmbedder shared = new CachedEmbedder(embedder);
    Map<Role, AgentMemory> memories = new EnumMap<>(Role.class);
    Map<Role, Reflection> reflections = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      Path folder = runRoot.resolve("agents").resolve(role.id());
      memories.put(role, AgentMemory.open(role.id(), folder, shared));
      reflections.put(role, Reflection.open(role.id(), folder));
    }
    return new TeamMemory(memories, reflections);
  }

  public AgentMemory memory(Role role) {
    return memories.get(role);
  }

  public Reflection reflection(Role role) {
    return reflections.get(role);
  }
}
