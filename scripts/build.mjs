// Builds the server and the command line into dist/ with esbuild (packages stay external;
// dist/cli.js checks the Node.js version, then loads the rest from a chunk of its own),
// and the browser islands (client/) into dist/public/, served under /assets/.
import { build } from 'esbuild';

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
