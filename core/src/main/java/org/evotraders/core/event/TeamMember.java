package org.evotraders.core.event;

/** One agent of the team as the dashboard shows it: id, display name, role and model. */
public record TeamMember(
    String agentId, String name, String role, String modelProvider, String modelName) {}
