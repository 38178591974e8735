import type { TeamMember } from "../protocol";

/** How each seat looks: a colour and a short label, so agents read the same in room, feed and tables. */
const COLOURS: Record<string, string> = {
  fundamentals_analyst: "#4f9dde",
  technical_analyst: "#e0a526",
  sentiment_analyst: "#c062d6",
  valuation_analyst: "#3fb68b",
  risk_manager: "#e0584f",
  portfolio_manager: "#8f9bff",
};

export function agentColour(agentId: string): string {
  return COLOURS[agentId] ?? "#8a94a6";
}

/** Returns the two letters on an agent's avatar: FA, TA, RM, PM... */
export function agentInitials(agentId: string): string {
  const words = agentId.split(/[_\s]+/).filter(Boolean);
  return words.length > 1 ? (words[0][0] + words[1][0]).toUpperCase() : agentId.slice(0, 2).toUpperCase();
}

export function agentName(team: TeamMember[], agentId: string): string {
  return team.find((member) => member.agentId === agentId)?.name ?? agentId.replace(/_/g, " ");
}
