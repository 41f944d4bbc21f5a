import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmbedMetadata, type EmbedMetadataOptions } from '../../src/integrations/oembed.js';
import {
  GuardedGetError,
  guardedGet,
  type LookupFn,
  type PinnedFetch,
  pinnedHttpsFetch,
} from '../../src/integrations/safe-fetch.js';
import { PUBLIC_URL, type TestApp, testApp } from '../support/app.js';
import { makeArticle, paragraph, pathOf, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const X_POST = 'https://x.com/swissinfo_en/status/1572912345678901234';
const UNKNOWN = 'https://video.example.org/watch/42';

/** A public address that, in these tests, routes to the local server playing the providers. */
const PROVIDER_ADDRESS = '93.184.215.14';

type Handler = (req: IncomingMessage, res: ServerResponse, host: string) => void;

/**
 * The one fake allowed here: a real local HTTP server that plays the third-party providers we
 * cannot reach from a test. It counts every request it receives.
 */
class FakeProviders {
  hits: Array<{ host: string; path: string }> = [];
  handler: Handler = (_req, res) => {
    res.writeHead(404).end();
  };
  server: Server = createHttpServer((req, res) => {
    const host = String(req.headers['x-test-host'] ?? '');
    this.hits.push({ host, path: req.url ?? '' });
    this.handler(req, res, host);
  });
  port = 0;
  /** Addresses the fetcher was allowed to connect to. */
  connections: string[] = [];

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }
  async stop() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  reset(handler: Handler) {
    this.hits = [];
    this.connections = [];
    this.handler = handler;
  }

  /** DNS as the test wants it: every provider host at the public address unless told otherwise. */
  lookup(overrides: Record<string, string | string[]> = {}): LookupFn {
    return async (hostname) => {
      const answer = overrides[hostname] ?? PROVIDER_ADDRESS;
      return (Array.isArray(answer) ? answer : [answer]).map((address) => ({
        address,
        family: address.includes(':') ? 6 : 4,
      }));
    };
  }

  /**
   * The network: whatever address the fetcher connects to, the local server answers (so a
   * request the guards should have stopped shows up as a hit). HTTPS is spoken as plain HTTP.
   */
  readonly fetch: PinnedFetch = (url, init) => {
    this.connections.push(init.address.address);
    return fetch(`http://127.0.0.1:${this.port}${url.pathname}${url.search}`, {
      signal: init.signal,
      redirect: 'manual',
      headers: { ...init.headers, 'x-test-host': url.hostname },
    });
  };

  metadata(options: Partial<EmbedMetadataOptions> = {}) {
    return createEmbedMetadata({ lookup: this.lookup(), fetch: this.fetch, ...options });
  }
}

const json = (res: ServerResponse, body: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/** What the providers answer in the happy case. */
const providers: Handler = (req, res, host) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (host === 'www.youtube.com' && url.pathname === '/oembed')
    return json(res, { title: 'How the Swiss vote', author_name: 'Swissinfo', html: '<iframe></iframe>' });
  if (host === 'publish.twitter.com' && url.pathname === '/oembed')
    return json(res, {
      author_name: 'Swissinfo English',
      html: '<blockquote class="twitter-tweet"><p lang="en">Polls are open in Bern &amp; Geneva</p>&mdash; Swissinfo</blockquote>',
    });
  res.writeHead(404).end();
};

const fake = new FakeProviders();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe.each(DIALECTS)('embeds on the article page on %s', (dialect) => {
  let t: TestApp;
  let withMeta: TestApp;
  let path: string;

  const body = {
    type: 'doc',
    content: [
      paragraph(text('Watch and read.')),
      { type: 'embed', attrs: { url: YOUTUBE } },
      { type: 'embed', attrs: { url: X_POST } },
      { type: 'embed', attrs: { url: UNKNOWN } },
    ],
  };

  const page = async (app: TestApp, at: string) => {
    const res = await app.app.request(at);
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    fake.reset(providers);
    t = await testApp(dialect);
    path = pathOf((await makeArticle(t, { headline: 'Voting day in pictures', body })).url);
    withMeta = await testApp(dialect, { embedMetadata: fake.metadata() });
  });
  afterAll(async () => {
    await t.cleanup();
    await withMeta.cleanup();
  });

  it('shows a placeholder per recognised embed: provider, link to the original, buttons, privacy note', async () => {
    const html = await page(t, path);
    expect(html).toContain('<p class="embed-provider">YouTube</p>');
    expect(html).toContain('<p class="embed-provider">X</p>');
    expect(html).toContain(`href="${YOUTUBE}"`);
    expect(html).toContain(`href="${X_POST}"`);
    expect(html).toContain('View the original on YouTube');
    expect(html).toContain('Load content from YouTube');
    expect(html).toContain('Always load content from YouTube');
    expect(html).toContain('Load content from X');
    expect(html).toContain('The content is loaded from YouTube, which may set cookies and track you.');
    // Without JavaScript the buttons stay hidden; the island reveals them.
    expect(html.match(/<div class="embed-actions" hidden="">/g)).toHaveLength(2);
  });

  it('loads nothing from a third party: no iframe, and every src on the site itself', async () => {
    const html = await page(t, path);
    expect(html).not.toMatch(/<iframe/i);
    const sources = [...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src.startsWith('/') || src.startsWith(PUBLIC_URL), src).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('renders an unknown provider as a plain link card', async () => {
    const html = await page(t, path);
    expect(html).toContain(`<p class="embed-card"><a class="ext" href="${UNKNOWN}"`);
    expect(html).toContain('View the original post on video.example.org');
    expect(html).not.toContain('data-embed="video.example.org"');
  });

  it('includes the embeds island, versioned and cached for a year, only on pages with an embed', async () => {
    const html = await page(t, path);
    const src = /<script src="(\/assets\/embeds\.js\?v=[\w-]+)" defer="">/.exec(html)?.[1];
    expect(src).toBeDefined();
    const res = await t.app.request(src ?? '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const script = await res.text();
    expect(script).toContain('embed');
    expect(script.length).toBeLessThan(8 * 1024);
    const unversioned = await t.app.request('/assets/embeds.js');
    expect(unversioned.headers.get('cache-control')).toBe('public, max-age=300');
    const revalidated = await t.app.request(src ?? '', {
      headers: { 'if-none-match': res.headers.get('etag') ?? '' },
    });
    expect(revalidated.status).toBe(304);

    const plain = await makeArticle(t, {
      headline: 'A story without embeds',
      body: { type: 'doc', content: [paragraph(text('Only words.'))] },
    });
    expect(await page(t, pathOf(plain.url))).not.toContain('/assets/embeds.js');
  });

  it('speaks the article language', async () => {
    const german = await makeArticle(t, {
      language: 'de',
      headline: 'Abstimmungssonntag',
      body: { type: 'doc', content: [{ type: 'embed', attrs: { url: YOUTUBE } }] },
    });
    const html = await page(t, pathOf(german.url));
    expect(html).toContain('Inhalte von YouTube laden');
    expect(html).toContain('Original auf YouTube ansehen');
  });

  it('shows title, author and text that the providers publish, fetched on the server', async () => {
    const created = await makeArticle(withMeta, { headline: 'Voting day in pictures', body });
    const html = await page(withMeta, pathOf(created.url));
    expect(html).toContain('How the Swiss vote');
    expect(html).toContain('Posted by Swissinfo');
    expect(html).toContain('Polls are open in Bern &amp; Geneva');
    expect(html).toContain('Posted by Swissinfo English');
    expect(html).not.toMatch(/<iframe/i);
    expect(fake.hits.map((h) => h.host).sort()).toEqual(['publish.twitter.com', 'www.youtube.com']);
  });
});

describe('the oEmbed fetcher', () => {
  beforeEach(() => fake.reset(providers));

  it('asks the provider endpoint for the canonical URL and keeps title and author', async () => {
    const lookup = fake.metadata();
    expect(await lookup('https://youtu.be/dQw4w9WgXcQ?si=tracking')).toEqual({
      title: 'How the Swiss vote',
      author: 'Swissinfo',
      text: null,
    });
    expect(fake.hits).toHaveLength(1);
    const asked = new URL(fake.hits[0]?.path ?? '', 'http://x');
    expect(fake.hits[0]?.host).toBe('www.youtube.com');
    expect(asked.searchParams.get('url')).toBe(YOUTUBE);
    expect(fake.connections).toEqual([PROVIDER_ADDRESS]);
  });

  it('asks nobody for an unknown provider or one without an open endpoint', async () => {
    const lookup = fake.metadata();
    expect(await lookup(UNKNOWN)).toBeNull();
    expect(await lookup('https://www.instagram.com/p/CxYz123AbC/')).toBeNull();
    expect(fake.hits).toHaveLength(0);
  });

  it('caches answers, and asks once for simultaneous requests', async () => {
    const lookup = fake.metadata();
    await Promise.all([lookup(YOUTUBE), lookup(YOUTUBE), lookup('https://youtu.be/dQw4w9WgXcQ')]);
    expect(await lookup(YOUTUBE)).not.toBeNull();
    expect(fake.hits).toHaveLength(1);
  });

  it('caches failures for a while, then asks again', async () => {
    fake.reset((_req, res) => {
      res.writeHead(500).end();
    });
    let now = 1_000_000;
    const lookup = fake.metadata({ now: () => now, failureTtlMs: 60_000 });
    expect(await lookup(YOUTUBE)).toBeNull();
    expect(await lookup(YOUTUBE)).toBeNull();
    expect(fake.hits).toHaveLength(1);
    now += 61_000;
    fake.handler = providers;
    expect(await lookup(YOUTUBE)).not.toBeNull();
    expect(fake.hits).toHaveLength(2);
  });

  it('expires answers after their time to live', async () => {
    let now = 0;
    const lookup = fake.metadata({ now: () => now, ttlMs: 1000 });
    await lookup(YOUTUBE);
    now = 999;
    await lookup(YOUTUBE);
    now = 1001;
    await lookup(YOUTUBE);
    expect(fake.hits).toHaveLength(2);
  });

  it('keeps at most maxEntries URLs, forgetting the oldest', async () => {
    const lookup = fake.metadata({ maxEntries: 1 });
    await lookup(YOUTUBE);
    await lookup(X_POST);
    await lookup(YOUTUBE);
    expect(fake.hits).toHaveLength(3);
  });

  it.each([
    ['loopback', '127.0.0.1'],
    ['a private network', '10.0.0.8'],
    ['a private network', '192.168.1.20'],
    ['a private network', '172.20.0.1'],
    ['the cloud metadata service', '169.254.169.254'],
    ['"this" host', '0.0.0.0'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unique local', 'fd00::1'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
  ])('refuses a provider host that resolves to %s (%s)', async (_what, address) => {
    const lookup = fake.metadata({ lookup: fake.lookup({ 'www.youtube.com': address }) });
    expect(await lookup(YOUTUBE)).toBeNull();
    await expect(
      guardedGet('https://www.youtube.com/oembed', {
        hosts: ['www.youtube.com'],
        lookup: fake.lookup({ 'www.youtube.com': address }),
        fetch: fake.fetch,
      }),
    ).rejects.toMatchObject({ reason: 'private-address' });
    expect(fake.hits).toHaveLength(0);
    expect(fake.connections).toHaveLength(0);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const lookup = fake.metadata({
      lookup: fake.lookup({ 'www.youtube.com': [PROVIDER_ADDRESS, '127.0.0.1'] }),
    });
    expect(await lookup(YOUTUBE)).toBeNull();
    expect(fake.hits).toHaveLength(0);
  });

  it('refuses a redirect to a host that resolves to a private address, or that the allow-list lacks', async () => {
    const redirectTo = (location: string) =>
      fake.reset((req, res, host) => {
        if (host === 'www.youtube.com') res.writeHead(302, { location }).end();
        else providers(req, res, host);
      });
    const options = (overrides: Record<string, string> = {}) => ({
      hosts: ['www.youtube.com', 'youtube.com'],
      lookup: fake.lookup(overrides),
      fetch: fake.fetch,
    });

    redirectTo('https://youtube.com/oembed?x=1');
    await expect(
      guardedGet('https://www.youtube.com/oembed', options({ 'youtube.com': '10.1.2.3' })),
    ).rejects.toMatchObject({ reason: 'private-address' });
    expect(fake.hits.map((h) => h.host)).toEqual(['www.youtube.com']);

    for (const location of [
      'https://evil.test/oembed',
      'http://youtube.com/oembed',
      'https://youtube.com:8443/oembed',
      'https://user@youtube.com/oembed',
    ]) {
      redirectTo(location);
      await expect(guardedGet('https://www.youtube.com/oembed', options()), location).rejects.toMatchObject({
        reason: 'not-allowed',
      });
      expect(fake.hits, location).toHaveLength(1);
    }
  });

  it('follows at most two redirects, each on the allow-list', async () => {
    const chain = (hops: number): Handler => {
      return (req, res) => {
        const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
        if (n < hops) res.writeHead(301, { location: `/oembed?n=${n + 1}` }).end();
        else json(res, { title: `after ${n}` });
      };
    };
    const options = { hosts: ['www.youtube.com'], lookup: fake.lookup(), fetch: fake.fetch };
    fake.reset(chain(2));
    expect(JSON.parse(await guardedGet('https://www.youtube.com/oembed?n=0', options))).toEqual({
      title: 'after 2',
    });
    fake.reset(chain(3));
    await expect(guardedGet('https://www.youtube.com/oembed?n=0', options)).rejects.toMatchObject({
      reason: 'too-many-redirects',
    });
    expect(fake.hits).toHaveLength(3);
  });

  it('cuts off an answer larger than the limit', async () => {
    let finished = false;
    let sent = 0;
    fake.reset((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        while (sent < 64 * 1024 * 1024) {
          if (res.destroyed) return;
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        finished = true;
        res.end();
      };
      res.on('close', () => {});
      pump();
    });
    const started = Date.now();
    await expect(
      guardedGet('https://www.youtube.com/oembed', {
        hosts: ['www.youtube.com'],
        lookup: fake.lookup(),
        fetch: fake.fetch,
        maxBytes: 256 * 1024,
      }),
    ).rejects.toMatchObject({ reason: 'too-large' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await fake.metadata({ maxBytes: 256 * 1024 })(YOUTUBE)).toBeNull();
    expect(finished).toBe(false);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an answer that announces more than the limit without reading it', async () => {
    fake.reset((_req, res) => {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write('{');
    });
    await expect(
      guardedGet('https://www.youtube.com/oembed', {
        hosts: ['www.youtube.com'],
        lookup: fake.lookup(),
        fetch: fake.fetch,
      }),
    ).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('gives up at the deadline when the provider does not answer, and the page keeps its plain link', async () => {
    fake.reset(() => {
      // never answers
    });
    const lookup = fake.metadata({ timeoutMs: 300 });
    const started = Date.now();
    expect(await lookup(YOUTUBE)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(fake.hits).toHaveLength(1);
  });

  it('gives up at the deadline when DNS does not answer', async () => {
    const started = Date.now();
    await expect(
      guardedGet('https://www.youtube.com/oembed', {
        hosts: ['www.youtube.com'],
        lookup: () => new Promise(() => {}),
        fetch: fake.fetch,
        timeoutMs: 200,
      }),
    ).rejects.toBeInstanceOf(GuardedGetError);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(fake.hits).toHaveLength(0);
  });
});

describe('the pinned HTTPS transport', () => {
  let tcp: ReturnType<typeof createTcpServer>;
  let port = 0;
  let received = Buffer.alloc(0);

  beforeEach(async () => {
    received = Buffer.alloc(0);
    tcp = createTcpServer((socket) => {
      socket.once('data', (data) => {
        received = Buffer.from(data);
        socket.destroy();
      });
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const address = tcp.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => tcp.close(() => resolve()));
  });

  it('connects to the checked address, not to a fresh DNS answer, and names the host for TLS', async () => {
    const controller = new AbortController();
    await expect(
      pinnedHttpsFetch(new URL(`https://www.youtube.com:${port}/oembed`), {
        address: { address: '127.0.0.1', family: 4 },
        signal: controller.signal,
        headers: {},
      }),
    ).rejects.toThrow();
    // The TLS ClientHello reached the pinned address and carries the host name (SNI).
    expect(received.length).toBeGreaterThan(0);
    expect(received.includes(Buffer.from('www.youtube.com'))).toBe(true);
  });
});
