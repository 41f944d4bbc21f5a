import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseSettings, SETTINGS } from '../../src/config.js';

describe('the table of settings', () => {
  it('gives every setting a default that its own parser takes', () => {
    expect(parseSettings({}).problems).toEqual([]);
    expect(loadConfig({}).port).toBe(3000);
  });

  it('finds every bad setting at once, and never shows the value of a secret one', () => {
    const { problems } = parseSettings({
      PORT: '99999',
      PAGE_CACHE: 'sometimes',
      DATABASE_URL: 'mysql://root:hunter2@db/x',
    });
    expect(problems.map((p) => p.name)).toEqual(['PORT', 'DATABASE_URL', 'PAGE_CACHE']);
    expect(problems.find((p) => p.name === 'PORT')?.value).toBe('99999');
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });

  it('is documented: the README names every setting', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const missing = Object.keys(SETTINGS).filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
