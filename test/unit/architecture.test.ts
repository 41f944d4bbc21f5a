import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const CLIENT = join(import.meta.dirname, '../../client');
const ROUTES = join(SRC, 'http/routes');

/** Which layers each layer may import (besides itself). Files at the root of src/ may import anything. */
const ALLOWED: Record<string, readonly string[]> = {
  lib: [],
  domain: ['lib'],
  i18n: ['domain', 'lib'],
  editor: ['domain', 'lib'],
  importers: ['domain', 'editor', 'lib'],
  integrations: ['domain', 'lib'],
  storage: ['domain', 'lib'],
  render: ['domain', 'i18n', 'lib'],
  commands: ['domain', 'storage', 'editor', 'importers', 'integrations', 'lib'],
  jobs: ['commands', 'storage', 'domain', 'lib'],
  demo: ['commands', 'storage', 'domain', 'lib'],
  http: ['commands', 'storage', 'render', 'domain', 'i18n', 'editor', 'integrations', 'lib'],
};

/** Folders of src/ the browser islands may import values from. */
const CLIENT_MAY_IMPORT = ['domain', 'editor', 'lib'];
/**
 * Files the islands may import types from (and nothing else): the editor page's view model,
 * which the server renders into the page and the editor island reads back.
 */
const CLIENT_MAY_IMPORT_TYPES = ['render/newsroom/editor-view.tsx'];

/** Every relative import of a file: its target (resolved) and whether it brings types only. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)(\s+type)?\s[^;]*?from '(\.[^']+)'/gm)].map((match) => ({
    target: join(file, '..', match[2]!.replace(/\.js$/, '')),
    typeOnly: match[1] !== undefined,
  }));
}

/** The file an import names: `x.js` is written for `x.ts` or `x.tsx`. */
function sourceFile(target: string): string {
  for (const ext of ['.ts', '.tsx']) {
    try {
      if (statSync(target + ext).isFile()) return target + ext;
    } catch {}
  }
  return target;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('architecture', () => {
  it('keeps imports pointing inward, layer by layer', () => {
    const violations: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file);
      const layer = rel.includes('/') ? rel.split('/')[0]! : null;
      if (layer === null) continue;
      const allowed = ALLOWED[layer];
      if (!allowed) {
        violations.push(`${rel}: folder ${layer} has no rule`);
        continue;
      }
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/from '(\.[^']+)'/g)) {
        const target = relative(SRC, join(file, '..', match[1]!));
        const targetLayer = target.includes('/') ? target.split('/')[0]! : target.replace(/\.js$/, '');
        if (targetLayer !== layer && !allowed.includes(targetLayer))
          violations.push(`${rel} imports ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no module-level database or server singletons outside the composition root', () => {
    for (const file of files(SRC)) {
      const rel = relative(SRC, file);
      if (rel === 'main.ts' || rel === 'cli.ts') continue;
      expect(readFileSync(file, 'utf8'), rel).not.toMatch(
        /^(export )?const \w+ = (await )?(openDatabase|openSqlite|createApp)\(/m,
      );
    }
  });

  it("lets no route file import another: each audience's router.ts mounts its own folder, and app.tsx the routers", () => {
    const found: string[] = [];
    for (const file of files(ROUTES)) {
      for (const { target } of importsOf(file)) {
        const resolved = sourceFile(target);
        if (relative(ROUTES, resolved).startsWith('..')) continue;
        // A folder's router mounts the route files of its own folder, and only those.
        if (basename(file) === 'router.ts' && dirname(resolved) === dirname(file) && resolved !== file)
          continue;
        found.push(`${relative(ROUTES, file)} imports ${relative(ROUTES, resolved)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("lets the browser islands import only domain, editor and lib (and the editor view model's types)", () => {
    const violations: string[] = [];
    for (const file of files(CLIENT)) {
      for (const { target, typeOnly } of importsOf(file)) {
        const resolved = sourceFile(target);
        if (!relative(CLIENT, resolved).startsWith('..')) continue;
        const rel = relative(SRC, resolved);
        const layer = rel.split('/')[0]!;
        const allowed =
          (!rel.startsWith('..') && CLIENT_MAY_IMPORT.includes(layer)) ||
          (typeOnly && CLIENT_MAY_IMPORT_TYPES.includes(rel));
        if (!allowed)
          violations.push(`client/${relative(CLIENT, file)} imports ${relative(join(SRC, '..'), resolved)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no barrel index files: a module is imported from the file that defines it', () => {
    const barrels = [...files(SRC), ...files(CLIENT)].filter((file) => /^index\.tsx?$/.test(basename(file)));
    expect(barrels.map((file) => relative(join(SRC, '..'), file))).toEqual([]);
  });

  it('keeps modules to about 300 lines, or says at their top why one is longer', () => {
    const long: string[] = [];
    for (const file of [...files(SRC), ...files(CLIENT)]) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').length;
      const header = text.slice(0, text.indexOf('*/') + 2);
      if (lines > 330 && !header.includes('Longer than 300 lines:'))
        long.push(`${relative(SRC, file)}: ${lines}`);
    }
    expect(long).toEqual([]);
  });
});
