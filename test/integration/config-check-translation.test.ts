import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApertiumServer, startApertium } from '../support/apertium.js';
import { runCli } from '../support/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'sw-config-mt-'));
let apy: ApertiumServer;
beforeAll(async () => {
  apy = await startApertium();
}, 60_000);
afterAll(async () => {
  await apy?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const translationLines = (stdout: string) => stdout.split('\n').filter((l) => /TRANSLATION/.test(l));

describe('config check of the machine-translation provider', () => {
  it('says machine translation is off when no provider is set', async () => {
    const result = await runCli(['config', 'check'], { DATA_DIR: join(dir, 'off') });
    expect(translationLines(result.stdout)).toEqual([
      expect.stringMatching(/^ok +TRANSLATION +TRANSLATION_PROVIDER not set: machine translation is off$/),
    ]);
  });

  it('lists the pairs of a running Apertium APY', async () => {
    const env = { DATA_DIR: join(dir, 'apy'), TRANSLATION_PROVIDER: 'apertium', TRANSLATION_URL: apy.url };
    const result = await runCli(['config', 'check'], env);
    const [line] = translationLines(result.stdout);
    expect(line).toMatch(/^ok +TRANSLATION +Apertium answers; pairs: .*\ben-es\b/);
    expect(line).toMatch(/\bes-pt\b/);
  });

  it('fails on a provider that does not answer, and on a provider without its address or key', async () => {
    const down = await runCli(['config', 'check'], {
      DATA_DIR: join(dir, 'down'),
      TRANSLATION_PROVIDER: 'libretranslate',
      TRANSLATION_URL: 'http://127.0.0.1:9',
    });
    expect(down.code).toBe(1);
    expect(translationLines(down.stdout)).toEqual([
      expect.stringMatching(/^error +TRANSLATION +LibreTranslate does not answer: .*unreachable/),
    ]);
    const keyless = await runCli(['config', 'check'], {
      DATA_DIR: join(dir, 'deepl'),
      TRANSLATION_PROVIDER: 'deepl',
    });
    expect(keyless.code).toBe(1);
    expect(translationLines(keyless.stdout)).toEqual([
      expect.stringMatching(/^error +TRANSLATION_KEY +is needed when TRANSLATION_PROVIDER is deepl$/),
    ]);
    const serve = await runCli(['serve', '--no-demo'], {
      DATA_DIR: join(dir, 'serve'),
      PORT: '0',
      TRANSLATION_PROVIDER: 'apertium',
    });
    expect(serve.code).not.toBe(0);
    expect(serve.stderr).toMatch(/TRANSLATION_URL: is needed when TRANSLATION_PROVIDER is apertium/);
  });
});
