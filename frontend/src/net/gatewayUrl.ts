/**
 * Returns the gateway's WebSocket URL: the `ws` query parameter when given (e.g. ?ws=ws://host:8765/),
 * else the page's own host, with wss: when the page came over https.
 */
export function gatewayUrl(location: Pick<Location, "protocol" | "host" | "search">): string {
  const override = new URLSearchParams(location.search).get("ws");
  if (override) {
    return override;
  }
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/`;
}
