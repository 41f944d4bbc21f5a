/**
 * The light language check of the translation publish guard and the review fields of a
 * version: it answers only when sure, by script or by stop words of one language.
 * @example npx vitest run test/unit/language-check.test.ts
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageMismatch } from '../../src/domain/language-check.js';
import { versionSlug } from '../../src/domain/slugs.js';
import {
  markReviewed,
  reviewKeysOf,
  translationRefusal,
  unreviewedNames,
} from '../../src/domain/translation-review.js';

const doc = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })),
});

describe('detectLanguage', () => {
  it.each([
    ['en', 'The minister said that the plan was ready and that it will be voted on by the council.'],
    [
      'de',
      'Der Minister sagte, dass der Plan fertig ist und nicht mehr geändert wird, auch von den Ländern.',
    ],
    [
      'fr',
      'Le ministre a dit que le plan est prêt et qu’il sera voté dans les prochains jours par les élus.',
    ],
    ['it', 'Il ministro ha detto che il piano è pronto e che sarà votato anche dal consiglio della città.'],
    [
      'es',
      'El ministro dijo que el plan está listo y que los diputados lo votarán en el pleno, pero sin prisa.',
    ],
    [
      'pt',
      'O ministro disse que o plano está pronto e que não será votado pelos deputados antes do fim do mês.',
    ],
    ['ar', 'قال الوزير إن الخطة جاهزة وسيتم التصويت عليها في المجلس الأسبوع المقبل'],
    ['ru', 'Министр сказал, что план готов и будет вынесен на голосование на следующей неделе.'],
    ['zh', '部长说计划已经准备好了，下周将在议会进行表决。'],
    ['ja', '大臣は計画の準備ができており、来週議会で採決されると述べた。'],
  ])('reads %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('does not answer for short or mixed texts', () => {
    expect(detectLanguage('Brexit')).toBeNull();
    expect(detectLanguage('Angela Merkel, Emmanuel Macron')).toBeNull();
  });
});

describe('the translation guard', () => {
  const article = {
    language: 'es' as const,
    headline: 'Hola',
    lead: '',
    kicker: null,
    hero: null,
    body: doc('The plan was ready and that is what the minister said to the press.'),
  };
  const blocks = ['k0'];

  it('names the first unreviewed field, then the field in another language', () => {
    const refusal = translationRefusal(article, { unreviewed: ['headline', 'block:k0'], blocks }, undefined);
    expect(refusal?.field).toBe('headline');
    expect(refusal?.reason).toEqual({ kind: 'unreviewed', fields: ['headline', 'body.0'] });
    const mismatch = translationRefusal(article, { unreviewed: [], blocks }, undefined);
    expect(mismatch?.field).toBe('body');
    expect(mismatch?.reason).toEqual({ kind: 'language', field: 'body', detected: 'en', expected: 'es' });
    expect(languageMismatch(article)).toEqual({ field: 'body', detected: 'en' });
    expect(translationRefusal(article, { unreviewed: [], blocks }, 'A quoted statement')).toBeNull();
    // An override does not stand in for the review.
    expect(translationRefusal(article, { unreviewed: ['block:k0'], blocks }, 'because')?.field).toBe(
      'body.0',
    );
  });

  it('forgets review marks of body blocks that are gone', () => {
    expect(
      translationRefusal({ ...article, body: doc() }, { unreviewed: ['block:k3'], blocks: [] }, 'x'),
    ).toBeNull();
  });

  it('lists the fields to review, an image in the body by its alt text and caption, and marks them', () => {
    const image = {
      type: 'image' as const,
      attrs: { mediaId: 'm', alt: 'A glacier', caption: 'The Aletsch in May' },
    };
    const version = {
      headline: 'H',
      lead: 'L',
      kicker: null,
      hero: { mediaId: 'm', alt: 'A', caption: null, credit: null },
      body: { type: 'doc' as const, content: [...doc('a').content, image, ...doc('b').content] },
    };
    const review = { unreviewed: reviewKeysOf(version, ['a', 'i', 'b']), blocks: ['a', 'i', 'b'] };
    expect(unreviewedNames(review, version)).toEqual([
      'headline',
      'lead',
      'hero.alt',
      'body.0',
      'body.1.alt',
      'body.1.caption',
      'body.2',
    ]);
    const captionDone = { ...review, unreviewed: markReviewed(review, ['body.1.caption', 'lead']) };
    expect(unreviewedNames(captionDone, version)).toEqual([
      'headline',
      'hero.alt',
      'body.0',
      'body.1.alt',
      'body.2',
    ]);
    expect(markReviewed(review, ['body', 'hero.alt'])).toEqual(['headline', 'lead']);
    expect(markReviewed(review, ['body.1'])).not.toContain('block:i.alt');
    expect(() => markReviewed(review, ['body.x'])).toThrow(/Unknown field/);
  });
});

describe('versionSlug', () => {
  it('makes an ASCII slug from the version’s own headline', () => {
    expect(versionSlug('Los parques eólicos abastecen al valle', 'es', 'qsg42hjmvz72')).toBe(
      'los-parques-eolicos-abastecen-al-valle',
    );
    expect(versionSlug('Москва готовит бюджет на 2027 год', 'ru', 'qsg42hjmvz72')).toBe(
      'moskva-gotovit-byudzhet-na-2027-god',
    );
    expect(versionSlug('风电首次为整个山谷供电', 'zh', 'QSG42HJMVZ72')).toBe('zh-qsg42h');
    expect(versionSlug('G20首脳会議が閉幕', 'ja', 'qsg42hjmvz72')).toBe('g20-ja-qsg42h');
    expect(versionSlug('قال الوزير إن الخطة جاهزة', 'ar', 'qsg42hjmvz72')).toBe('ar-qsg42h');
  });
});
