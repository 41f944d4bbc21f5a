/**
 * A guarded HTTPS GET for asking third parties on the reader's behalf: only to the hosts a
 * caller allows, only to public addresses (resolved once and pinned, so a second DNS answer
 * cannot move the connection to an internal address), redirects followed by hand and each
 * re-checked, one deadline for the whole exchange and a limit on the size of the answer.
 * Lookup and transport are parameters, so tests can play the third party on a local server.
 * @example const json = await guardedGet('https://vimeo.com/api/oembed.json?url=...', { hosts: ['vimeo.com'] })
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { Readable } from 'node:stream';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has. */
export type LookupFn = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Fetches one URL from one already checked address, without following redirects. */
export type PinnedFetch = (
  url: URL,
  init: { address: ResolvedAddress; signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

export interface GuardedGetOptions {
  /** The only hosts the request and its redirects may reach. */
  hosts: readonly string[];
  lookup?: LookupFn | undefined;
  fetch?: PinnedFetch | undefined;
  /** The deadline of the whole exchange, DNS and redirects included. */
  timeoutMs?: number | undefined;
  /** The largest answer read; a longer one is cut off and fails. */
  maxBytes?: number | undefined;
  maxRedirects?: number | undefined;
  accept?: string | undefined;
}

export type GetFailure =
  | 'not-allowed'
  | 'private-address'
  | 'dns'
  | 'too-many-redirects'
  | 'status'
  | 'too-large'
  | 'timeout'
  | 'network';

/** Why a guarded request gave no answer. */
export class GuardedGetError extends Error {
  constructor(
    readonly reason: GetFailure,
    message: string,
  ) {
    super(`${reason}: ${message}`);
  }
}

const BLOCKED_V4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  BLOCKED_V4.addSubnet(network, prefix, 'ipv4');

// IPv6: only global unicast (2000::/3) passes, which leaves out ::, ::1, fc00::/7, fe80::/10,
// multicast and IPv4-mapped addresses; inside it, documentation, Teredo and 6to4 (which can
// wrap any IPv4 address) are refused too.
const GLOBAL_V6 = new BlockList();
GLOBAL_V6.addSubnet('2000::', 3, 'ipv6');
const BLOCKED_V6 = new BlockList();
BLOCKED_V6.addSubnet('2001:db8::', 32, 'ipv6');
BLOCKED_V6.addSubnet('2001::', 32, 'ipv6');
BLOCKED_V6.addSubnet('2002::', 16, 'ipv6');

/** True for an address on the public internet; false for private, loopback, link-local and reserved ones. */
export function isPublicAddress(address: string): boolean {
  try {
    const family = isIP(address);
    if (family === 4) return !BLOCKED_V4.check(address, 'ipv4');
    if (family === 6) return GLOBAL_V6.check(address, 'ipv6') && !BLOCKED_V6.check(address, 'ipv6');
  } catch {}
  return false;
}

const systemLookup: LookupFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** HTTPS to the pinned address, with the host name kept for SNI and certificate checks. */
export const pinnedHttpsFetch: PinnedFetch = (url, init) =>
  new Promise((resolve, reject) => {
    const { address, family } = init.address;
    const req = request(
      url,
      {
        method: 'GET',
        headers: init.headers,
        signal: init.signal,
        lookup: (_hostname, options, callback) => {
          if (options.all) callback(null, [{ address, family }]);
          else callback(null, address, family);
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 599) {
          res.destroy();
          reject(new GuardedGetError('status', `status ${status}`));
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
            headers.append(name, one);
        }
        const body = status === 204 || status === 205 || status === 304 ? null : Readable.toWeb(res);
        resolve(new Response(body as ReadableStream<Uint8Array> | null, { status, headers }));
      },
    );
    req.once('error', reject);
    req.end();
  });

/** The URL when it is https, on an allowed host, without userinfo or an unusual port. */
function allowedUrl(address: string, base: URL | undefined, hosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new GuardedGetError('not-allowed', 'not a URL');
  }
  if (url.protocol !== 'https:') throw new GuardedGetError('not-allowed', `${url.protocol} is not https`);
  if (url.username || url.password) throw new GuardedGetError('not-allowed', 'userinfo in the URL');
  if (url.port !== '') throw new GuardedGetError('not-allowed', `port ${url.port}`);
  if (!hosts.includes(url.hostname)) throw new GuardedGetError('not-allowed', `host ${url.hostname}`);
  url.hash = '';
  return url;
}

/** Rejects as soon as the signal aborts, whatever the awaited work does. */
function race<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new GuardedGetError('timeout', 'deadline passed'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new GuardedGetError('timeout', 'deadline passed'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** One public address of the host; refuses when any of its addresses is not public. */
async function publicAddressOf(hostname: string, lookup: LookupFn, signal: AbortSignal) {
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = isIP(hostname)
      ? [{ address: hostname, family: isIP(hostname) }]
      : await race(lookup(hostname), signal);
  } catch (error) {
    if (error instanceof GuardedGetError) throw error;
    throw new GuardedGetError('dns', `${hostname} does not resolve`);
  }
  const first = addresses[0];
  if (!first) throw new GuardedGetError('dns', `${hostname} has no address`);
  const refused = addresses.find((a) => !isPublicAddress(a.address));
  if (refused) throw new GuardedGetError('private-address', `${hostname} resolves to ${refused.address}`);
  return first;
}

async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const tooLarge = async () => {
    await reader.cancel().catch(() => {});
    return new GuardedGetError('too-large', `more than ${maxBytes} bytes`);
  };
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw await tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await race(reader.read(), signal);
    if (done) return Buffer.concat(chunks).toString('utf8');
    size += value.byteLength;
    if (size > maxBytes) throw await tooLarge();
    chunks.push(value);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GETs an allowed https URL and answers its body as text, or throws a GuardedGetError. */
export async function guardedGet(address: string, options: GuardedGetOptions): Promise<string> {
  const lookup = options.lookup ?? systemLookup;
  const fetchPinned = options.fetch ?? pinnedHttpsFetch;
  const maxRedirects = options.maxRedirects ?? 2;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 3000);
  const { signal } = controller;
  const headers = {
    accept: options.accept ?? 'application/json',
    'user-agent': 'Shortwave (embed metadata)',
  };
  try {
    let url = allowedUrl(address, undefined, options.hosts);
    for (let hop = 0; ; hop++) {
      const pinned = await publicAddressOf(url.hostname, lookup, signal);
      const response = await race(fetchPinned(url, { address: pinned, signal, headers }), signal);
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        if (hop >= maxRedirects) throw new GuardedGetError('too-many-redirects', `after ${hop} redirects`);
        const location = response.headers.get('location');
        if (!location) throw new GuardedGetError('status', `${response.status} without a location`);
        url = allowedUrl(location, url, options.hosts);
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => {});
        throw new GuardedGetError('status', `status ${response.status}`);
      }
      return await readLimited(response, options.maxBytes ?? 256 * 1024, signal);
    }
  } catch (error) {
    if (signal.aborted) throw new GuardedGetError('timeout', 'deadline passed');
    if (error instanceof GuardedGetError) throw error;
    throw new GuardedGetError('network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
