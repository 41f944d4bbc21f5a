/**
 * The brand's raster pictures (the icons, /favicon.ico, the logo and the site's card) as a
 * browser or a link preview fetches them: PNGs of the announced size, byte for byte what the
 * build drew, served by a server process that never loads sharp (libvips) for them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSharp } from '../../src/lib/sharp.js';
import { type BrandImageFile, brandImages } from '../../src/render/brand-images.js';
import { type TestApp, testApp } from '../support/app.js';
import { startServerProcess } from '../support/processes.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]);

/** Each address, the file the build wrote for it, and the PNG's width and height (null: the .ico). */
const PICTURES: ReadonlyArray<{ path: string; file: BrandImageFile; size: [number, number] | null }> = [
  { path: '/assets/logo.png', file: 'logo.png', size: [600, 60] },
  { path: '/assets/card.png', file: 'card.png', size: [1200, 630] },
  { path: '/assets/icon-192.png', file: 'icon-192.png', size: [192, 192] },
  { path: '/assets/icon-512.png', file: 'icon-512.png', size: [512, 512] },
  { path: '/apple-touch-icon.png', file: 'icon-180.png', size: [180, 180] },
  { path: '/favicon.ico', file: 'favicon.ico', size: null },
];

describe('the brand pictures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('sqlite');
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('are PNGs (and an .ico of PNGs) of the announced size, cached for a day', async () => {
    for (const { path, size } of PICTURES) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(size ? 'image/png' : 'image/x-icon');
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=86400');
      const bytes = Buffer.from(await res.arrayBuffer());
      if (size) {
        expect(bytes.subarray(0, 8), path).toEqual(PNG_SIGNATURE);
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], path).toEqual(size);
      } else {
        // Three images (16, 32, 48 px), each a PNG.
        expect(bytes.readUInt16LE(4)).toBe(3);
        for (const i of [0, 1, 2]) {
          const offset = bytes.readUInt32LE(6 + 16 * i + 12);
          expect(bytes.subarray(offset, offset + 8)).toEqual(PNG_SIGNATURE);
        }
      }
    }
  });

  it('are byte for byte what drawing the brand with sharp gives', async () => {
    const drawn = await brandImages(await loadSharp());
    for (const { path, file } of PICTURES) {
      const served = Buffer.from(await (await t.app.request(path)).arrayBuffer());
      expect(served.equals(Buffer.from(drawn.get(file) ?? [])), path).toBe(true);
    }
  });

  it('are served by a server process that never loads sharp for them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-brand-'));
    const server = await startServerProcess({ DATA_DIR: dir });
    try {
      for (const { path } of PICTURES) {
        const res = await fetch(`${server.url}${path}`);
        expect(res.status, path).toBe(200);
        const served = Buffer.from(await res.arrayBuffer());
        const inProcess = Buffer.from(await (await t.app.request(path)).arrayBuffer());
        expect(served.equals(inProcess), path).toBe(true);
      }
      // libvips (sharp's native library) is mapped into a process once sharp is loaded.
      const maps = readFileSync(`/proc/${server.child.pid}/maps`, 'utf8');
      expect(maps).not.toMatch(/libvips|sharp-/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
