/**
 * Which reverse proxies may name the client in `X-Forwarded-For`: none (the socket's address
 * is the client), a number of hops in front of the server, or the proxies' own addresses and
 * networks. Parsed once from a setting; `forwardedClient` then picks the client of a request.
 * @example forwardedClient('10.0.0.2', '198.51.100.7, 10.0.0.9', parseTrustedProxies('10.0.0.0/8')) // '198.51.100.7'
 */
import { BlockList, isIP } from 'node:net';

export type TrustedProxies =
  | { kind: 'none' }
  | { kind: 'hops'; count: number }
  | { kind: 'addresses'; list: BlockList; text: string };

export const NO_TRUSTED_PROXIES: TrustedProxies = { kind: 'none' };

/** Entries longer than this are not addresses; they are cut so that limit keys stay small. */
const MAX_ENTRY = 100;

/**
 * Reads the setting: empty for none, a hop count (`1`), or addresses and CIDR networks
 * separated by commas (`127.0.0.1,10.0.0.0/8,::1`). Throws an Error naming the bad part.
 */
export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  const value = text?.trim() ?? '';
  if (value === '') return NO_TRUSTED_PROXIES;
  if (/^\d+$/.test(value)) {
    const count = Number(value);
    if (count < 1 || count > 10) throw new Error('a hop count is between 1 and 10');
    return { kind: 'hops', count };
  }
  const list = new BlockList();
  for (const raw of value.split(',')) {
    const part = raw.trim();
    const [address = '', prefixText, extra] = part.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined)
      throw new Error(`"${part}" is neither a hop count nor an address or network (like 10.0.0.0/8)`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
    if (prefix < 0 || prefix > (family === 4 ? 32 : 128))
      throw new Error(`"${part}" has a network prefix out of range`);
    list.addSubnet(address, prefix, type);
  }
  return { kind: 'addresses', list, text: value };
}

/** An address without IPv6 brackets, port, or the IPv4-mapped prefix; other text as sent, cut short. */
export function normalizeAddress(raw: string): string {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(value)) value = value.slice(7);
  return value.slice(0, MAX_ENTRY);
}

function isTrusted(address: string, trust: Extract<TrustedProxies, { kind: 'addresses' }>): boolean {
  const family = isIP(address);
  return family !== 0 && trust.list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client of a request that reached us from `socketAddress` with this `X-Forwarded-For`.
 * Each proxy appends the address it was reached from, so the list is read from the right:
 * with a hop count, that many proxies are skipped; with addresses, the first address from
 * the right that is not a trusted proxy is the client. Without trust the header is ignored.
 */
export function forwardedClient(
  socketAddress: string,
  forwardedFor: string | undefined,
  trust: TrustedProxies,
): string {
  const socket = normalizeAddress(socketAddress);
  if (trust.kind === 'none' || !forwardedFor) return socket;
  const chain = [
    ...forwardedFor
      .split(',')
      .map(normalizeAddress)
      .filter((entry) => entry !== ''),
    socket,
  ];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.count)] ?? socket;
  for (let i = chain.length - 1; i > 0; i -= 1) {
    const hop = chain[i] ?? '';
    if (!isTrusted(hop, trust)) return hop;
  }
  return chain[0] ?? socket;
}

/**
 * True when the connection comes straight from a trusted proxy, so that what the proxy adds
 * (a request id) may be believed: any peer with a hop count, a listed one with addresses.
 */
export function isTrustedPeer(socketAddress: string | undefined, trust: TrustedProxies): boolean {
  if (trust.kind === 'none' || socketAddress === undefined) return false;
  if (trust.kind === 'hops') return true;
  return isTrusted(normalizeAddress(socketAddress), trust);
}
