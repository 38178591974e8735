import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ServerMessage } from "../protocol";
import { backoffDelay, GatewayLink, resumeUrl, PING_MS, QUIET_MS, SILENCE_MS, type LinkStatus, type SocketLike } from "./link";

class FakeSocket implements SocketLike {
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  sent: unknown[] = [];
  closed = false;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  deliver(message: ServerMessage) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function harness() {
  const sockets: FakeSocket[] = [];
  const urls: string[] = [];
  const statuses: LinkStatus[] = [];
  const messages: ServerMessage[] = [];
  let lastSeq = 0;
  const link = new GatewayLink(
    "ws://gateway/",
    {
      message: (m) => {
        messages.push(m);
        lastSeq = Math.max(lastSeq, m.seq ?? 0);
      },
      status: (s) => statuses.push(s),
    },
    () => lastSeq,
    (url) => {
      urls.push(url);
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
  );
  return { link, sockets, urls, statuses, messages };
}

describe("backoff and resume URL", () => {
  it("waits 1, 2, 4, 8, 16 s, then 30 s at most", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it("resumes after the last seq with a query parameter, and connects plainly the first time", () => {
    expect(resumeUrl("ws://gateway:8765/", 0)).toBe("ws://gateway:8765/");
    expect(resumeUrl("ws://gateway:8765/", 57)).toBe("ws://gateway:8765/?last_seq=57");
    expect(resumeUrl("ws://gateway:8765/live?x=1", 57)).toBe("ws://gateway:8765/live?x=1&last_seq=57");
  });
});

describe("GatewayLink", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is syncing from the open until initial_state arrives, then live", () => {
    const { link, sockets, statuses } = harness();
    link.start();
    sockets[0].onopen!();
    expect(statuses).toEqual(["syncing"]);
    sockets[0].deliver({ type: "initial_state", seq: 3, state: {} });
    expect(statuses).toEqual(["syncing", "live"]);
  });

  it("ends syncing after a quiet moment when the gateway sends no marker", () => {
    const { link, sockets, statuses } = harness();
    link.start();
    sockets[0].onopen!();
    sockets[0].deliver({ type: "agent_message", seq: 1 });
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(statuses).toEqual(["syncing"]);
    vi.advanceTimersByTime(1);
    expect(statuses).toEqual(["syncing", "live"]);
  });

  it("pings every 5 s while open", () => {
    const { link, sockets } = harness();
    link.start();
    sockets[0].onopen!();
    vi.advanceTimersByTime(PING_MS * 3);
    expect(sockets[0].sent).toEqual([{ type: "ping" }, { type: "ping" }, { type: "ping" }]);
  });

  it("reconnects with backoff after a close and resumes after the last seq it saw", () => {
    const { link, sockets, urls, statuses } = harness();
    link.start();
    sockets[0].onopen!();
    sockets[0].deliver({ type: "initial_state", seq: 12, state: {} });
    sockets[0].onclose!();
    expect(statuses.at(-1)).toBe("offline");
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    expect(urls).toEqual(["ws://gateway/", "ws://gateway/?last_seq=12"]);
    sockets[1].onopen!();
    expect(statuses.at(-1)).toBe("syncing");
    sockets[1].onclose!(); // closed before any message: the next wait doubles
    vi.advanceTimersByTime(1999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
  });

  it("gives up a connection that has been silent for 20 s and reconnects", () => {
    const { link, sockets, statuses } = harness();
    link.start();
    sockets[0].onopen!();
    sockets[0].deliver({ type: "initial_state", seq: 1, state: {} });
    vi.advanceTimersByTime(SILENCE_MS);
    expect(sockets[0].closed).toBe(true);
    expect(statuses.at(-1)).toBe("offline");
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
  });

  it("stays closed after stop", () => {
    const { link, sockets } = harness();
    link.start();
    sockets[0].onopen!();
    link.stop();
    sockets[0].onclose?.();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});
