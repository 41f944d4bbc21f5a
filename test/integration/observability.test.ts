/**
 * Logs and metrics as an operator meets them: the access log line of every request (cached
 * pages too), the request id from header to error page, JSON error and log line, secrets kept
 * out of the log, /metrics behind its token or address list, /livez and /readyz.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { countingMailer, createServerMetrics } from '../../src/http/server-metrics.js';
import { createMailer } from '../../src/integrations/mail.js';
import { createLogger } from '../../src/lib/logger.js';
import { parseTrustedProxies } from '../../src/lib/trusted-proxies.js';
import { type RunningServer, startServer } from '../../src/main.js';
import { fromAddress, type TestApp, testApp } from '../support/app.js';
import { makeArticle } from '../support/builders.js';
import { processTargets } from '../support/processes.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The samples of a Prometheus text exposition; throws on a line that is not one. */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})?) (\S+)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) throw new Error(`not a Prometheus sample: ${line}`);
    samples.set(match[1], Number(match[2]));
  }
  return samples;
}

interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

describe.each(processTargets('obs'))('a running server on $name', (target) => {
  let server: RunningServer;
  let stopped = false;
  let drop: () => Promise<void>;
  const lines: string[] = [];
  const logged = (): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);
  const accessLineOf = (id: string) =>
    logged().find((line) => line.msg === 'request' && line.requestId === id);
  const scrape = async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheus(await res.text());
  };

  beforeAll(async () => {
    const made = await target.env();
    drop = made.drop;
    const config = loadConfig({
      ...made.env,
      HOST: '127.0.0.1',
      PORT: '0',
      METRICS_TOKEN: TOKEN,
      TRUSTED_PROXIES: '127.0.0.1',
    });
    server = await startServer(config, {
      demo: false,
      log: createLogger('info', (line) => void lines.push(line)),
    });
  });
  afterAll(async () => {
    if (!stopped) await server?.close();
    await drop?.();
  });

  it('writes one JSON access line per request, cached pages included, without the query', async () => {
    // The plain copy: the line counts the bytes sent, which are then the body's.
    const plain = { 'accept-encoding': 'identity' };
    const first = await fetch(`${server.url}/en/?utm_source=mail`, { headers: plain });
    const body = await first.text();
    const second = await fetch(`${server.url}/en/?utm_source=mail`, { headers: plain });
    await second.arrayBuffer();
    const brotli = await fetch(`${server.url}/en/?utm_source=mail`, { headers: { 'accept-encoding': 'br' } });
    await brotli.arrayBuffer();
    const head = await fetch(`${server.url}/en/?utm_source=mail`, { method: 'HEAD' });
    await expect.poll(() => accessLineOf(head.headers.get('x-request-id') ?? '')).toBeDefined();
    const miss = accessLineOf(first.headers.get('x-request-id') ?? '');
    expect(miss).toMatchObject({
      level: 'info',
      method: 'GET',
      path: '/en/',
      status: 200,
      bytes: Buffer.byteLength(body),
      cache: 'miss',
    });
    expect(typeof miss?.time).toBe('string');
    expect(miss?.durationMs).toBeGreaterThanOrEqual(0);
    expect(accessLineOf(second.headers.get('x-request-id') ?? '')).toMatchObject({
      path: '/en/',
      status: 200,
      bytes: Buffer.byteLength(body),
      cache: 'hit',
    });
    // A compressed copy: the bytes on the wire, far fewer than the page's.
    const sentBrotli = accessLineOf(brotli.headers.get('x-request-id') ?? '');
    expect(sentBrotli).toMatchObject({ cache: 'hit', bytes: Number(brotli.headers.get('content-length')) });
    expect(Number(sentBrotli?.bytes)).toBeLessThan(Buffer.byteLength(body) / 2);
    expect(accessLineOf(head.headers.get('x-request-id') ?? '')).toMatchObject({
      method: 'HEAD',
      bytes: 0,
      cache: 'hit',
    });
    const health = await fetch(`${server.url}/healthz`);
    await health.arrayBuffer();
    await expect
      .poll(() => accessLineOf(health.headers.get('x-request-id') ?? ''))
      .toMatchObject({ path: '/healthz', status: 200, cache: 'none' });
    expect(lines.join('')).not.toContain('utm_source');
  });

  it('takes X-Request-Id from a trusted proxy and shows the id in the 404 page, JSON errors and the log', async () => {
    const missing = await fetch(`${server.url}/en/no-such-page`, {
      headers: { 'x-request-id': 'edge-4711.a' },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toBe('edge-4711.a');
    expect(await missing.text()).toContain('edge-4711.a');
    const api = await fetch(`${server.url}/api/v1/articles`);
    expect(api.status).toBe(401);
    const id = api.headers.get('x-request-id') ?? '';
    expect(id).toMatch(UUID);
    expect(((await api.json()) as { error: { requestId: string } }).error.requestId).toBe(id);
    // A header that is no plausible id is not taken, even from the proxy.
    const odd = await fetch(`${server.url}/livez`, { headers: { 'x-request-id': 'a"b' } });
    expect(odd.headers.get('x-request-id')).toMatch(UUID);
    await expect.poll(() => accessLineOf(id)).toMatchObject({ status: 401, path: '/api/v1/articles' });
    expect(accessLineOf('edge-4711.a')).toMatchObject({ status: 404, path: '/en/no-such-page' });
  });

  it('refuses /metrics without the token and counts requests and cache hits with it', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await (await fetch(`${server.url}/de/`)).arrayBuffer();
    const before = await scrape();
    const livez = 'shortwave_http_requests_total{route="/livez",method="GET",status_class="2xx"}';
    const hits = 'shortwave_page_cache_requests_total{outcome="hit"}';
    for (let i = 0; i < 3; i += 1) await (await fetch(`${server.url}/livez`)).arrayBuffer();
    await (await fetch(`${server.url}/de/`)).arrayBuffer();
    const after = await scrape();
    expect((after.get(livez) ?? 0) - (before.get(livez) ?? 0)).toBe(3);
    expect((after.get(hits) ?? 0) - (before.get(hits) ?? 0)).toBe(1);
    expect(after.get('shortwave_page_cache_requests_total{outcome="miss"}')).toBeGreaterThan(0);
    expect(
      after.get('shortwave_http_request_duration_seconds_count{route="/livez",status_class="2xx"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(after.get('shortwave_queue_length{queue="moderation"}')).toBe(0);
    expect(after.get('shortwave_queue_length{queue="error_reports"}')).toBe(0);
    expect(after.get('shortwave_scheduled_publish_lag_seconds')).toBe(0);
    expect(after.get('shortwave_process_memory_bytes{kind="rss"}')).toBeGreaterThan(0);
    expect(after.has('shortwave_event_loop_delay_seconds{quantile="0.99"}')).toBe(true);
    if (target.name === 'postgres')
      expect(after.get('shortwave_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    else expect(after.get('shortwave_db_sqlite_file_bytes')).toBeGreaterThan(0);
  });

  it('answers /livez and /readyz, and /readyz 503 once the server is stopping', async () => {
    const live = await fetch(`${server.url}/livez`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${server.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok' }]);
    // A request that began before the stop (its headers half sent) is answered during it.
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('close', () => resolve(text));
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    await new Promise<void>((resolve) =>
      socket.write('GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n', () => resolve()),
    );
    // Give the server the half request before the stop begins.
    await new Promise((resolve) => setTimeout(resolve, 100));
    stopped = true;
    const closing = server.close();
    socket.write('\r\n');
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 503 /);
    expect(text).toContain('"reason":"stopping"');
    expect(text.toLowerCase()).toContain('connection: close');
    await closing;
  });
});

describe('in-process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('sqlite', { trustedProxies: parseTrustedProxies('10.0.0.1') });
  });
  afterAll(async () => t?.cleanup());

  it('believes X-Request-Id only from a trusted proxy', async () => {
    const trusted = await t.app.request(
      '/livez',
      { headers: { 'x-request-id': 'lb-1' } },
      fromAddress('10.0.0.1'),
    );
    expect(trusted.headers.get('x-request-id')).toBe('lb-1');
    const spoofed = await t.app.request(
      '/livez',
      { headers: { 'x-request-id': 'lb-1' } },
      fromAddress('203.0.113.9'),
    );
    expect(spoofed.headers.get('x-request-id')).toMatch(UUID);
    const none = await t.app.request('/livez');
    expect(none.headers.get('x-request-id')).toMatch(UUID);
    expect(none.headers.get('x-request-id')).not.toBe(spoofed.headers.get('x-request-id'));
  });

  it('has no /metrics unless a token or an address list is set', async () => {
    const res = await t.app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
  });

  it('shows /metrics only to the listed addresses', async () => {
    const metrics = createServerMetrics({ store: t.store, clock: () => new Date() });
    const listed = await testApp('sqlite', {
      metrics,
      metricsAccess: { addresses: parseTrustedProxies('10.0.0.0/8, ::1') },
    });
    try {
      const inside = await listed.app.request('/metrics', {}, fromAddress('10.20.30.40'));
      expect(inside.status).toBe(200);
      expect(parsePrometheus(await inside.text()).size).toBeGreaterThan(0);
      const outside = await listed.app.request('/metrics', {}, fromAddress('203.0.113.9'));
      expect(outside.status).toBe(403);
    } finally {
      metrics.stop();
      await listed.cleanup();
    }
  });

  it('reads queue lengths and the scheduled-publishing lag when scraped, and counts mail', async () => {
    let now = new Date('2026-11-20T09:00:00Z');
    const metrics = createServerMetrics({ store: t.store, clock: () => now });
    try {
      const article = await makeArticle(t, { headline: 'A vote in May' });
      const report = await t.api(null, 'POST', `/api/v1/articles/${article.id}/error-reports`, {
        text: 'The vote was in May, not June.',
      });
      expect(report.status).toBe(201);
      await makeArticle(t, { headline: 'Embargoed', status: 'scheduled', publishAt: '2026-11-20T12:00:00Z' });
      const mailer = countingMailer(
        {
          send: async (message) => {
            if (message.to.endsWith('.invalid')) throw new Error('refused');
          },
        },
        metrics,
      );
      await mailer.send({ to: 'a@example.org', subject: 's', text: 't' });
      await expect(mailer.send({ to: 'b@example.invalid', subject: 's', text: 't' })).rejects.toThrow();
      let samples = parsePrometheus(await metrics.registry.expose());
      expect(samples.get('shortwave_queue_length{queue="error_reports"}')).toBe(1);
      expect(samples.get('shortwave_scheduled_publish_lag_seconds')).toBe(0);
      expect(samples.get('shortwave_mail_total{outcome="sent"}')).toBe(1);
      expect(samples.get('shortwave_mail_total{outcome="failed"}')).toBe(1);
      // The publishing job has not run 90 seconds after the article was due.
      now = new Date('2026-11-20T12:01:30Z');
      samples = parsePrometheus(await metrics.registry.expose());
      expect(samples.get('shortwave_scheduled_publish_lag_seconds')).toBe(90);
    } finally {
      metrics.stop();
    }
  });

  it('answers /readyz 503 while draining and when the database is gone', async () => {
    let draining = false;
    const app = await testApp('sqlite', { draining: () => draining });
    try {
      expect((await app.app.request('/readyz')).status).toBe(200);
      draining = true;
      const res = await app.app.request('/readyz');
      expect([res.status, await res.json()]).toEqual([503, { status: 'unavailable', reason: 'stopping' }]);
      draining = false;
      await app.store.close();
      expect((await app.app.request('/readyz')).status).toBe(503);
      expect((await app.app.request('/livez')).status).toBe(200);
    } finally {
      await app.cleanup().catch(() => {});
    }
  });
});

describe('the log', () => {
  it('keeps passwords, tokens, credentials and email addresses out, also in mail it only logs', async () => {
    const lines: string[] = [];
    const log = createLogger('debug', (line) => void lines.push(line)).child({ job: 'test' });
    log.info('sign-in of reader@example.org failed', {
      password: 'hunter2-secret',
      token: 'tok_live_0123456789',
      nested: { authorization: 'Bearer abc.def.ghi', list: ['ana@example.com'] },
      smtp: 'smtp://mailer:pa55word@smtp.example.net:587',
      header: 'Bearer sk_live_abcdef',
      error: new Error('cannot reach bob@example.net'),
    });
    await createMailer({ smtpUrl: undefined, from: 'Shortwave <desk@shortwave.test>', log }).send({
      to: 'carol@example.org',
      subject: 'Your sign-in link',
      text: 'Hello carol@example.org',
    });
    const text = lines.join('');
    for (const secret of [
      'reader@example.org',
      'hunter2-secret',
      'tok_live_0123456789',
      'abc.def.ghi',
      'ana@example.com',
      'pa55word',
      'sk_live_abcdef',
      'bob@example.net',
      'carol@example.org',
    ])
      expect(text).not.toContain(secret);
    const [first, mail] = lines.map((line) => JSON.parse(line) as LogLine);
    expect(first).toMatchObject({ level: 'info', job: 'test', msg: 'sign-in of ***@example.org failed' });
    expect(first?.smtp).toBe('smtp://[redacted]@smtp.example.net:587');
    expect(mail).toMatchObject({ to: '***@example.org', subject: 'Your sign-in link' });
  });

  it('is a readable line on a terminal', () => {
    const lines: string[] = [];
    createLogger('info', (line) => void lines.push(line), { format: 'pretty' }).warn('disk nearly full', {
      freeMb: 12,
    });
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} \S*warn\S* disk nearly full \{"freeMb":12\}\n$/);
  });
});

describe('the metrics settings', () => {
  it('refuse a short token and a hop count, naming the setting', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/^bad setting METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_ADDRESSES: '2' })).toThrow(/^bad setting METRICS_ADDRESSES/);
    expect(() => loadConfig({ METRICS_ADDRESSES: '10.0.0.0/33' })).toThrow(/^bad setting METRICS_ADDRESSES/);
    const config = loadConfig({ METRICS_ADDRESSES: '127.0.0.1, 10.0.0.0/8' });
    expect(config.metricsAddresses?.kind).toBe('addresses');
    expect(loadConfig({}).metricsAddresses).toBeUndefined();
  });
});
