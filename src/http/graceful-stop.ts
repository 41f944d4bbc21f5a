/**
 * Stopping an HTTP server without cutting a request short, even while clients keep sending:
 * the listening socket closes (no new connections), idle keep-alive connections close, every
 * answer not yet begun carries `Connection: close` so that its connection ends after it, and
 * requests in flight (a slow upload too) finish. Connections still open at the deadline are cut.
 * @example const stopper = gracefulStop(server); // in the request handler: stopper.admit(res)
 * const { cut } = await stopper.stop(10_000);
 */
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface GracefulStop {
  /** True once `stop()` was called: the server is draining (`/readyz` says 503). */
  readonly stopping: boolean;
  /** Called for every request as it arrives: once stopping, its connection closes after the answer. */
  admit(res: ServerResponse): void;
  /**
   * Stops accepting and waits for the open connections to end; after `deadlineMs` those left
   * are cut. Answers how many were cut (0 on a clean stop).
   */
  stop(deadlineMs: number): Promise<{ cut: number }>;
}

/** How often, while stopping, connections that have gone idle since are closed. */
const IDLE_SWEEP_MS = 50;

/** Tracks the server's connections so that `stop()` can drain them. */
export function gracefulStop(server: Server): GracefulStop {
  let stopping = false;
  let stopped: Promise<{ cut: number }> | null = null;
  const sockets = new Set<Socket>();
  const answering = new Set<ServerResponse>();
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    get stopping() {
      return stopping;
    },
    admit(res) {
      if (stopping) return closeAfter(res);
      answering.add(res);
      res.once('close', () => answering.delete(res));
    },
    stop(deadlineMs) {
      stopping = true;
      // Answers being made now: the client learns from them that the connection ends.
      for (const res of answering) closeAfter(res);
      answering.clear();
      stopped ??= new Promise((resolve) => {
        let cut = 0;
        // An answer whose headers went out before the stop leaves its connection idle after it.
        const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
        const deadline = setTimeout(() => {
          cut = sockets.size;
          server.closeAllConnections();
        }, deadlineMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(deadline);
          resolve({ cut });
        });
        server.closeIdleConnections();
      });
      return stopped;
    },
  };
}
