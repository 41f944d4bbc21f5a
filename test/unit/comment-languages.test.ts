/**
 * The rules of multilingual threads (ADR 0027): a new comment's language, the translation
 * job's waits, and what a reader is shown.
 */
import { describe, expect, it } from 'vitest';
import {
  commentLanguageOf,
  LONGEST_RETRY_MS,
  retryDelayMs,
  shownText,
  translationTargets,
} from '../../src/domain/comment-languages.js';

const multilingual = { language: 'en', multilingual: true };
const SPANISH = 'El plan del gobierno es una buena idea para los vecinos de la ciudad';

describe('the language of a new comment', () => {
  it('is the thread’s in a thread that is not multilingual, whatever the writer chose', () => {
    expect(
      commentLanguageOf({ language: 'de', multilingual: false }, { chosen: 'es', page: 'es', body: SPANISH }),
    ).toBe('de');
  });
  it('is the writer’s choice, else what the text shows, else the page’s', () => {
    expect(commentLanguageOf(multilingual, { chosen: 'fr', page: 'es', body: SPANISH })).toBe('fr');
    expect(commentLanguageOf(multilingual, { chosen: '', page: 'de', body: SPANISH })).toBe('es');
    expect(commentLanguageOf(multilingual, { chosen: null, page: 'pt', body: 'Sim!' })).toBe('pt');
    expect(commentLanguageOf(multilingual, { chosen: 'xx', page: null, body: 'Ok' })).toBe('en');
  });
  it('is translated into the nine other languages', () => {
    expect(translationTargets('es')).toHaveLength(9);
    expect(translationTargets('es')).not.toContain('es');
  });
});

describe('the translation job’s waits', () => {
  it('start at 30 seconds, double after each failure and never pass an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(50)).toBe(LONGEST_RETRY_MS);
  });
});

describe('what a reader is shown', () => {
  const comment = { language: 'de' };
  it('is the comment as written in its own language or outside multilingual threads', () => {
    expect(shownText({ language: 'en' }, 'en', true, undefined)).toEqual({ kind: 'original' });
    expect(shownText(comment, 'en', false, undefined)).toEqual({ kind: 'original' });
  });
  it('is the translation once it is done, else as written while pending or unsupported', () => {
    const done = { status: 'done' as const, text: 'Good idea', provider: 'Apertium' };
    expect(shownText(comment, 'en', true, done)).toEqual({
      kind: 'translated',
      from: 'de',
      text: 'Good idea',
      provider: 'Apertium',
    });
    expect(shownText(comment, 'en', true, undefined)).toEqual({ kind: 'pending', from: 'de' });
    expect(shownText(comment, 'en', true, { status: 'unsupported', text: null, provider: null })).toEqual({
      kind: 'unsupported',
      from: 'de',
    });
  });
});
