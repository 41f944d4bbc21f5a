/**
 * Small typed builders for test content, going through the API like a newsroom would.
 */
import sharp from 'sharp';
import type { TestApp } from './app.js';

export interface ArticleJson {
  id: string;
  storyId: string;
  status: string;
  url?: string;
  headline: string;
}

export const text = (value: string) => ({ type: 'text', text: value });
export const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
export const link = (value: string, href: string, rel?: string) => ({
  type: 'text',
  text: value,
  marks: [{ type: 'link', attrs: rel ? { href, rel } : { href } }],
});

/** Creates an article through the API as an editor; fails the test on any error answer. */
export async function makeArticle(t: TestApp, fields: Record<string, unknown>): Promise<ArticleJson> {
  const res = await t.api('editor', 'POST', '/api/v1/articles', {
    language: 'en',
    section: 'politics',
    status: 'published',
    lead: 'A lead.',
    ...fields,
  });
  const json = (await res.json()) as ArticleJson;
  if (res.status !== 201) throw new Error(`article not created: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Uploads a generated image through the API and answers its media id. */
export async function makeImage(
  t: TestApp,
  fields: { alt: string; caption?: string; credit?: string },
): Promise<string> {
  const data = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6' } })
    .jpeg()
    .toBuffer();
  const body = new FormData();
  body.set('file', new Blob([new Uint8Array(data)]), 'image.jpg');
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) body.set(key, value);
  const res = await t.app.request('/api/v1/media', {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${t.tokens.editor}` },
  });
  if (res.status !== 201) throw new Error(`image not uploaded: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** A path of an absolute URL of the test site. */
export const pathOf = (url: string | undefined) => new URL(url ?? 'http://x/').pathname;

/**
 * Creates the author profile of the staff member `<role>@shortwave.test` (its contact email
 * is their login email), so articles with this byline are theirs (src/domain/workflow.ts).
 */
export async function makeOwnAuthorProfile(t: TestApp, role: string, slug: string): Promise<string> {
  const res = await t.api('editor', 'POST', '/api/v1/authors', {
    slug,
    name: { en: `The ${role}` },
    contactEmail: `${role}@shortwave.test`,
  });
  if (res.status !== 201) throw new Error(`author not created: ${res.status} ${await res.text()}`);
  return slug;
}
