/**
 * The one answer to "who sent this request": the socket's address, or, behind reverse proxies
 * named by the TRUSTED_PROXIES setting, the client they forwarded in `X-Forwarded-For`. Every
 * rate limit and every log line that carries an address uses it; nothing else reads the header.
 * @example app.use('*', recordClientAddress(deps.trustedProxies)); clientAddress(c) // '198.51.100.7'
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { forwardedClient, NO_TRUSTED_PROXIES, type TrustedProxies } from '../lib/trusted-proxies.js';
import type { AppEnv } from './deps.js';

/** The connection's address; `local` for a request made in-process (tests, no socket). */
function socketAddress(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** Works out the client address once per request, for `clientAddress` to answer. */
export function recordClientAddress(trust: TrustedProxies = NO_TRUSTED_PROXIES): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('clientAddress', forwardedClient(socketAddress(c), c.req.header('x-forwarded-for'), trust));
    await next();
  };
}

/** The address the request came from, as far as the trusted proxies say. */
export function clientAddress(c: Context<AppEnv>): string {
  return c.get('clientAddress') ?? socketAddress(c);
}
