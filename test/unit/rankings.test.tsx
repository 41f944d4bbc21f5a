import { describe, expect, it } from 'vitest';
import {
  dayOf,
  hourOf,
  isCountableUserAgent,
  isSpeculative,
  windowStart,
} from '../../src/domain/rankings.js';
import { createPageCache, makePage } from '../../src/http/page-cache.js';
import { translator } from '../../src/i18n/catalogue.js';
import { Rankings, ReadBeacon } from '../../src/render/elements/rankings.js';

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
];

const NOT_READERS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36',
  'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko); compatible; GPTBot/1.1; +https://openai.com/gptbot',
  'Mozilla/5.0 (compatible; ClaudeBot/1.0; +claudebot@anthropic.com)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'Mozilla/5.0 (compatible; Google-InspectionTool/1.0)',
  'curl/8.5.0',
  'python-requests/2.32.3',
  'Go-http-client/2.0',
  'node',
  '',
];

describe('who counts as a reader', () => {
  it.each(BROWSERS)('counts a browser: %s', (ua) => {
    expect(isCountableUserAgent(ua)).toBe(true);
  });

  it.each(NOT_READERS)('does not count a crawler, preview or tool: %s', (ua) => {
    expect(isCountableUserAgent(ua)).toBe(false);
  });

  it('does not count a missing user agent', () => {
    expect(isCountableUserAgent(undefined)).toBe(false);
  });

  it('recognises prefetches and prerenders by their purpose headers', () => {
    expect(isSpeculative('prefetch')).toBe(true);
    expect(isSpeculative('prefetch;prerender')).toBe(true);
    expect(isSpeculative(undefined, 'prefetch')).toBe(true);
    expect(isSpeculative(undefined, undefined, 'prefetch')).toBe(true);
    expect(isSpeculative(undefined, undefined, undefined)).toBe(false);
  });
});

describe('hour buckets and windows', () => {
  const now = new Date('2026-11-20T09:41:12.345Z');

  it('puts a moment in the bucket of its hour, as text that sorts like time', () => {
    expect(hourOf(now)).toBe('2026-11-20T09:00:00Z');
    expect(hourOf(new Date('2026-11-20T23:59:59.999Z')) < hourOf(new Date('2026-11-21T00:00:00Z'))).toBe(
      true,
    );
    expect(dayOf(now)).toBe('2026-11-20');
  });

  it('spans the current hour and the 23 before it for 24h, and 167 before it for 7d', () => {
    expect(windowStart(now, '24h')).toBe('2026-11-19T10:00:00Z');
    expect(windowStart(now, '7d')).toBe('2026-11-13T10:00:00Z');
  });
});

describe('pages with rankings in the page cache', () => {
  it('serves a page with a max age until it expires, and other pages until the next clear', () => {
    let now = 1_000_000;
    const cache = createPageCache({ enabled: true, now: () => now });
    const ranked = makePage({
      base: {},
      status: 200,
      body: 'ranked',
      contentType: 'text/html',
      maxAgeMs: 120_000,
    });
    const plain = makePage({ base: {}, status: 200, body: 'plain', contentType: 'text/html' });
    cache.set('/en/', ranked);
    cache.set('/en/politics', plain);
    now += 119_999;
    expect(cache.get('/en/')).toBe(ranked);
    now += 1;
    expect(cache.get('/en/')).toBeUndefined();
    expect(cache.get('/en/politics')).toBe(plain);
    cache.set('/en/', ranked);
    expect(cache.get('/en/')).toBe(ranked);
  });
});

describe('the rankings lists', () => {
  const t = translator('de');

  it('shows Popular Stories in order and Most Discussed with debates marked and comment counts', async () => {
    const html = String(
      await (
        <div>
          <Rankings
            rankings={{
              popular: [
                { href: '/de/politics/a/1', headline: 'Erste' },
                { href: '/de/politics/b/2', headline: 'Zweite' },
              ],
              discussed: [
                { kind: 'debate', href: '/de/debates/9', title: 'Was denken Sie?', comments: 1234 },
                { kind: 'article', href: '/de/politics/a/1', title: 'Erste', comments: 7 },
              ],
            }}
            t={t}
          />
        </div>
      ),
    );
    expect(html).toContain('<h2 id="popular-stories">Meistgelesen</h2>');
    expect(html.indexOf('Erste')).toBeLessThan(html.indexOf('Zweite'));
    expect(html).toContain('<h2 id="most-discussed">Meistdiskutiert</h2>');
    expect(html).toContain('Debatte');
    expect(html).toContain('Kommentare: 1.234');
  });

  it('says so when nothing ranks yet, and leaves Most Discussed out where comments are not counted', async () => {
    const html = String(await (<div>{Rankings({ rankings: { popular: [], discussed: null }, t })}</div>));
    expect(html).toContain(t.t('rankings.popular.empty'));
    expect(html).not.toContain('most-discussed');
  });

  it('escapes headlines and titles', async () => {
    const html = String(
      await (
        <div>
          <Rankings
            rankings={{
              popular: [{ href: '/de/x/y/1', headline: '<script>alert(1)</script>' }],
              discussed: [
                { kind: 'debate', href: '/de/debates/1', title: '<img src=x onerror=alert(1)>', comments: 1 },
              ],
            }}
            t={t}
          />
        </div>
      ),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('names the article in the read beacon, and leaves the beacon out when the island is not built', async () => {
    expect(
      String(await (<div>{ReadBeacon({ src: '/assets/views.js?v=abc', articleId: 'k3x9' })}</div>)),
    ).toBe('<div><script src="/assets/views.js?v=abc" defer="" data-read="k3x9"></script></div>');
    expect(String(await (<div>{ReadBeacon({ src: null, articleId: 'k3x9' })}</div>))).toBe('<div></div>');
  });
});
