import { describe, expect, it } from 'vitest';
import { loadConfig, settingsHelp } from '../../src/config.js';

describe('the machine-translation settings', () => {
  it('leave machine translation off when no provider is set', () => {
    expect(loadConfig({}).translation).toBeUndefined();
  });

  it('name the provider, its address, key and pivot', () => {
    expect(
      loadConfig({
        TRANSLATION_PROVIDER: 'apertium',
        TRANSLATION_URL: 'http://127.0.0.1:2737',
        TRANSLATION_PIVOT: 'es',
      }).translation,
    ).toEqual({ provider: 'apertium', url: 'http://127.0.0.1:2737', key: undefined, pivot: 'es' });
    expect(loadConfig({ TRANSLATION_PROVIDER: 'deepl', TRANSLATION_KEY: 'k:fx' }).translation).toEqual({
      provider: 'deepl',
      url: undefined,
      key: 'k:fx',
      pivot: undefined,
    });
  });

  it('refuse an unknown provider or pivot, and a provider without what it needs, in one line', () => {
    expect(() => loadConfig({ TRANSLATION_PROVIDER: 'google' })).toThrow(
      /^bad setting TRANSLATION_PROVIDER: /,
    );
    expect(() =>
      loadConfig({ TRANSLATION_PROVIDER: 'deepl', TRANSLATION_KEY: 'k', TRANSLATION_PIVOT: 'xx' }),
    ).toThrow(/^bad setting TRANSLATION_PIVOT: must be one of en, de/);
    expect(() => loadConfig({ TRANSLATION_PROVIDER: 'libretranslate' })).toThrow(
      'bad setting TRANSLATION_URL: is needed when TRANSLATION_PROVIDER is libretranslate',
    );
    expect(() => loadConfig({ TRANSLATION_PROVIDER: 'deepl' })).toThrow(
      'bad setting TRANSLATION_KEY: is needed when TRANSLATION_PROVIDER is deepl',
    );
  });

  it('are listed in the help', () => {
    for (const name of ['TRANSLATION_PROVIDER', 'TRANSLATION_URL', 'TRANSLATION_KEY', 'TRANSLATION_PIVOT'])
      expect(settingsHelp()).toContain(name);
  });
});
