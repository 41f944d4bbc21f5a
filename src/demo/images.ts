/**
 * The demo newsroom's pictures, drawn locally as SVG scenes (no downloads, no text) and
 * turned into JPEG with sharp. Deterministic: the same name always gives the same picture.
 * @example const jpeg = await demoImage('glacier') // a 1600x900 JPEG Buffer
 */
import { loadSharp } from '../lib/sharp.js';
import { band, glow, H, type Rng, r0, ridge, rng, stars, vgrad, W, windows } from './svg.js';

const TONGUE =
  'M420,270 C620,235 980,235 1180,270 C1080,440 1050,640 1030,800 L570,800 C550,640 520,440 420,270 Z';

/** Each scene: its default alt text (English) and how to draw it. */
const SCENES = {
  glacier: {
    alt: 'A glacier tongue between dark rock walls, ending in a milky turquoise lake',
    draw(rand: Rng) {
      const cracks = Array.from({ length: 14 }, (_, i) => {
        const y = 360 + i * 28;
        const x = 420 + rand() * 500;
        return `<path d="M${r0(x)},${y} q${r0(120 + rand() * 80)},${r0(14 + rand() * 20)} ${r0(260 + rand() * 160)},0" stroke="#7fa9c4" stroke-width="3" fill="none" opacity="0.7"/>`;
      }).join('');
      return `<defs>${vgrad('s', ['#9cc7e8', '#e9f3fa'])}${vgrad('i', ['#f4fbff', '#a8d3ea', '#6aa9cc'])}${vgrad('l', ['#5fc4c4', '#2e8f9e'])}</defs>
        ${band(0, H, 'url(#s)')}${ridge(rand, 330, 220, 5, '#8994a3')}${ridge(rand, 470, 300, 3, '#4a4f59')}
        <clipPath id="c"><path d="${TONGUE}"/></clipPath><path d="${TONGUE}" fill="url(#i)"/><g clip-path="url(#c)">${cracks}</g>
        ${band(790, 50, '#6d6a64')}<ellipse cx="800" cy="880" rx="640" ry="70" fill="url(#l)"/>`;
    },
  },
  'alpine-lake': {
    alt: 'Snow-capped peaks at dawn mirrored in a still mountain lake',
    draw(rand: Rng) {
      const far = ridge(rand, 420, 260, 4, 'url(#snow)', 560);
      const near = ridge(rand, 500, 200, 6, '#5b4f7a', 560);
      return `<defs>${vgrad('s', ['#2b4a7e', '#c97fa0', '#f7c08a'])}${vgrad('w', ['#4e5f8f', '#1f2b4c'])}
        <linearGradient id="snow" gradientUnits="userSpaceOnUse" x1="0" y1="160" x2="0" y2="420"><stop offset="0.46" stop-color="#fdf6f4"/><stop offset="0.48" stop-color="#b7a3c9"/></linearGradient></defs>
        ${band(0, 560, 'url(#s)')}${far}${near}
        ${band(560, 340, 'url(#w)')}<g transform="translate(0,1120) scale(1,-1)" opacity="0.35">${far}${near}</g>
        ${[600, 640, 700].map((y) => `<rect x="${200 + rand() * 900}" y="${y}" width="${200 + rand() * 300}" height="2" fill="#fff" opacity="0.4"/>`).join('')}`;
    },
  },
  'night-train': {
    alt: 'A night train with lit windows crossing a stone viaduct under a starry sky',
    draw(rand: Rng) {
      const arches = Array.from(
        { length: 9 },
        (_, i) => `<path d="M${70 + i * 170},900 v-150 a60,60 0 0 1 120,0 v150 z" fill="#0c1424"/>`,
      ).join('');
      const cars = Array.from({ length: 6 }, (_, i) => {
        const x = 260 + i * 190;
        const lit = Array.from(
          { length: 6 },
          (_, k) => `<rect x="${x + 14 + k * 28}" y="572" width="18" height="16" fill="#ffd77a"/>`,
        ).join('');
        return `<rect x="${x}" y="560" width="180" height="50" rx="8" fill="#23314f"/>${lit}`;
      }).join('');
      return `<defs>${vgrad('s', ['#050b1e', '#1b2a55', '#3c4f86'])}${glow('m', '#fff6d8')}</defs>
        ${band(0, H, 'url(#s)')}${stars(rand, 140, 420)}<circle cx="1280" cy="150" r="120" fill="url(#m)"/>
        <circle cx="1280" cy="150" r="48" fill="#fff8e6"/>${ridge(rand, 560, 220, 4, '#17223d')}
        <rect x="0" y="612" width="${W}" height="40" fill="#5d5a66"/><rect x="0" y="652" width="${W}" height="248" fill="#4a4854"/>
        ${arches}${cars}<rect x="1400" y="566" width="90" height="44" rx="18" fill="#b3261e"/>`;
    },
  },
  'city-night': {
    alt: 'A city skyline at night with office windows lit, reflected in a river',
    draw(rand: Rng) {
      const blocks: string[] = [];
      for (let x = -20; x < W; ) {
        const w = 70 + rand() * 110;
        const h = 180 + rand() * 380;
        const y = 640 - h;
        blocks.push(`<rect x="${r0(x)}" y="${r0(y)}" width="${r0(w)}" height="${r0(h)}" fill="#15182e"/>`);
        blocks.push(windows(rand, r0(x), r0(y), r0(w), r0(h), '#f5c66b', 0.35));
        x += w + 6;
      }
      return `<defs>${vgrad('s', ['#120b2e', '#4b2a6b', '#d0677a'])}${vgrad('r', ['#2a1e47', '#0b0a1a'])}</defs>
        ${band(0, 640, 'url(#s)')}${blocks.join('')}${band(640, 260, 'url(#r)')}
        ${Array.from({ length: 40 }, () => `<rect x="${r0(rand() * W)}" y="${r0(650 + rand() * 240)}" width="${r0(20 + rand() * 60)}" height="3" fill="#f5c66b" opacity="0.45"/>`).join('')}`;
    },
  },
  chart: {
    alt: 'A stylised bar chart with a falling trend line',
    draw(rand: Rng) {
      const grid = Array.from(
        { length: 7 },
        (_, i) => `<rect x="120" y="${140 + i * 100}" width="1360" height="2" fill="#2d3a52"/>`,
      ).join('');
      const values = Array.from({ length: 12 }, (_, i) => 560 - i * 22 + (rand() - 0.5) * 120);
      const bars = values
        .map(
          (v, i) =>
            `<rect x="${150 + i * 112}" y="${r0(740 - v)}" width="70" height="${r0(v)}" rx="6" fill="url(#b)"/>`,
        )
        .join('');
      const line = values.map((v, i) => `${185 + i * 112},${r0(720 - v * 0.9)}`).join(' ');
      return `<defs>${vgrad('g', ['#0e1626', '#18243a'])}${vgrad('b', ['#4fd1c5', '#2b6cb0'])}</defs>
        ${band(0, H, 'url(#g)')}${grid}${bars}<polyline points="${line}" fill="none" stroke="#f6ad55" stroke-width="6"/>
        ${line
          .split(' ')
          .map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="9" fill="#f6ad55"/>`)
          .join('')}`;
    },
  },
  'open-air-cinema': {
    alt: 'An open-air cinema screen glowing by a lake at dusk, with an audience in silhouette',
    draw(rand: Rng) {
      const heads = Array.from({ length: 60 }, (_, i) => {
        const row = Math.floor(i / 20);
        const x = 40 + (i % 20) * 80 + rand() * 30;
        const y = 760 + row * 50;
        return `<circle cx="${r0(x)}" cy="${y}" r="${24 + row * 4}" fill="#0d0a14"/><rect x="${r0(x - 30)}" y="${y + 10}" width="60" height="120" rx="24" fill="#0d0a14"/>`;
      }).join('');
      const bulbs = Array.from({ length: 32 }, (_, i) => {
        const x = 50 * i;
        return `<circle cx="${x}" cy="${r0(90 + 0.00022 * (x - 800) ** 2 * -1 + 140)}" r="7" fill="#ffe08a"/>`;
      }).join('');
      return `<defs>${vgrad('s', ['#1d2350', '#7a3f78', '#f08c5a'])}${vgrad('p', ['#f7d36b', '#e2567a', '#5b3cc4'])}</defs>
        ${band(0, 560, 'url(#s)')}${band(560, 340, '#1d2347')}${ridge(rand, 560, 90, 5, '#2a2550', 560)}
        <rect x="460" y="210" width="680" height="380" fill="#1a1a1a"/><rect x="480" y="230" width="640" height="340" fill="url(#p)"/>
        <circle cx="700" cy="400" r="110" fill="#fff" opacity="0.35"/><rect x="560" y="590" width="20" height="160" fill="#1a1a1a"/>
        <rect x="1020" y="590" width="20" height="160" fill="#1a1a1a"/>${bulbs}${heads}`;
    },
  },
  'ice-stake': {
    alt: 'A red and white measuring stake drilled into glacier ice, peaks behind',
    draw(rand: Rng) {
      const stripes = Array.from(
        { length: 8 },
        (_, i) => `<rect x="-14" y="${i * 60}" width="28" height="30" fill="#d62828"/>`,
      ).join('');
      return `<defs>${vgrad('s', ['#1f6fb2', '#8cc4ec'])}${vgrad('i', ['#f9fdff', '#c5e1f1', '#93bfdc'])}</defs>
        ${band(0, H, 'url(#s)')}${ridge(rand, 420, 200, 6, '#e9f1f7')}${ridge(rand, 470, 120, 8, '#7b8fa3')}
        <path d="M0,560 C400,500 1200,520 ${W},560 L${W},${H} L0,${H} Z" fill="url(#i)"/>
        <ellipse cx="820" cy="800" rx="120" ry="18" fill="#7fa7c4" opacity="0.6"/>
        <g transform="translate(820,320) rotate(4)"><rect x="-14" y="0" width="28" height="480" fill="#fafafa"/>${stripes}</g>`;
    },
  },
  parliament: {
    alt: 'A domed parliament building at dusk with lit windows',
    draw(rand: Rng) {
      const cols = Array.from(
        { length: 14 },
        (_, i) => `<rect x="${420 + i * 56}" y="500" width="22" height="220" fill="#cfc3a8"/>`,
      ).join('');
      return `<defs>${vgrad('s', ['#1e3c72', '#6b7fb8', '#f2b880'])}${vgrad('d', ['#6fa19a', '#3f6f69'])}</defs>
        ${band(0, H, 'url(#s)')}${ridge(rand, 640, 120, 6, '#46507a')}
        <rect x="160" y="470" width="1280" height="300" fill="#b8aa8c"/>${windows(rand, 180, 500, 220, 240, '#ffd98a', 0.6)}
        ${windows(rand, 1200, 500, 220, 240, '#ffd98a', 0.6)}<rect x="380" y="440" width="840" height="60" fill="#a39578"/>
        ${cols}<path d="M560,440 Q800,160 1040,440 Z" fill="url(#d)"/><rect x="775" y="210" width="50" height="70" fill="#3f6f69"/>
        <rect x="120" y="770" width="1360" height="30" fill="#8c7f66"/>${band(800, 100, '#3b3a44')}`;
    },
  },
  'solar-alps': {
    alt: 'Rows of solar panels on an alpine meadow below snowy mountains',
    draw(rand: Rng) {
      const rows = Array.from({ length: 5 }, (_, row) => {
        const y = 520 + row * 70;
        return Array.from({ length: 9 }, (_, k) => {
          const x = 90 + k * 160 + row * 18;
          return `<polygon points="${x},${y + 40} ${x + 30},${y} ${x + 170},${y} ${x + 140},${y + 40}" fill="#1c3f7a" stroke="#8fb3e0" stroke-width="2"/>`;
        }).join('');
      }).join('');
      return `<defs>${vgrad('s', ['#3b8fd9', '#bfe2fb'])}${vgrad('g', ['#8fc46a', '#4f8a3a'])}${glow('sun', '#fff7c2')}</defs>
        ${band(0, H, 'url(#s)')}<circle cx="260" cy="150" r="160" fill="url(#sun)"/><circle cx="260" cy="150" r="55" fill="#fffbe0"/>
        ${ridge(rand, 360, 220, 4, '#f4f8fb')}${ridge(rand, 430, 140, 6, '#8a9bab')}
        <path d="M0,470 C500,420 1100,440 ${W},480 L${W},${H} L0,${H} Z" fill="url(#g)"/>${rows}`;
    },
  },
  'geneva-lake': {
    alt: 'A tall lake fountain rising from deep blue water, mountains beyond',
    draw(rand: Rng) {
      const town = Array.from({ length: 26 }, (_, i) => {
        const h = 30 + rand() * 50;
        return `<rect x="${i * 62}" y="${r0(560 - h)}" width="56" height="${r0(h)}" fill="#d9d2c5"/>`;
      }).join('');
      return `<defs>${vgrad('s', ['#5aa0e6', '#d6ecfb'])}${vgrad('w', ['#1d5fa3', '#0b2f5c'])}
        <linearGradient id="j" x1="0" y1="1" x2="0" y2="0"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient></defs>
        ${band(0, H, 'url(#s)')}<g opacity="0.6">${ridge(rand, 470, 170, 4, '#b4c6dc', 560)}</g>${town}
        ${band(560, 340, 'url(#w)')}<path d="M1040,580 C1010,400 1000,200 1030,80 C1060,200 1080,420 1070,580 Z" fill="url(#j)"/>
        <ellipse cx="1055" cy="585" rx="70" ry="14" fill="#fff" opacity="0.8"/>`;
    },
  },
  'power-lines': {
    alt: 'High-voltage pylons and cables across fields at sunset',
    draw(rand: Rng) {
      const pylon = (x: number, s: number) =>
        `<g transform="translate(${x},700) scale(${s})" stroke="#2a1d1a" stroke-width="6" fill="none"><path d="M-60,0 L-12,-420 L12,-420 L60,0 M-45,-120 L45,-120 M-30,-250 L30,-250 M-45,-120 L30,-250 M45,-120 L-30,-250 M-110,-330 L110,-330 M-80,-380 L80,-380 M-12,-420 L0,-470 L12,-420"/></g>`;
      const cables = [-330, -380].flatMap((dy) =>
        [-1, 1].map((side) => {
          const y1 = 700 + dy * 1;
          const y2 = 700 + dy * 0.7;
          return `<path d="M${330 + side * 110},${y1} Q${800},${y1 + 120} ${1180 + side * 77},${y2}" stroke="#2a1d1a" stroke-width="3" fill="none"/>`;
        }),
      );
      return `<defs>${vgrad('s', ['#2c3e75', '#e86f51', '#ffd27f'])}${glow('sun', '#ffe5a3')}</defs>
        ${band(0, H, 'url(#s)')}<circle cx="760" cy="600" r="260" fill="url(#sun)"/>${ridge(rand, 690, 60, 8, '#5a3b48')}
        ${band(700, 200, '#3d2b2b')}${Array.from({ length: 8 }, (_, i) => `<rect x="0" y="${710 + i * 24}" width="${W}" height="6" fill="#6b4536" opacity="0.5"/>`).join('')}
        ${pylon(330, 1)}${pylon(1180, 0.7)}${cables.join('')}`;
    },
  },
  posters: {
    alt: 'A wall of geometric posters in bold primary colours',
    draw(rand: Rng) {
      const palette = ['#e63946', '#f1c40f', '#1d3557', '#f4f1ea', '#2a9d8f', '#111'];
      const pick = () => palette[Math.floor(rand() * palette.length)] ?? '#111';
      const cells: string[] = [];
      for (let c = 0; c < 5; c++) {
        for (let r = 0; r < 2; r++) {
          const x = 60 + c * 300;
          const y = 60 + r * 400;
          const shape =
            rand() < 0.5
              ? `<circle cx="${x + 130}" cy="${y + 160}" r="${60 + rand() * 60}" fill="${pick()}"/>`
              : `<polygon points="${x},${y + 340} ${x + 260},${y + 40} ${x + 260},${y + 200}" fill="${pick()}"/>`;
          cells.push(
            `<rect x="${x}" y="${y}" width="260" height="360" fill="${pick()}"/>${shape}<rect x="${x + 20}" y="${y + 300}" width="${60 + rand() * 160}" height="22" fill="${pick()}"/>`,
          );
        }
      }
      return `${band(0, H, '#d8d2c4')}${cells.join('')}`;
    },
  },
  gallery: {
    alt: 'A museum room with framed colourful pictures and a bench',
    draw(rand: Rng) {
      const frames = [
        [140, 220, 300, 380],
        [560, 180, 480, 300],
        [1160, 240, 300, 360],
      ].map(([x = 0, y = 0, w = 0, h = 0], i) => {
        const hue = [12, 200, 48][i] ?? 0;
        return `<rect x="${x - 14}" y="${y - 14}" width="${w + 28}" height="${h + 28}" fill="#2f2a25"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="hsl(${hue},70%,55%)"/>
          <circle cx="${x + w * rand()}" cy="${y + h * rand()}" r="${40 + rand() * 60}" fill="hsl(${hue + 160},70%,45%)"/><rect x="${x}" y="${y + h * 0.6}" width="${w}" height="${h * 0.12}" fill="#f4efe6" opacity="0.8"/>`;
      });
      return `<defs>${vgrad('wall', ['#f1ece4', '#e2dacd'])}${vgrad('f', ['#a77b55', '#6f4b31'])}</defs>
        ${band(0, 680, 'url(#wall)')}${band(680, 220, 'url(#f)')}${frames.join('')}
        <rect x="560" y="720" width="480" height="40" fill="#3a3a3a"/><rect x="590" y="760" width="20" height="70" fill="#3a3a3a"/>
        <rect x="990" y="760" width="20" height="70" fill="#3a3a3a"/>`;
    },
  },
  'snow-slope': {
    alt: 'A steep snow slope with a small measuring mast and solar panel below a ridge',
    draw(rand: Rng) {
      return `<defs>${vgrad('s', ['#0f3d7a', '#5a9be0'])}${vgrad('n', ['#ffffff', '#d8e7f5'])}${vgrad('sh', ['#9fbde0', '#c9dcef'])}</defs>
        ${band(0, H, 'url(#s)')}${ridge(rand, 380, 240, 3, '#eef4fa')}<path d="M0,300 L700,240 L1600,700 L1600,900 L0,900 Z" fill="url(#n)"/>
        <path d="M700,240 L1100,520 L1600,700 L1600,900 L1300,900 Z" fill="url(#sh)" opacity="0.7"/>
        ${Array.from({ length: 12 }, (_, i) => `<circle cx="${300 + i * 70}" cy="${420 + i * 30 + rand() * 10}" r="5" fill="#b9cde3"/>`).join('')}
        <rect x="494" y="380" width="12" height="340" fill="#444"/><polygon points="455,420 590,390 590,465 455,495" fill="#1f3b6e" stroke="#999" stroke-width="4"/>
        <rect x="476" y="700" width="48" height="26" fill="#e4572e"/>`;
    },
  },
  mosaic: {
    alt: 'A mosaic of red, white and grey polygons, like a stylised map of many regions',
    draw(rand: Rng) {
      const cols = 17;
      const rows = 10;
      const pts: Array<[number, number]> = [];
      for (let r = 0; r <= rows; r++) {
        for (let c = 0; c <= cols; c++) {
          const edge = r === 0 || c === 0 || r === rows || c === cols;
          pts.push([
            (c * W) / cols + (edge ? 0 : (rand() - 0.5) * 60),
            (r * H) / rows + (edge ? 0 : (rand() - 0.5) * 50),
          ]);
        }
      }
      const palette = ['#d52b1e', '#f3f1ee', '#b71c1c', '#9aa5b1', '#e57373', '#5c6b7a'];
      const at = (r: number, c: number) => pts[r * (cols + 1) + c] ?? [0, 0];
      const tris: string[] = [];
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const [a, b, d, e] = [at(r, c), at(r, c + 1), at(r + 1, c), at(r + 1, c + 1)];
          for (const tri of [
            [a, b, e],
            [a, e, d],
          ]) {
            const fill = palette[Math.floor(rand() * palette.length)] ?? '#fff';
            tris.push(
              `<polygon points="${tri.map(([x, y]) => `${r0(x)},${r0(y)}`).join(' ')}" fill="${fill}" stroke="#fff" stroke-width="2"/>`,
            );
          }
        }
      }
      return tris.join('');
    },
  },
} satisfies Record<string, { alt: string; draw(rand: Rng): string }>;

export type DemoImageName = keyof typeof SCENES;

/** The names of every demo picture, in a stable order. */
export const DEMO_IMAGE_NAMES = Object.keys(SCENES) as DemoImageName[];

/** The default (English) alt text of a demo picture. */
export function demoImageAlt(name: DemoImageName): string {
  return SCENES[name].alt;
}

/** The SVG source of a demo picture. */
export function demoImageSvg(name: DemoImageName): string {
  const seed = [...name].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) | 0, 7);
  const body = SCENES[name].draw(rng(seed));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

/** A demo picture as a 1600x900 JPEG. */
export async function demoImage(name: DemoImageName): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(Buffer.from(demoImageSvg(name)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 84, mozjpeg: false })
    .toBuffer();
}
