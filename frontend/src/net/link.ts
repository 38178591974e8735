import type { ServerMessage } from "../protocol";

/**
 * The WebSocket link to the gateway (docs/protocol.md). It pings every 5 s, reconnects with
 * exponential backoff (1 s doubling to 30 s) after a close or 20 s of silence, and reconnects with
 * `?last_seq=N`, N the last seq the dashboard applied, so the gateway resumes after it instead of
 * sending a new initial_state. Its status is "syncing" from the open until initial_state arrives
 * or the catch-up goes quiet for a moment, then "live"; "offline" while disconnected.
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

/** Returns the URL to connect to: resuming after `lastSeq`, or plain on a first connect. */
export function resumeUrl(url: string, lastSeq: number): string {
  if (lastSeq <= 0) {
    return url;
  }
  const resumed = new URL(url);
  resumed.searchParams.set("last_seq", String(lastSeq));
  return resumed.toString();
}

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
    const socket = this.open(resumeUrl(this.url, this.lastSeq()));
    this.socket = socket;
    socket.onopen = () => this.opened(socket);
    socket.onmessage = (event) => this.received(event.data);
    socket.onclose = () => this.closed(socket);
    socket.onerror = () => socket.close();
  }

  private opened(socket: SocketLike): void {
    this.syncing = true;
    this.listener.status("syncing");
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
    if (this.syncing && message.type === "initial_state") {
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
