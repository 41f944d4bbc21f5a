import { describe, expect, it } from 'vitest';
import { articlePath, assertPublishable, publishTimes } from '../../src/domain/article.js';
import { BodySchema } from '../../src/domain/body.js';
import type { DomainError } from '../../src/domain/errors.js';
import { directionOf, LANGUAGES, negotiateLanguage, pickLocalized } from '../../src/domain/languages.js';
import { ACTIONS, can, POLICY, ROLES } from '../../src/domain/policy.js';
import { isExternalHref, isSafeHref, slugify } from '../../src/lib/urls.js';

describe('languages', () => {
  it('knows the ten languages and writes only Arabic right to left', () => {
    expect(LANGUAGES).toEqual(['en', 'de', 'fr', 'it', 'es', 'pt', 'ar', 'zh', 'ja', 'ru']);
    expect(LANGUAGES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
  });

  it('negotiates Accept-Language by weight, falling back to English', () => {
    expect(negotiateLanguage('de-CH,de;q=0.9,en;q=0.8')).toBe('de');
    expect(negotiateLanguage('sv;q=1, ja;q=0.5')).toBe('ja');
    expect(negotiateLanguage('en;q=0.2, fr;q=0.9')).toBe('fr');
    expect(negotiateLanguage('zh-Hans-CN')).toBe('zh');
    expect(negotiateLanguage('de;q=0, nl')).toBe('en');
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage(';;;,,q=x')).toBe('en');
  });

  it('picks a localized text, else English, else any', () => {
    expect(pickLocalized({ en: 'Politics', de: 'Politik' }, 'de')).toBe('Politik');
    expect(pickLocalized({ en: 'Politics' }, 'ja')).toBe('Politics');
    expect(pickLocalized({ fr: 'Politique' }, 'ja')).toBe('Politique');
  });
});

describe('urls', () => {
  it('allows only http(s), mailto and site paths as link targets', () => {
    expect(isSafeHref('https://example.org/a')).toBe(true);
    expect(isSafeHref('mailto:desk@example.org')).toBe(true);
    expect(isSafeHref('/en/politics')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.test/x',
      'vbscript:x',
      'nonsense',
    ]) {
      expect(isSafeHref(bad), bad).toBe(false);
    }
  });

  it('calls a link external when its host is not the site’s own', () => {
    expect(isExternalHref('https://www.admin.ch/', 'https://news.example')).toBe(true);
    expect(isExternalHref('https://news.example/en/', 'https://news.example')).toBe(false);
    expect(isExternalHref('/en/politics', 'https://news.example')).toBe(false);
  });

  it('makes slugs from headlines in any script', () => {
    expect(slugify('Swiss voters say “yes” to the Über-Tunnel!')).toBe(
      'swiss-voters-say-yes-to-the-uber-tunnel',
    );
    expect(slugify('Выборы в Швейцарии')).toBe('выборы-в-швейцарии');
    expect(slugify('瑞士选民支持养老金改革')).toBe('瑞士选民支持养老金改革');
    expect(slugify('!!!')).toBe('article');
    expect(Array.from(slugify('a'.repeat(300))).length).toBe(80);
  });
});

describe('articles', () => {
  it('keeps the first publication time and counts a republication as an update', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    expect(publishTimes({ firstPublishedAt: null, updatedAt: null }, now)).toEqual({
      firstPublishedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: null,
    });
    expect(publishTimes({ firstPublishedAt: '2025-01-01T00:00:00.000Z', updatedAt: null }, now)).toEqual({
      firstPublishedAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('refuses to publish an article without headline or section, naming the field', () => {
    expect(() => assertPublishable({ headline: ' ', sectionSlug: 'politics', lead: '' })).toThrowError(
      expect.objectContaining({ code: 'validation_failed', field: 'headline' }) as DomainError,
    );
    expect(() => assertPublishable({ headline: 'H', sectionSlug: null, lead: '' })).toThrow(/section/);
    expect(() => assertPublishable({ headline: 'H', sectionSlug: 'politics', lead: '' })).not.toThrow();
  });

  it('builds the article path from language, section, slug and id', () => {
    expect(articlePath({ language: 'de', sectionSlug: 'culture', slug: 'ein-film', id: 'abc123' })).toBe(
      '/de/culture/ein-film/abc123',
    );
  });
});

describe('policy', () => {
  it('lets contributors write but not publish, editors publish, moderators neither', () => {
    expect(can({ role: 'contributor' }, 'article.create')).toBe(true);
    expect(can({ role: 'contributor' }, 'article.publish')).toBe(false);
    expect(can({ role: 'editor' }, 'article.publish')).toBe(true);
    expect(can({ role: 'moderator' }, 'article.update')).toBe(false);
    expect(can({ role: 'admin' }, 'staff.manage')).toBe(true);
  });

  it('lets admins do everything', () => {
    for (const action of ACTIONS) expect(POLICY[action]).toContain('admin');
    expect(ROLES).toHaveLength(4);
  });
});

describe('body schema', () => {
  const parse = (content: unknown[]) => BodySchema.safeParse({ type: 'doc', content });

  it('accepts every node kind of the contract', () => {
    const ok = parse([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'italic' }] }],
      },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'b' }] },
      { type: 'blockquote', content: [{ type: 'paragraph' }] },
      {
        type: 'ordered_list',
        content: [
          {
            type: 'list_item',
            content: [
              { type: 'paragraph' },
              { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph' }] }] },
            ],
          },
        ],
      },
      { type: 'image', attrs: { mediaId: 'm1', alt: 'x', caption: 'c', credit: 'Keystone' } },
      { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=1' } },
      { type: 'related', attrs: { articleId: 'a1' } },
    ]);
    expect(ok.success).toBe(true);
  });

  it('rejects unknown kinds, headings outside 2-4, images without alt and non-http embeds', () => {
    expect(parse([{ type: 'script', content: [] }]).success).toBe(false);
    expect(parse([{ type: 'heading', attrs: { level: 1 } }]).success).toBe(false);
    expect(parse([{ type: 'image', attrs: { mediaId: 'm', alt: ' ' } }]).success).toBe(false);
    expect(parse([{ type: 'embed', attrs: { url: 'javascript:alert(1)' } }]).success).toBe(false);
  });
});
