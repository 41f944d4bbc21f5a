/**
 * Bytes on the wire for bench/run.mjs: what a page weighs plain, gzip- and brotli-compressed
 * (body and response headers, as HTTP/1.1 sends them), and how long a reader on a slow mobile
 * network waits for it. The download time is a model, not a measurement: a new HTTPS
 * connection (TCP handshake, TLS 1.3 handshake, then the request: three round trips before
 * the first byte), TCP slow start from an initial window of 10 segments of 1,460 bytes
 * (RFC 6928) that doubles each round trip, and the body and headers at the profile's
 * bandwidth; DNS, packet loss and the device's CPU are left out.
 * @example const wire = wireOf(identityRes, gzipRes, brRes); downloadSeconds(wire.br, PROFILES[0]);
 */

/**
 * Network profiles, as their authors define them:
 * - WebPageTest "3G Slow (400 Kbps, 400ms RTT)", www/settings/connectivity.ini.sample of
 *   WPO-Foundation/webpagetest;
 * - Lighthouse's `mobileRegular3G` (300 ms RTT, 700 kbit/s) and `mobileSlow4G`, its default
 *   mobile throttling (150 ms RTT, 1.6 × 1024 kbit/s), core/config/constants.js of
 *   GoogleChrome/lighthouse.
 */
export const PROFILES = [
  { name: 'Slow 3G (WebPageTest)', rttMs: 400, kbps: 400 },
  { name: 'Regular 3G (Lighthouse)', rttMs: 300, kbps: 700 },
  { name: 'Slow 4G (Lighthouse default)', rttMs: 150, kbps: 1.6 * 1024 },
];

const SEGMENT = 1460;
const INITIAL_WINDOW = 10 * SEGMENT;
const ROUND_TRIPS_BEFORE_FIRST_BYTE = 3;

/** Seconds to download `bytes` on a new connection over `profile` (the model above). */
export function downloadSeconds(bytes, profile) {
  const rtt = profile.rttMs / 1000;
  const bytesPerSecond = (profile.kbps * 1000) / 8;
  let seconds = ROUND_TRIPS_BEFORE_FIRST_BYTE * rtt;
  let left = bytes;
  let window = INITIAL_WINDOW;
  while (left > 0) {
    const sent = Math.min(left, window);
    left -= sent;
    const sending = sent / bytesPerSecond;
    // A full window waits for its acknowledgements unless the link is the slower part.
    seconds += left > 0 ? Math.max(sending, rtt) : sending;
    window *= 2;
  }
  return seconds;
}

/** Bytes of a response's status line and headers, as HTTP/1.1 writes them. */
function headerBytes(res) {
  const lines = [`HTTP/1.1 ${res.status} OK`];
  for (let i = 0; i < res.rawHeaders.length; i += 2)
    lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
  return Buffer.byteLength(`${lines.join('\r\n')}\r\n\r\n`);
}

/** Body and header bytes of the three answers of one page: plain, gzip and brotli. */
export function wireOf(identity, gzip, br) {
  const of = (res) => ({
    body: res.body.length,
    headers: headerBytes(res),
    total: res.body.length + headerBytes(res),
  });
  return { identity: of(identity), gzip: of(gzip), br: of(br) };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const s = (seconds) => `${seconds.toFixed(2)} s`;

export const WIRE_HEADERS = [
  'Page',
  'plain',
  'gzip',
  'brotli',
  'brotli saves',
  ...PROFILES.map((p) => `${p.name}: plain → brotli`),
];

/** Table rows: the body sizes of each coding and the download times of plain and brotli. */
export function wireRows(pages) {
  return pages.map((page) => {
    const { identity, gzip, br } = page.wire;
    return [
      page.name,
      kb(identity.body),
      kb(gzip.body),
      kb(br.body),
      `${((1 - br.total / identity.total) * 100).toFixed(0)} %`,
      ...PROFILES.map(
        (profile) =>
          `${s(downloadSeconds(identity.total, profile))} → ${s(downloadSeconds(br.total, profile))}`,
      ),
    ];
  });
}
