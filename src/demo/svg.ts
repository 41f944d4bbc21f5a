/**
 * Small SVG drawing helpers for the demo pictures: a seeded random generator, gradients,
 * bands, mountain ridges, stars and lit windows, on a 1600x900 canvas.
 * @example ridge(rng(1), 400, 200, 5, '#556') // a polygon of five peaks
 */

export const W = 1600;
export const H = 900;

export type Rng = () => number;

/** A small seeded generator (mulberry32), so every scene looks the same on every run. */
export function rng(seed: number): Rng {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds a coordinate. */
export const r0 = (n: number) => Math.round(n);

/** A vertical gradient definition from evenly spread colours. */
export function vgrad(id: string, colours: string[]): string {
  const stops = colours.map(
    (c, i) => `<stop offset="${i / Math.max(1, colours.length - 1)}" stop-color="${c}"/>`,
  );
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops.join('')}</linearGradient>`;
}

/** A full-width band filled with a gradient or colour. */
export function band(y: number, h: number, fill: string, opacity = 1): string {
  return `<rect x="0" y="${y}" width="${W}" height="${h}" fill="${fill}" opacity="${opacity}"/>`;
}

/** A mountain ridge from left to right edge, closed down to `bottom`. */
export function ridge(rand: Rng, base: number, amp: number, peaks: number, fill: string, bottom = H): string {
  const pts: string[] = [`0,${bottom}`];
  const step = W / peaks;
  for (let i = 0; i <= peaks; i++) {
    const x = i * step;
    pts.push(`${r0(x)},${r0(base - amp * (0.35 + 0.65 * rand()))}`);
    if (i < peaks) pts.push(`${r0(x + step / 2)},${r0(base - amp * 0.15 * rand())}`);
  }
  pts.push(`${W},${bottom}`);
  return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}

/** Scattered stars above `maxY`. */
export function stars(rand: Rng, n: number, maxY: number): string {
  return Array.from({ length: n }, () => {
    const r = (0.6 + rand() * 1.6).toFixed(1);
    return `<circle cx="${r0(rand() * W)}" cy="${r0(rand() * maxY)}" r="${r}" fill="#fff" opacity="${(0.4 + rand() * 0.6).toFixed(2)}"/>`;
  }).join('');
}

/** A radial glow gradient definition (a sun, a moon). */
export function glow(id: string, colour: string): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${colour}" stop-opacity="0.9"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`;
}

/** Lit windows scattered over a rectangle. */
export function windows(
  rand: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  lit: string,
  share = 0.45,
): string {
  const out: string[] = [];
  for (let wy = y + 14; wy < y + h - 18; wy += 26) {
    for (let wx = x + 10; wx < x + w - 16; wx += 22) {
      if (rand() < share) out.push(`<rect x="${wx}" y="${wy}" width="10" height="14" fill="${lit}"/>`);
    }
  }
  return out.join('');
}
