import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

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
});
