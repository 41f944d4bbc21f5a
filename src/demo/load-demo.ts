/**
 * Loads the demo newsroom into an empty database: a desk user, authors, topics, generated
 * pictures and published articles in all ten languages, linked as stories
 * and through "More" boxes. Uses only the ordinary commands, so the demo obeys every rule
 * a real newsroom does. Refuses when any article exists.
 * @example await loadDemo({ db, files, now: new Date(), publicUrl: 'http://127.0.0.1:3000' })
 */

import { availableParallelism } from 'node:os';
import { type ArticleCreateInput, createArticle } from '../commands/articles.js';
import type { CommandContext } from '../commands/context.js';
import { addStaffUser } from '../commands/staff.js';
import { createAuthor, createTopic } from '../commands/taxonomy.js';
import { updateTrustSettings } from '../commands/trust.js';
import { uploadMedia } from '../commands/upload-media.js';
import type { BlockKind, BlockNode } from '../domain/body.js';
import type { BlockOf } from '../domain/body-walk.js';
import { DomainError } from '../domain/errors.js';
import type { StaffUser } from '../domain/staff.js';
import { newSecret } from '../lib/ids.js';
import type { Db } from '../storage/db.js';
import type { MediaFiles } from '../storage/media-files.js';
import { countArticles } from '../storage/repos/articles.js';
import { findStaffByEmail } from '../storage/repos/staff.js';
import { DEMO_AUTHORS, DEMO_TOPICS } from './authors-topics.js';
import type { DemoArticle } from './build.js';
import { DE_ARTICLES } from './content-de.js';
import { EN_ARTICLES } from './content-en.js';
import { ES_PT_ARTICLES } from './content-es-pt.js';
import { FR_IT_ARTICLES } from './content-fr-it.js';
import { JA_RU_ARTICLES } from './content-ja-ru.js';
import { OTHER_ARTICLES } from './content-other.js';
import { OWN_ARTICLES } from './content-own.js';
import { DEMO_IMAGE_NAMES, demoImage, demoImageAlt } from './images.js';
import { DEMO_TRUST_SETTINGS } from './trust-settings.js';

const DESK = { email: 'demo-desk@shortwave.example', name: 'Demo desk' };
/** Time between two demo publications: 3 h 42 min, so the times do not look machine-made. */
const STEP_MS = 3.7 * 3_600_000;

export interface DemoDeps {
  db: Db;
  files: MediaFiles;
  now: Date;
  publicUrl: string;
}

/**
 * The demo desk user (created once, with a random password shown only then), acting with
 * the rights of an admin.
 */
async function deskActor(db: Db, now: Date): Promise<{ actor: StaffUser; password: string | null }> {
  const found = await findStaffByEmail(db, DESK.email);
  const password = found ? null : newSecret(12);
  const user =
    found ?? (await addStaffUser(db, { ...DESK, role: 'admin', password: password ?? undefined }, now));
  return { actor: { id: user.id, email: user.email, name: user.name, role: 'admin' }, password };
}

/** Runs a creation that may find its slug taken (a half-loaded demo); an existing one is kept. */
async function unlessExists(create: () => Promise<unknown>): Promise<void> {
  try {
    await create();
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
  }
}

/**
 * Interleaves the language lists (keeping each list's order) so that an article comes
 * after everything it points to: its original and the targets of its "More" boxes.
 */
export function creationOrder(lists: readonly DemoArticle[][]): DemoArticle[] {
  const queues = lists.map((list) => [...list]);
  const done = new Set<string>();
  const order: DemoArticle[] = [];
  const ready = (a: DemoArticle) =>
    (!a.translationOf || done.has(a.translationOf)) &&
    a.body.every((node) => node.type !== 'related' || done.has(node.attrs.articleId));
  while (queues.some((q) => q.length > 0)) {
    let moved = false;
    for (const queue of queues) {
      const next = queue[0];
      if (next && ready(next)) {
        order.push(next);
        done.add(next.key);
        queue.shift();
        moved = true;
      }
    }
    if (!moved) throw new Error('Demo content refers to an article that never comes before it');
  }
  return order;
}

/**
 * Draws and uploads every demo picture. sharp often runs one thread per image here, so a
 * few uploads run side by side, one per core.
 */
async function uploadPictures(ctx: CommandContext, files: MediaFiles): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const queue = [...DEMO_IMAGE_NAMES];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const data = await demoImage(name);
      const media = await uploadMedia(ctx, files, {
        data,
        alt: demoImageAlt(name),
        credit: 'Shortwave/Demo',
      });
      ids.set(name, media.id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism()) }, worker));
  return ids;
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo content refers to unknown ${what} ${key}`);
  return id;
}

/** Real ids by demo image name and by demo article key. */
type DemoIds = { media: Map<string, string>; articles: Map<string, string> };

/**
 * Each kind's node with the demo names and keys it refers to swapped for real ids; a kind that
 * refers to nothing stays as it is (only top-level blocks refer to anything).
 */
export const DEMO_IDS: { readonly [K in BlockKind]: (node: BlockOf<K>, ids: DemoIds) => BlockOf<K> } = {
  paragraph: (node) => node,
  heading: (node) => node,
  blockquote: (node) => node,
  bullet_list: (node) => node,
  ordered_list: (node) => node,
  image: (node, ids) => ({
    ...node,
    attrs: { ...node.attrs, mediaId: lookup(ids.media, node.attrs.mediaId, 'image') },
  }),
  embed: (node) => node,
  related: (node, ids) => ({
    ...node,
    attrs: { articleId: lookup(ids.articles, node.attrs.articleId, 'article') },
  }),
};

const DEMO_REVIEWED = ['headline', 'kicker', 'lead', 'hero.alt', 'hero.caption', 'body'];

/** The create input of a demo article, with demo image names and keys swapped for real ids. */
function toInput(
  a: DemoArticle,
  media: Map<string, string>,
  articles: Map<string, string>,
): ArticleCreateInput {
  const resolve = (node: BlockNode): BlockNode =>
    (DEMO_IDS[node.type] as (node: BlockNode, ids: DemoIds) => BlockNode)(node, { media, articles });
  const { key: _key, hero, body, translationOf, ...fields } = a;
  return {
    ...fields,
    status: 'published',
    translationOf: translationOf ? lookup(articles, translationOf, 'article') : undefined,
    // Our own translations, read by people: every field is reviewed (ADR 0024).
    reviewed: translationOf ? DEMO_REVIEWED : undefined,
    hero: {
      mediaId: lookup(media, hero.image, 'image'),
      alt: hero.alt,
      caption: hero.caption,
      credit: hero.credit,
    },
    body: { type: 'doc', content: body.map(resolve) },
  };
}

/**
 * Loads the demo newsroom. Articles go out oldest first, 3.7 hours apart, so the newest is
 * the top story; fails with `conflict` when the database already holds articles.
 */
export async function loadDemo(
  deps: DemoDeps,
): Promise<{ articles: number; media: number; login: { email: string; password: string } | null }> {
  const { db, files, now, publicUrl } = deps;
  if ((await countArticles(db)) > 0) {
    throw new DomainError(
      'conflict',
      'The database already holds articles; the demo loads only into an empty newsroom',
    );
  }
  const order = creationOrder([
    EN_ARTICLES,
    DE_ARTICLES,
    OTHER_ARTICLES,
    FR_IT_ARTICLES,
    ES_PT_ARTICLES,
    JA_RU_ARTICLES,
    OWN_ARTICLES,
  ]);
  const start = new Date(now.getTime() - order.length * STEP_MS);
  const { actor, password } = await deskActor(db, start);
  const setup: CommandContext = { db, actor, now: start };
  for (const topic of DEMO_TOPICS) await unlessExists(() => createTopic(setup, topic));
  for (const author of DEMO_AUTHORS) await unlessExists(() => createAuthor(setup, author));
  for (const { language, texts } of DEMO_TRUST_SETTINGS) await updateTrustSettings(setup, language, texts);
  const media = await uploadPictures(setup, files);
  const articles = new Map<string, string>();
  for (const [index, demo] of order.entries()) {
    // The newest goes out 25 minutes before `now`, each earlier one a step before that.
    const at = new Date(now.getTime() - (order.length - 1 - index) * STEP_MS - 25 * 60_000);
    const article = await createArticle({ db, actor, now: at }, toInput(demo, media, articles), {
      publicUrl,
    });
    articles.set(demo.key, article.id);
  }
  return {
    articles: articles.size,
    media: media.size,
    login: password ? { email: DESK.email, password } : null,
  };
}
