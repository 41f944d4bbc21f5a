/**
 * The names of a translation's review fields in the newsroom's language: the translator's
 * view labels its rows with them, and the publish guard's refusal names the fields with
 * them (ADR 0024). Body blocks are counted from 1.
 * @example fieldLabel(translator('de'), 'body.2.caption') // 'Block 3: Bildunterschrift'
 */
import type { ReviewField } from '../../domain/translation-review.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';

const NAMED: Record<'headline' | 'lead' | 'kicker' | 'hero.alt' | 'hero.caption' | 'body', MessageKey> = {
  headline: 'translation.field.headline',
  body: 'translation.field.body',
  lead: 'translation.field.lead',
  kicker: 'translation.field.kicker',
  'hero.alt': 'translation.field.heroAlt',
  'hero.caption': 'translation.field.heroCaption',
};

const BLOCK_PART: Record<'' | '.alt' | '.caption', MessageKey> = {
  '': 'translation.field.block',
  '.alt': 'translation.field.blockAlt',
  '.caption': 'translation.field.blockCaption',
};

/** The label of a review field (`headline`, `body.2`, `body.4.alt`) in the translator's language. */
export function fieldLabel(t: Translator, field: ReviewField | string): string {
  const block = /^body\.(\d+)(\.alt|\.caption)?$/.exec(field);
  if (block) {
    const part = (block[2] ?? '') as keyof typeof BLOCK_PART;
    return t.t(BLOCK_PART[part], { n: String(Number(block[1]) + 1) });
  }
  const key = NAMED[field as keyof typeof NAMED];
  return key ? t.t(key) : field;
}

/** The guard's refusal as the newsroom says it: the unreviewed fields, or the field in another language. */
export function refusalText(
  t: Translator,
  reason:
    | { kind: 'unreviewed'; fields: readonly string[] }
    | { kind: 'language'; field: string; detected: string; expected: string },
  language: string,
): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const languageName = (code: string) => names.of(code) ?? code;
  if (reason.kind === 'unreviewed') {
    return t.t('translation.guard.unreviewed', {
      fields: reason.fields.map((field) => fieldLabel(t, field)).join(', '),
    });
  }
  return t.t('translation.guard.language', {
    field: fieldLabel(t, reason.field),
    detected: languageName(reason.detected),
    expected: languageName(reason.expected),
  });
}
