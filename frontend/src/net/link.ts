import type { ServerMessage } from "../protocol";

/**
 * The WebSocket link to the gateway. It pings every 5 s, reconnects with exponential backoff
 * (1 s doubling to 30 s) after a close or 20 s of silence, and on reconnecting asks the gateway to
 * resume after the last seq the dashboard applied. Its status is "syncing" from the open until
 * the gateway says it has caught up (initial_state or resumed) or goes quiet for a moment, then
 * "live"; "offline" while disconnected.
 */
export type LinkStatus = "live" | "syncing" | "offline";

export const PING_MS = 5_000;
export const SILENCE_MS = 20_000;
export const QUIET_MS = 750;
export const MAX_BACKOFF_MS = 30_000;

/** The part of a WebSocket the link uses, so tests can stand in for the browser's. */
export interface SocketLike {
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  onerror: (() => void) | null;
  send(data: string): void;
  close(): void;
}

export interface LinkListener {
  message(message: ServerMessage): void;
  status(status: LinkStatus): void;
}

/** Returns the wait before reconnect attempt `attempt` (0 first): 1 s, 2 s, 4 s, ... up to 30 s. */
export function backoffDelay(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt);
}

/** Returns what the link sends on opening: a resume after `lastSeq`, or nothing on a first connect. */
export function greeting(lastSeq: number): object | null {
  return lastSeq > 0 ? { type: "resume", last_seq: lastSeq } : null;
}

/** Message types after which the dashboard holds everything the gateway had: syncing is over. */
const CAUGHT_UP = new Set(["initial_state", "resumed"]);

export class GatewayLink {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private stopped = false;
  private syncing = false;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private silenceTimer: ReturnType<typeof setTimeout> | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly url: string,
    private readonly listener: LinkListener,
    private readonly lastSeq: () => number,
    private readonly open: (url: string) => SocketLike = (url) => new WebSocket(url) as unknown as SocketLike,
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    clearTimeout(this.retryTimer);
    this.socket?.close();
    this.socket = null;
  }

  private connect(): void {
    const socket = this.open(this.url);
    this.socket = socket;
    socket.onopen = () => this.opened(socket);
    socket.onmessage = (event) => this.received(event.data);
    socket.onclose = () => this.closed(socket);
    socket.onerror = () => socket.close();
  }

  private opened(socket: SocketLike): void {
    this.syncing = true;
    this.listener.status("syncing");
    const hello = greeting(this.lastSeq());
    if (hello) {
      socket.send(JSON.stringify(hello));
    }
    this.pingTimer = setInterval(() => socket.send(JSON.stringify({ type: "ping" })), PING_MS);
    this.heard();
  }

  private received(data: unknown): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(String(data)) as ServerMessage;
    } catch {
      return; // a frame that is not JSON carries nothing the dashboard could show
    }
    this.attempt = 0;
    this.heard();
    this.listener.message(message);
    if (this.syncing && CAUGHT_UP.has(message.type)) {
      this.caughtUp();
    }
  }

  /** Restarts the silence watchdog and, while syncing, the quiet timer that ends the catch-up. */
  private heard(): void {
    clearTimeout(this.silenceTimer);
    const socket = this.socket;
    this.silenceTimer = setTimeout(() => {
      socket?.close(); // a half-open connection may never report its close: give it up now
      if (socket) this.closed(socket);
    }, SILENCE_MS);
    if (this.syncing) {
      clearTimeout(this.quietTimer);
      this.quietTimer = setTimeout(() => this.caughtUp(), QUIET_MS);
    }
  }

  private caughtUp(): void {
    clearTimeout(this.quietTimer);
    this.syncing = false;
    this.listener.status("live");
  }

  private closed(socket: SocketLike): void {
    if (socket !== this.socket) {
      return;
    }
    this.clearTimers();
    this.socket = null;
    this.syncing = false;
    this.listener.status("offline");
    if (!this.stopped) {
      this.retryTimer = setTimeout(() => this.connect(), backoffDelay(this.attempt++));
    }
  }

  private clearTimers(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.silenceTimer);
    clearTimeout(this.quietTimer);
  }
}
