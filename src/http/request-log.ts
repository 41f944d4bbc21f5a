/**
 * Every request gets an id and one access log line. The id comes from `X-Request-Id` when a
 * trusted proxy (TRUSTED_PROXIES) sent the request, else it is made fresh; it is echoed in
 * the `X-Request-Id` response header, shown on error pages and added to JSON errors. The line
 * (method, path without query, status, bytes, duration, cache hit/miss/none) and the request
 * metrics are written when the answer is done — for pages the server answers from the cache
 * before any routing too, at the cost of a header, a timer and one prepared line.
 * @example const requests = observeRequests({ log, trustedProxies }); requests.begin(req, res)
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from '../lib/logger.js';
import { isTrustedPeer, NO_TRUSTED_PROXIES, type TrustedProxies } from '../lib/trusted-proxies.js';
import { cacheKeyOf } from './page-cache.js';
import type { ServerMetrics } from './server-metrics.js';

export type CacheOutcome = 'hit' | 'miss' | 'none';

/** What the server knows of a request while it is answered; kept on the request. */
export interface RequestState {
  id: string;
  started: number;
  cache: CacheOutcome;
  /** The route pattern that answered (set by the app); the page cache's for hits. */
  route: string;
  /** Body bytes written by the app (pages from the cache: their content length). */
  bytes: number;
}

const STATE = Symbol('shortwave.request');
type Observed = IncomingMessage & { [STATE]?: RequestState };

/** The route label of requests the page cache answered. */
export const PAGE_CACHE_ROUTE = '(page cache)';
/** A request id we believe: short, printable, no quotes. */
const GOOD_ID = /^[A-Za-z0-9._:+=/-]{1,128}$/;

/** The id of a request: the trusted proxy's when it sent a good one, else a fresh one. */
export function requestIdFor(
  header: string | string[] | undefined,
  peer: string | undefined,
  trust: TrustedProxies,
) {
  if (typeof header === 'string' && GOOD_ID.test(header) && isTrustedPeer(peer, trust)) return header;
  return randomUUID();
}

/** The state the server keeps for a request it is answering; undefined for in-process requests. */
export function requestState(incoming: IncomingMessage | undefined): RequestState | undefined {
  return (incoming as Observed | undefined)?.[STATE];
}

export interface RequestObserver {
  /**
   * First thing for every request: answers its id, to be sent in `X-Request-Id`; its line is
   * written when the answer is done.
   */
  begin(req: IncomingMessage, res: ServerResponse): string;
  /** The page cache answered it with a body of `bytes`. */
  answeredFromCache(req: IncomingMessage, bytes: number): void;
  /** The app answers it: the id goes on its headers, its body bytes are counted. */
  toApp(req: IncomingMessage, res: ServerResponse): void;
  /** Called by the app's page cache for a lookup that found nothing. */
  missed(key: string): void;
}

function byteLength(chunk: unknown): number {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk);
  return chunk instanceof Uint8Array ? chunk.byteLength : 0;
}

/** Watches the requests of one server. */
export function observeRequests(options: {
  log: Logger;
  trustedProxies?: TrustedProxies | undefined;
  metrics?: ServerMetrics | undefined;
}): RequestObserver {
  const { log, metrics } = options;
  const trust = options.trustedProxies ?? NO_TRUSTED_PROXIES;
  // Keys the app looked up in vain, until their request is done (a count: the same page twice at once).
  const misses = new Map<string, number>();
  function done(this: ServerResponse) {
    const req = this.req as Observed;
    const state = req[STATE];
    if (!state) return;
    const method = req.method ?? 'GET';
    const status = this.statusCode;
    const seconds = (performance.now() - state.started) / 1000;
    if (state.cache === 'none' && misses.size > 0) {
      const key = cacheKeyOf(req.url ?? '/');
      const count = misses.get(key);
      if (count !== undefined) {
        state.cache = 'miss';
        if (count > 1) misses.set(key, count - 1);
        else misses.delete(key);
      }
    }
    metrics?.request(state.route, method, status, seconds);
    if (!log.enabled('info')) return;
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const bytes = method === 'HEAD' || status === 304 || status === 204 ? 0 : state.bytes;
    log.prepared(
      'info',
      'request',
      `"requestId":"${state.id}","method":"${method}","path":${JSON.stringify(query === -1 ? url : url.slice(0, query))},"status":${status},"bytes":${bytes},"durationMs":${Math.round(seconds * 1e5) / 100},"cache":"${state.cache}"${this.writableFinished ? '' : ',"aborted":true'}`,
    );
  }
  return {
    begin(req, res) {
      const header = req.headers['x-request-id'];
      const id = header === undefined ? randomUUID() : requestIdFor(header, req.socket.remoteAddress, trust);
      (req as Observed)[STATE] = {
        id,
        started: performance.now(),
        cache: 'none',
        route: '(no route)',
        bytes: 0,
      };
      res.on('close', done);
      return id;
    },
    answeredFromCache(req, bytes) {
      const state = (req as Observed)[STATE];
      if (!state) return;
      state.cache = 'hit';
      state.route = PAGE_CACHE_ROUTE;
      metrics?.cacheHit();
      state.bytes = bytes;
    },
    toApp(req, res) {
      const state = (req as Observed)[STATE];
      if (!state) return;
      res.setHeader('x-request-id', state.id);
      const write = res.write;
      const end = res.end;
      res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        state.bytes += byteLength(chunk);
        return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as ServerResponse['write'];
      res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        if (typeof chunk !== 'function') state.bytes += byteLength(chunk);
        return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      } as ServerResponse['end'];
    },
    missed(key) {
      metrics?.cacheMiss();
      if (misses.size > 10_000) misses.clear();
      misses.set(key, (misses.get(key) ?? 0) + 1);
    },
  };
}
