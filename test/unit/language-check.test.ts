/**
 * The light language check of the translation publish guard and the review fields of a
 * version: it answers only when sure, by script or by stop words of one language.
 * @example npx vitest run test/unit/language-check.test.ts
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageMismatch } from '../../src/domain/language-check.js';
import { versionSlug } from '../../src/domain/slugs.js';
import { markReviewed, reviewFieldsOf, translationRefusal } from '../../src/domain/translation-review.js';

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
    body: doc('The plan was ready and that is what the minister said to the press.'),
  };

  it('names the first unreviewed field, then the field in another language', () => {
    expect(translationRefusal(article, { unreviewed: ['lead', 'body.0'] }, undefined)?.field).toBe('lead');
    const mismatch = translationRefusal(article, { unreviewed: [] }, undefined);
    expect(mismatch?.field).toBe('body');
    expect(languageMismatch(article)).toEqual({ field: 'body', detected: 'en' });
    expect(translationRefusal(article, { unreviewed: [] }, 'A quoted statement')).toBeNull();
    // An override does not stand in for the review.
    expect(translationRefusal(article, { unreviewed: ['body.0'] }, 'because')?.field).toBe('body.0');
  });

  it('forgets review marks of body blocks that are gone', () => {
    expect(translationRefusal({ ...article, body: doc() }, { unreviewed: ['body.3'] }, 'x')).toBeNull();
  });

  it('lists the fields to review and marks them', () => {
    const fields = reviewFieldsOf({
      headline: 'H',
      lead: 'L',
      kicker: null,
      hero: { mediaId: 'm', alt: 'A', caption: null, credit: null },
      body: doc('a', 'b'),
    });
    expect(fields).toEqual(['headline', 'lead', 'hero.alt', 'body.0', 'body.1']);
    expect(markReviewed(fields, ['body', 'hero.alt'])).toEqual(['headline', 'lead']);
    expect(() => markReviewed(fields, ['body.x'])).toThrow(/Unknown field/);
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
