/**
 * Privacy-first embeds: which posts and videos Shortwave recognises, how their players are
 * framed once a reader asks for them, and where the server may learn their title and author.
 * Pure: URLs in, descriptions out. A new provider is a compile error until every entry of
 * the registry has it.
 * Longer than 300 lines: one exhaustive registry entry per provider (eight), each a few URL rules.
 * @example recognizeEmbed('https://youtu.be/dQw4w9WgXcQ') // { provider: 'youtube', id: 'dQw4w9WgXcQ', ... }
 */

export type ProviderId =
  | 'x'
  | 'youtube'
  | 'vimeo'
  | 'instagram'
  | 'facebook'
  | 'tiktok'
  | 'bluesky'
  | 'mastodon';

/** A post or video the registry knows, with its address rebuilt from the recognised parts only. */
export interface RecognizedEmbed {
  provider: ProviderId;
  /** The post or video id at the provider. */
  id: string;
  /** The account that the URL names (X user, TikTok user, Bluesky handle or DID, Mastodon user), if any. */
  account: string | null;
  /** Host of the post, for providers that live on many hosts (Mastodon); otherwise the provider's own. */
  host: string;
  /** The canonical address of the original: no query beyond what identifies it, no fragment, no userinfo. */
  url: string;
}

/** What the server learned about an embed from its provider; any part may be unknown. */
export interface EmbedMeta {
  title: string | null;
  author: string | null;
  /** The text of a post (X, Bluesky, Mastodon), plain. */
  text: string | null;
}

/** How the player is shaped: videos keep a ratio, posts take a fixed height. */
export type FrameShape = { kind: 'ratio'; ratio: string } | { kind: 'height'; px: number };

/** The provider's player, loaded only after the reader asks for it. */
export interface EmbedFrame {
  src: string;
  /** `sandbox` tokens of the iframe, or null where the player does not work in a sandbox. */
  sandbox: string | null;
  /** The iframe's `allow` (permissions policy). */
  allow: string;
  shape: FrameShape;
}

/** Where the server may ask for an embed's metadata: one oEmbed endpoint and the hosts it may redirect to. */
export interface MetadataSource {
  /** The oEmbed address to fetch (always https). */
  endpoint: string;
  /** Every host the request may reach, the endpoint's own included; nothing else is fetched. */
  hosts: readonly string[];
}

interface Match {
  id: string;
  account?: string | undefined;
  url: string;
}

export interface Provider {
  /** The brand name readers know (not translated). */
  name: string;
  /**
   * The hosts the provider's addresses live on, exactly (no look-alikes, no other subdomains);
   * 'any' for a provider recognised by the shape of its path alone, on hosts no other provider owns.
   */
  hosts: readonly string[] | 'any';
  /** Recognises an https URL on one of the provider's hosts, without userinfo or port, or answers null. */
  match(url: URL): Match | null;
  /** Where the server may learn title and author, or null when the provider offers no open endpoint. */
  metadata(embed: RecognizedEmbed): MetadataSource | null;
  embedFrame(embed: RecognizedEmbed): EmbedFrame;
  /**
   * The hosts its player is framed from (what the pages' Content-Security-Policy lets them
   * frame); 'any' for a provider whose player lives on the post's own host (Mastodon).
   */
  frameHosts: readonly string[] | 'any';
}

/** The sandbox every player gets: its own scripts and origin, popups to the provider, nothing on our page. */
const SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';
const VIDEO_ALLOW = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
const VIDEO: FrameShape = { kind: 'ratio', ratio: '16/9' };

/** The groups of `pattern` in the URL's path, when the whole path matches. */
function pathGroups(url: URL, pattern: RegExp): string[] | null {
  const match = pattern.exec(url.pathname);
  return match ? match.slice(1).map((group) => group ?? '') : null;
}

const enc = encodeURIComponent;
const oembed = (endpoint: string, url: string, hosts: readonly string[], extra = ''): MetadataSource => ({
  endpoint: `${endpoint}?url=${enc(url)}&format=json${extra}`,
  hosts,
});

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** The registry: how each provider's addresses look, where its metadata is, how its player is framed. */
export const PROVIDERS: Record<ProviderId, Provider> = {
  x: {
    name: 'X',
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    match(url) {
      const parts = pathGroups(url, /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,20})\/?$/);
      if (!parts) return null;
      const [account = '', id = ''] = parts;
      return { id, account, url: `https://x.com/${account}/status/${id}` };
    },
    metadata: (embed) =>
      oembed(
        'https://publish.twitter.com/oembed',
        embed.url.replace('https://x.com/', 'https://twitter.com/'),
        ['publish.twitter.com', 'publish.x.com'],
        '&omit_script=true&dnt=true',
      ),
    // The iframe that X's own widgets.js creates for an embedded post, without loading the script here.
    frameHosts: ['platform.twitter.com'],
    embedFrame: (embed) => ({
      src: `https://platform.twitter.com/embed/Tweet.html?id=${embed.id}&dnt=true`,
      sandbox: SANDBOX,
      allow: 'fullscreen',
      shape: { kind: 'height', px: 560 },
    }),
  },
  youtube: {
    name: 'YouTube',
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'],
    match(url) {
      let id: string | null;
      if (url.hostname === 'youtu.be') id = pathGroups(url, /^\/([^/]+)\/?$/)?.[0] ?? null;
      else if (url.pathname === '/watch') id = url.searchParams.get('v');
      else id = pathGroups(url, /^\/(?:shorts|embed|live)\/([^/]+)\/?$/)?.[0] ?? null;
      if (!id || !YOUTUBE_ID.test(id)) return null;
      return { id, url: `https://www.youtube.com/watch?v=${id}` };
    },
    metadata: (embed) =>
      oembed('https://www.youtube.com/oembed', embed.url, ['www.youtube.com', 'youtube.com']),
    frameHosts: ['www.youtube-nocookie.com'],
    embedFrame: (embed) => ({
      src: `https://www.youtube-nocookie.com/embed/${embed.id}`,
      sandbox: SANDBOX,
      allow: VIDEO_ALLOW,
      shape: VIDEO,
    }),
  },
  vimeo: {
    name: 'Vimeo',
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    match(url) {
      const parts =
        url.hostname === 'player.vimeo.com'
          ? pathGroups(url, /^\/video\/(\d{1,12})\/?$/)
          : pathGroups(url, /^\/(\d{1,12})\/?$/);
      const id = parts?.[0];
      return id ? { id, url: `https://vimeo.com/${id}` } : null;
    },
    metadata: (embed) => oembed('https://vimeo.com/api/oembed.json', embed.url, ['vimeo.com']),
    // dnt=1 asks Vimeo's player not to track the session.
    frameHosts: ['player.vimeo.com'],
    embedFrame: (embed) => ({
      src: `https://player.vimeo.com/video/${embed.id}?dnt=1`,
      sandbox: SANDBOX,
      allow: VIDEO_ALLOW,
      shape: VIDEO,
    }),
  },
  instagram: {
    name: 'Instagram',
    hosts: ['instagram.com', 'www.instagram.com'],
    match(url) {
      const parts = pathGroups(url, /^\/(p|reel)\/([A-Za-z0-9_-]{5,40})\/?$/);
      if (!parts) return null;
      const [kind = 'p', id = ''] = parts;
      return { id, url: `https://www.instagram.com/${kind}/${id}/` };
    },
    // Instagram's oEmbed needs an app access token; without one the placeholder names the provider only.
    metadata: () => null,
    frameHosts: ['www.instagram.com'],
    embedFrame: (embed) => ({
      src: `${embed.url}embed/`,
      sandbox: SANDBOX,
      allow: 'fullscreen',
      shape: { kind: 'height', px: 640 },
    }),
  },
  facebook: {
    name: 'Facebook',
    hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com'],
    match(url) {
      if (url.pathname === '/watch' || url.pathname === '/watch/') {
        const id = url.searchParams.get('v');
        return id && /^\d{1,25}$/.test(id) ? { id, url: `https://www.facebook.com/watch/?v=${id}` } : null;
      }
      const parts = pathGroups(url, /^\/([A-Za-z0-9.-]{1,80})\/(posts|videos)\/([A-Za-z0-9]{1,80})\/?$/);
      if (!parts) return null;
      const [account = '', kind = '', id = ''] = parts;
      if (kind === 'videos' && !/^\d+$/.test(id)) return null;
      return { id, account, url: `https://www.facebook.com/${account}/${kind}/${id}` };
    },
    // Facebook's oEmbed needs an app access token, as Instagram's does.
    metadata: () => null,
    frameHosts: ['www.facebook.com'],
    embedFrame: (embed) => {
      const video = embed.url.includes('/videos/') || embed.url.includes('/watch/');
      return {
        src: `https://www.facebook.com/plugins/${video ? 'video' : 'post'}.php?href=${enc(embed.url)}&show_text=true`,
        sandbox: SANDBOX,
        allow: video ? VIDEO_ALLOW : 'fullscreen',
        shape: video ? VIDEO : { kind: 'height', px: 600 },
      };
    },
  },
  tiktok: {
    name: 'TikTok',
    hosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
    match(url) {
      const parts = pathGroups(url, /^\/@([A-Za-z0-9_.]{1,40})\/video\/(\d{1,25})\/?$/);
      if (!parts) return null;
      const [account = '', id = ''] = parts;
      return { id, account, url: `https://www.tiktok.com/@${account}/video/${id}` };
    },
    metadata: (embed) => oembed('https://www.tiktok.com/oembed', embed.url, ['www.tiktok.com']),
    // TikTok's documented Embed Player.
    frameHosts: ['www.tiktok.com'],
    embedFrame: (embed) => ({
      src: `https://www.tiktok.com/player/v1/${embed.id}?description=1`,
      sandbox: SANDBOX,
      allow: VIDEO_ALLOW,
      shape: { kind: 'ratio', ratio: '9/16' },
    }),
  },
  bluesky: {
    name: 'Bluesky',
    hosts: ['bsky.app'],
    match(url) {
      const parts = pathGroups(
        url,
        /^\/profile\/((?:did:[a-z]+:[A-Za-z0-9._:-]{1,200})|(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+))\/post\/([A-Za-z0-9._~-]{1,64})\/?$/,
      );
      if (!parts) return null;
      const [account = '', id = ''] = parts;
      return { id, account, url: `https://bsky.app/profile/${account}/post/${id}` };
    },
    metadata: (embed) => oembed('https://embed.bsky.app/oembed', embed.url, ['embed.bsky.app']),
    // The iframe that Bluesky's embed.js creates for a post's AT-URI.
    frameHosts: ['embed.bsky.app'],
    embedFrame: (embed) => ({
      src: `https://embed.bsky.app/embed/${embed.account}/app.bsky.feed.post/${embed.id}`,
      sandbox: SANDBOX,
      allow: 'fullscreen',
      shape: { kind: 'height', px: 420 },
    }),
  },
  mastodon: {
    name: 'Mastodon',
    hosts: 'any',
    // Mastodon runs on any host, so it is recognised by the shape of a post's address.
    match(url) {
      if (!isDomainName(url.hostname)) return null;
      const parts = pathGroups(url, /^\/@([A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]{1,253})?)\/(\d{1,20})\/?$/);
      if (!parts) return null;
      const [account = '', id = ''] = parts;
      return { id, account, url: `https://${url.hostname}/@${account}/${id}` };
    },
    metadata: (embed) => oembed(`https://${embed.host}/api/oembed`, embed.url, [embed.host]),
    frameHosts: 'any',
    embedFrame: (embed) => ({
      src: `${embed.url}/embed`,
      sandbox: SANDBOX,
      allow: 'fullscreen',
      shape: { kind: 'height', px: 420 },
    }),
  },
};

const IDS = Object.keys(PROVIDERS) as ProviderId[];

/** The provider that owns the host, or the providers recognised by shape when none does. */
function candidatesFor(host: string): ProviderId[] {
  const owner = IDS.find((id) => {
    const hosts = PROVIDERS[id].hosts;
    return hosts !== 'any' && hosts.includes(host);
  });
  return owner ? [owner] : IDS.filter((id) => PROVIDERS[id].hosts === 'any');
}

/** A public DNS name with a letter TLD (no IP literal, no single label such as `localhost`). */
function isDomainName(host: string): boolean {
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host);
}

/** The provider and id of an embed URL, or null: only https, no userinfo, no port. */
export function recognizeEmbed(address: string): RecognizedEmbed | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  for (const provider of candidatesFor(url.hostname)) {
    const match = PROVIDERS[provider].match(url);
    if (match)
      return {
        provider,
        id: match.id,
        account: match.account ?? null,
        host: new URL(match.url).hostname,
        url: match.url,
      };
  }
  return null;
}

/** The player of a recognised embed. */
export function embedFrameOf(embed: RecognizedEmbed): EmbedFrame {
  return PROVIDERS[embed.provider].embedFrame(embed);
}

/** Where the server may fetch an embed's metadata, or null. */
export function metadataSourceOf(embed: RecognizedEmbed): MetadataSource | null {
  return PROVIDERS[embed.provider].metadata(embed);
}

/**
 * The origins of every player on a host the registry names (Mastodon's are not among them:
 * they live on the post's own host, see `frameOriginOf`).
 */
export const FRAME_ORIGINS: readonly string[] = IDS.flatMap((id) => {
  const hosts = PROVIDERS[id].frameHosts;
  return hosts === 'any' ? [] : hosts.map((host) => `https://${host}`);
});

/** The origin a player is framed from. */
export function frameOriginOf(frame: EmbedFrame): string {
  return new URL(frame.src).origin;
}

/** The brand name of a provider. */
export function providerName(provider: ProviderId): string {
  return PROVIDERS[provider].name;
}
