// Builds the server and the command line into dist/ with esbuild (packages stay external;
// dist/cli.js checks the Node.js version, then loads the rest from a chunk of its own),
// the browser islands (client/) into dist/public/, served under /assets/, and the brand's
// raster pictures (icons, logo, the site's card) into dist/public/brand/, drawn here with
// sharp so that the server serves files and never loads sharp for them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import sharp from 'sharp';

await build({
  entryPoints: { cli: 'src/entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  // Chunks stay beside cli.js: the server finds its browser assets in ./public/ next to itself.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  jsx: 'automatic',
  jsxImportSource: '#jsx',
  logLevel: 'warning',
});

await build({
  entryPoints: {
    embeds: 'client/embeds.ts',
    views: 'client/views.ts',
    editor: 'client/editor/main.ts',
    library: 'client/library.ts',
    comments: 'client/comments.ts',
  },
  outdir: 'dist/public',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// src/render/brand-images.ts, bundled on its own (it imports no package: sharp is passed in)
// and run from memory.
const {
  outputFiles: [drawing],
} = await build({
  entryPoints: ['src/render/brand-images.ts'],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
});
const { brandImages } = await import(
  `data:text/javascript;base64,${Buffer.from(drawing.contents).toString('base64')}`
);
const brandDir = join('dist', 'public', 'brand');
mkdirSync(brandDir, { recursive: true });
for (const [name, bytes] of await brandImages(sharp)) writeFileSync(join(brandDir, name), bytes);
