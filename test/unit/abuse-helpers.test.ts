import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { safeRedirectPath } from '../../src/http/safe-redirect.js';
import { createGate, GateBusy } from '../../src/lib/gate.js';
import { forwardedClient, parseTrustedProxies } from '../../src/lib/trusted-proxies.js';

describe('trusted proxies', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted', () => {
    const none = parseTrustedProxies(undefined);
    expect(forwardedClient('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(forwardedClient('::ffff:203.0.113.9', undefined, parseTrustedProxies(''))).toBe('203.0.113.9');
  });

  it('with a hop count, takes the address that many proxies in from the right', () => {
    const one = parseTrustedProxies('1');
    expect(forwardedClient('10.0.0.1', '198.51.100.1', one)).toBe('198.51.100.1');
    // What the client wrote itself stays left of what the proxy appended.
    expect(forwardedClient('10.0.0.1', 'forged, 198.51.100.1', one)).toBe('198.51.100.1');
    expect(forwardedClient('10.0.0.1', 'a, 198.51.100.1, 10.0.0.2', parseTrustedProxies('2'))).toBe(
      '198.51.100.1',
    );
    // Fewer entries than hops: the leftmost there is.
    expect(forwardedClient('10.0.0.1', undefined, parseTrustedProxies('2'))).toBe('10.0.0.1');
  });

  it('with addresses and networks, takes the first untrusted address from the right', () => {
    const list = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8');
    expect(forwardedClient('127.0.0.1', '198.51.100.1, 10.2.3.4', list)).toBe('198.51.100.1');
    expect(forwardedClient('fd00::5', '[2001:db8::7]:4711', list)).toBe('2001:db8::7');
    expect(forwardedClient('203.0.113.5', '198.51.100.1', list)).toBe('203.0.113.5');
    expect(forwardedClient('10.0.0.1', '10.0.0.2, 10.0.0.3', list)).toBe('10.0.0.2');
  });

  it('refuses a bad setting with a clear reason', () => {
    for (const bad of ['banana', '0', '11', '10.0.0.0/33', '1.2.3.4/8/2', '10.0.0.0/x'])
      expect(() => parseTrustedProxies(bad), bad).toThrow();
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.example' })).toThrow(
      /^bad setting TRUSTED_PROXIES: "proxy.example" is neither a hop count nor an address/,
    );
    expect(loadConfig({ TRUSTED_PROXIES: '2' }).trustedProxies).toEqual({ kind: 'hops', count: 2 });
    expect(loadConfig({}).trustedProxies).toEqual({ kind: 'none' });
  });
});

describe('safe redirect paths', () => {
  const within = { within: '/newsroom', fallback: '/newsroom' };

  it('keeps paths of the section', () => {
    for (const good of ['/newsroom', '/newsroom/media?q=lake', '/newsroom/articles/abc#x', '/newsroom?x=1'])
      expect(safeRedirectPath(good, within)).toBe(good);
  });

  it('gives the safe page for other hosts, backslashes, control characters and other sections', () => {
    const bad = [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/newsroom',
      '/newsroom/\n',
      '/newsroom/\r\nLocation: x',
      '/newsroom/\t',
      '/newsroom/\u0000',
      '/newsroom/%00',
      '/newsroom/%0D%0A',
      '/newsroom/%5cevil',
      '/newsroom//evil.example',
      '/newsroom/\u2028',
      '/newsroomx',
      '/en/',
      '',
      undefined,
      42,
      `/newsroom/${'a'.repeat(2001)}`,
    ];
    for (const value of bad) expect(safeRedirectPath(value, within), JSON.stringify(value)).toBe('/newsroom');
  });
});

describe('gate', () => {
  it('runs at most its slots at once, queues a few, turns the rest away', async () => {
    const gate = createGate({ slots: 1, maxWaiting: 1, maxWaitMs: 5_000 });
    let release: () => void = () => {};
    const first = gate.run(() => new Promise<string>((done) => (release = () => done('first'))));
    const second = gate.run(async () => 'second');
    await expect(gate.run(async () => 'third')).rejects.toBeInstanceOf(GateBusy);
    expect([gate.running, gate.waiting]).toEqual([1, 1]);
    release();
    expect(await Promise.all([first, second])).toEqual(['first', 'second']);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('turns a waiter away once it has waited long enough, with a Retry-After', async () => {
    const gate = createGate({ slots: 1, maxWaiting: 4, maxWaitMs: 20 });
    let release: () => void = () => {};
    const first = gate.run(() => new Promise<void>((done) => (release = done)));
    const late = await gate.run(async () => 'never').catch((error: unknown) => error);
    expect(late).toBeInstanceOf(GateBusy);
    expect((late as GateBusy).retryAfterSeconds).toBe(1);
    release();
    await first;
    expect(await gate.run(async () => 'after')).toBe('after');
  });
});
