import { describe, expect, it } from "vitest";
import { gatewayUrl } from "./gatewayUrl";

describe("gatewayUrl", () => {
  it("defaults to the page's own host", () => {
    expect(gatewayUrl({ protocol: "http:", host: "localhost:8765", search: "" })).toBe("ws://localhost:8765/");
    expect(gatewayUrl({ protocol: "https:", host: "desk.example", search: "" })).toBe("wss://desk.example/");
  });

  it("takes the ws query parameter over the page's host", () => {
    expect(gatewayUrl({ protocol: "http:", host: "localhost:5173", search: "?ws=ws://127.0.0.1:9000/" })).toBe("ws://127.0.0.1:9000/");
  });
});
