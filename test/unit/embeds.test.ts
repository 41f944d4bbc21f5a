import { describe, expect, it } from 'vitest';
import {
  embedFrameOf,
  FRAME_ORIGINS,
  frameOriginOf,
  metadataSourceOf,
  PROVIDERS,
  type ProviderId,
  recognizeEmbed,
} from '../../src/domain/embeds.js';
import { parseOembed } from '../../src/integrations/oembed.js';
import { isPublicAddress } from '../../src/integrations/safe-fetch.js';

/** Every provider with addresses it must recognise: [address, id, canonical address]. */
const RECOGNISED: Record<ProviderId, Array<[string, string, string]>> = {
  x: [
    [
      'https://twitter.com/SwissInfo/status/1572912345678901234',
      '1572912345678901234',
      'https://x.com/SwissInfo/status/1572912345678901234',
    ],
    ['https://x.com/swissinfo_en/status/123?s=20&t=abc', '123', 'https://x.com/swissinfo_en/status/123'],
    ['https://mobile.twitter.com/a_b/statuses/42/', '42', 'https://x.com/a_b/status/42'],
  ],
  youtube: [
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=tracking',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['https://youtu.be/dQw4w9WgXcQ?t=42', 'dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://youtube.com/shorts/abcDEF_12-3', 'abcDEF_12-3', 'https://www.youtube.com/watch?v=abcDEF_12-3'],
    [
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
  ],
  vimeo: [
    ['https://vimeo.com/76979871', '76979871', 'https://vimeo.com/76979871'],
    ['https://player.vimeo.com/video/76979871', '76979871', 'https://vimeo.com/76979871'],
  ],
  instagram: [
    ['https://www.instagram.com/p/CxYz123AbC/', 'CxYz123AbC', 'https://www.instagram.com/p/CxYz123AbC/'],
    ['https://instagram.com/reel/Cabc_-987?igsh=x', 'Cabc_-987', 'https://www.instagram.com/reel/Cabc_-987/'],
  ],
  facebook: [
    [
      'https://www.facebook.com/swissinfo.ch/posts/pfbid02abcXYZ',
      'pfbid02abcXYZ',
      'https://www.facebook.com/swissinfo.ch/posts/pfbid02abcXYZ',
    ],
    [
      'https://m.facebook.com/swissinfo/videos/1234567890/',
      '1234567890',
      'https://www.facebook.com/swissinfo/videos/1234567890',
    ],
    ['https://www.facebook.com/watch/?v=998877', '998877', 'https://www.facebook.com/watch/?v=998877'],
  ],
  tiktok: [
    [
      'https://www.tiktok.com/@scout2015/video/6718335390845095173?lang=en',
      '6718335390845095173',
      'https://www.tiktok.com/@scout2015/video/6718335390845095173',
    ],
  ],
  bluesky: [
    [
      'https://bsky.app/profile/swissinfo.bsky.social/post/3kqmooj3ems2w',
      '3kqmooj3ems2w',
      'https://bsky.app/profile/swissinfo.bsky.social/post/3kqmooj3ems2w',
    ],
    [
      'https://bsky.app/profile/did:plc:tjf4apt65s75xiojhiqzvcan/post/3kqmooj3ems2w',
      '3kqmooj3ems2w',
      'https://bsky.app/profile/did:plc:tjf4apt65s75xiojhiqzvcan/post/3kqmooj3ems2w',
    ],
  ],
  mastodon: [
    [
      'https://mastodon.social/@Gargron/109318821117356215',
      '109318821117356215',
      'https://mastodon.social/@Gargron/109318821117356215',
    ],
    [
      'https://social.example.ch/@newsroom@other.example/42#replies',
      '42',
      'https://social.example.ch/@newsroom@other.example/42',
    ],
  ],
};

describe('recognizeEmbed', () => {
  describe.each(Object.keys(RECOGNISED) as ProviderId[])('%s', (provider) => {
    it.each(RECOGNISED[provider])('recognises %s', (address, id, canonical) => {
      expect(recognizeEmbed(address)).toMatchObject({ provider, id, url: canonical });
    });

    it('frames its player on the provider over https, with a sandbox', () => {
      const [address] = RECOGNISED[provider][0]!;
      const embed = recognizeEmbed(address)!;
      const frame = embedFrameOf(embed);
      expect(frame.src).toMatch(/^https:\/\//);
      expect(frame.sandbox).toContain('allow-scripts');
      expect(frame.sandbox).not.toContain('allow-top-navigation');
    });

    it.each(RECOGNISED[provider])(
      'frames %s from an origin the pages may frame (its own host for Mastodon)',
      (address) => {
        const embed = recognizeEmbed(address)!;
        const origin = frameOriginOf(embedFrameOf(embed));
        if (PROVIDERS[provider].frameHosts === 'any') {
          expect(origin).toBe(`https://${embed.host}`);
          expect(FRAME_ORIGINS).not.toContain(origin);
        } else expect(FRAME_ORIGINS).toContain(origin);
      },
    );
  });

  it('frames YouTube on youtube-nocookie.com and Vimeo with do-not-track', () => {
    expect(embedFrameOf(recognizeEmbed('https://youtu.be/dQw4w9WgXcQ')!).src).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(embedFrameOf(recognizeEmbed('https://vimeo.com/76979871')!).src).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1',
    );
    expect(embedFrameOf(recognizeEmbed('https://mastodon.social/@Gargron/1')!).src).toBe(
      'https://mastodon.social/@Gargron/1/embed',
    );
  });

  it.each([
    ['a look-alike host', 'https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ'],
    ['a host that ends like the provider', 'https://notyoutube.com/watch?v=dQw4w9WgXcQ'],
    ['a subdomain the provider does not use', 'https://evil.youtu.be/dQw4w9WgXcQ'],
    ['userinfo that names the provider', 'https://youtube.com@evil.test/watch?v=dQw4w9WgXcQ'],
    ['userinfo on the provider itself', 'https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['plain http', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['an unusual port', 'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ'],
    ['a malformed video id', 'https://www.youtube.com/watch?v=short'],
    ['an X look-alike', 'https://x.com.evil.test/someone/status/123'],
    ['an X profile, not a post', 'https://x.com/someone'],
    ['a twitter look-alike', 'https://twitter.co/someone/status/123'],
    ['Vimeo with a non-numeric id', 'https://vimeo.com/channels/staffpicks'],
    ['an Instagram profile', 'https://www.instagram.com/swissinfo/'],
    ['a Facebook page', 'https://www.facebook.com/swissinfo.ch'],
    ['a TikTok look-alike', 'https://tiktok.com.evil.test/@a/video/1'],
    ['a Bluesky profile', 'https://bsky.app/profile/swissinfo.bsky.social'],
    ['a Mastodon shape on an IP address', 'https://127.0.0.1/@admin/1'],
    ['a Mastodon shape on a single-label host', 'https://localhost/@admin/1'],
    ['a Mastodon shape with a non-numeric id', 'https://mastodon.social/@Gargron/about'],
    ['an unknown provider', 'https://www.example.org/video/1'],
    ['not a URL', 'youtube dQw4w9WgXcQ'],
    ['javascript', 'javascript:alert(1)'],
  ])('does not recognise %s', (_what, address) => {
    expect(recognizeEmbed(address)).toBeNull();
  });

  it('treats an X-shaped address on a Mastodon host as Mastodon, and X as X first', () => {
    expect(recognizeEmbed('https://x.com/@someone/123')).toBeNull();
    expect(recognizeEmbed('https://x.com/someone/status/123')?.provider).toBe('x');
  });

  it('asks for metadata only at the endpoint of the provider, naming every host it may reach', () => {
    for (const provider of Object.keys(RECOGNISED) as ProviderId[]) {
      const embed = recognizeEmbed(RECOGNISED[provider][0]![0])!;
      const source = metadataSourceOf(embed);
      if (!source) continue;
      const endpoint = new URL(source.endpoint);
      expect(endpoint.protocol, provider).toBe('https:');
      expect(source.hosts, provider).toContain(endpoint.hostname);
      expect(endpoint.searchParams.get('url'), provider).toMatch(/^https:\/\//);
    }
    const mastodon = metadataSourceOf(recognizeEmbed('https://social.example.ch/@a/1')!);
    expect(mastodon?.hosts).toEqual(['social.example.ch']);
  });

  it('has a brand name for every provider', () => {
    for (const provider of Object.values(PROVIDERS)) expect(provider.name.length).toBeGreaterThan(0);
  });
});

describe('isPublicAddress', () => {
  it.each(['8.8.8.8', '93.184.215.14', '2a00:1450:4001:82a::200e', '2606:4700::6810:84e5'])(
    'accepts the public address %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '2002:7f00:1::1',
    '2001:db8::1',
    'localhost',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('parseOembed', () => {
  it('takes title and author, and the text of a post from its html', () => {
    const meta = parseOembed(
      JSON.stringify({
        author_name: 'Swissinfo',
        html: '<blockquote class="twitter-tweet"><p lang="en">Voters said <a href="https://t.co/x">yes</a> &amp; more<br>today</p>&mdash; Swissinfo</blockquote>',
      }),
    );
    expect(meta).toEqual({ title: null, author: 'Swissinfo', text: 'Voters said yes & more today' });
  });

  it('answers null for anything but an oEmbed object with something to show', () => {
    expect(parseOembed('not json')).toBeNull();
    expect(parseOembed('[]')).toBeNull();
    expect(parseOembed('{"type":"video"}')).toBeNull();
  });

  it('cuts overlong titles', () => {
    const meta = parseOembed(JSON.stringify({ title: 'x'.repeat(1000) }));
    expect(meta?.title?.length).toBe(300);
    expect(meta?.title?.endsWith('…')).toBe(true);
  });
});
