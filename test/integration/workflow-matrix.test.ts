/**
 * Every role against every state and every kind of change, through the API as people use it:
 * the answer and what is stored and live must be what the workflow table says, and the
 * scheduled job afterwards publishes only what the desk approved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDueArticles } from '../../src/commands/workflow.js';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../src/domain/article.js';
import type { Role } from '../../src/domain/policy.js';
import { checkStep, editEffect, requestedStep } from '../../src/domain/workflow.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeOwnAuthorProfile } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { staffSession } from '../support/newsroom.js';

const ACTORS = ['contributor-own', 'contributor-other', 'editor', 'admin', 'moderator'] as const;
type Actor = (typeof ACTORS)[number];
const CHANGES = [
  'text',
  'hold',
  'publishAt',
  'toDraft',
  'toPublished',
  'restore',
  'pin',
  'translate',
] as const;
type Change = (typeof CHANGES)[number];
type Outcome = { kind: 'refused'; status: number } | { kind: 'applied' } | { kind: 'held' };

const T = new Date('2026-11-20T09:00:00.000Z');
const LATER = '2026-11-21T09:00:00.000Z';
/** The trick of the issue: a publication time that has already come. */
const NOW_ISH = '2026-11-20T08:59:00.000Z';

const roleOf = (actor: Actor): Role => (actor.startsWith('contributor') ? 'contributor' : (actor as Role));

/** What the workflow table says a change does (the commands compose the table the same way). */
function expected(actor: Actor, state: ArticleStatus, change: Change): Outcome {
  const who = { role: roleOf(actor) };
  const owned = actor === 'contributor-own';
  const article = { status: state };
  const refusal = (reason: string, onState = 409): Outcome => ({
    kind: 'refused',
    status: reason === 'state' ? onState : 403,
  });
  if (change === 'pin' || change === 'translate') {
    const verdict = checkStep(change, who, article, owned);
    // A pin of what readers cannot see is bad input on the front-page screen (400), as before.
    return verdict.kind === 'refuse' ? refusal(verdict.reason, 400) : { kind: 'applied' };
  }
  const fields =
    change === 'publishAt'
      ? { publishAt: NOW_ISH }
      : change === 'toDraft'
        ? { status: 'draft' as const }
        : change === 'toPublished'
          ? { status: 'published' as const }
          : {};
  const step = requestedStep({ status: state, publishAt: state === 'scheduled' ? LATER : null }, fields);
  const effect = editEffect(
    who,
    article,
    owned,
    change === 'hold' && step === null,
    change === 'restore' ? 'restore' : 'edit',
  );
  if (effect.kind === 'refuse') return refusal(effect.reason);
  if (step) {
    const verdict = checkStep(step, who, article, owned);
    return verdict.kind === 'refuse' ? refusal(verdict.reason) : { kind: 'applied' };
  }
  return effect.kind === 'hold' ? { kind: 'held' } : { kind: 'applied' };
}

interface Stored {
  status: string;
  headline: string;
  publishAt: string | null;
  version: number;
  pendingRevision: number | null;
  pendingHeadline: string | null;
  live: string | null;
  revisions: number;
}

describe.each(DIALECTS)('the workflow table against every role, state and change on %s', (dialect) => {
  let t: TestApp;
  let byline: string;
  const cases: Array<{ actor: Actor; state: ArticleStatus; change: Change; id: string; outcome: Outcome }> =
    [];

  beforeAll(async () => {
    t = await testApp(dialect, { pageCache: false });
    t.setNow(T);
    byline = await makeOwnAuthorProfile(t, 'contributor', 'the-contributor');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const call = async (role: Role, method: string, path: string, body?: unknown) => {
    const res = await t.api(role, method, path, body);
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const must = async (role: Role, method: string, path: string, body?: unknown) => {
    const res = await call(role, method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  };

  /** An article in `state`, by the editor, under the contributor's byline when `owned`. Revision 1 says "Original". */
  async function articleIn(state: ArticleStatus, owned: boolean, key: string): Promise<string> {
    const made = await must('editor', 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: `Original ${key}`,
      lead: 'A lead.',
      authors: owned ? [byline] : [],
    });
    const id = made.id as string;
    await must('editor', 'PATCH', `/api/v1/articles/${id}`, { headline: `Approved ${key}` });
    if (state === 'in_review') await must('editor', 'POST', `/api/v1/articles/${id}/submit`);
    if (state === 'scheduled')
      await must('editor', 'PATCH', `/api/v1/articles/${id}`, { status: 'scheduled', publishAt: LATER });
    if (state === 'published' || state === 'unpublished')
      await must('editor', 'POST', `/api/v1/articles/${id}/publish`);
    if (state === 'unpublished') await must('editor', 'POST', `/api/v1/articles/${id}/unpublish`);
    return id;
  }

  async function stored(id: string): Promise<Stored> {
    const a = await must('editor', 'GET', `/api/v1/articles/${id}`);
    const pending = a.pendingRevision ? await must('editor', 'GET', `/api/v1/articles/${id}/pending`) : null;
    const live = await call('editor', 'GET', `/api/v1/public/articles/${id}`);
    const revisions = (await must('editor', 'GET', `/api/v1/articles/${id}/revisions`)) as {
      items: unknown[];
    };
    return {
      status: a.status as string,
      headline: a.headline as string,
      publishAt: (a.publishAt as string | null) ?? null,
      version: a.version as number,
      pendingRevision: (a.pendingRevision as number | null) ?? null,
      pendingHeadline: (pending?.headline as string | undefined) ?? null,
      live: live.status === 200 ? (live.json.headline as string) : null,
      revisions: revisions.items.length,
    };
  }

  /** Makes the change as `role`; answers the HTTP status. */
  async function change(role: Role, kind: Change, id: string, key: string): Promise<number> {
    const path = `/api/v1/articles/${id}`;
    const requests: Record<Change, () => Promise<{ status: number }>> = {
      text: () => call(role, 'PATCH', path, { headline: `Changed ${key}` }),
      hold: () => call(role, 'PATCH', path, { headline: `Changed ${key}`, hold: true }),
      publishAt: () => call(role, 'PATCH', path, { publishAt: NOW_ISH }),
      toDraft: () => call(role, 'PATCH', path, { status: 'draft' }),
      toPublished: () => call(role, 'PATCH', path, { status: 'published' }),
      restore: () => call(role, 'POST', `${path}/revisions/1/restore`),
      pin: () => call(role, 'PUT', '/api/v1/front-pages/en', { pins: [{ articleId: id }] }),
      translate: () =>
        call(role, 'POST', '/api/v1/articles', {
          language: 'fr',
          translationOf: id,
          section: 'politics',
          headline: `Traduit ${key}`,
        }),
    };
    return (await requests[kind]()).status;
  }

  /** What must be true after the change, given the outcome; answers what is not. */
  async function check(
    kind: Change,
    id: string,
    key: string,
    outcome: Outcome,
    before: Stored,
    status: number,
  ) {
    const after = await stored(id);
    const problems: string[] = [];
    const want = (what: string, ok: boolean) => {
      if (!ok) problems.push(`${what} (got ${JSON.stringify({ status, after })})`);
    };
    const success = kind === 'translate' ? 201 : 200;
    if (outcome.kind === 'refused') {
      want(`answered ${outcome.status}`, status === outcome.status);
      want('wrote nothing', JSON.stringify(after) === JSON.stringify(before));
      return problems;
    }
    want(`answered ${success}`, status === success);
    if (outcome.kind === 'held') {
      const heldHeadline =
        kind === 'restore'
          ? `Original ${key}`
          : kind === 'text' || kind === 'hold'
            ? `Changed ${key}`
            : before.headline;
      want('kept the approved version', after.headline === before.headline && after.status === before.status);
      want('kept publishAt', after.publishAt === before.publishAt);
      want('kept the live version', after.live === before.live);
      want('held the edit', after.pendingRevision !== null && after.pendingHeadline === heldHeadline);
      return problems;
    }
    const changed: Partial<Record<Change, () => void>> = {
      text: () =>
        want('applied the text', after.headline === `Changed ${key}` && after.pendingRevision === null),
      hold: () => want('applied the text', after.headline === `Changed ${key}`),
      restore: () => want('restored revision 1', after.headline === `Original ${key}`),
      publishAt: () =>
        want(
          'set publishAt where it counts',
          before.status === 'scheduled' ? after.publishAt === NOW_ISH : after.publishAt === before.publishAt,
        ),
      toDraft: () => want('moved to draft', after.status === 'draft' && after.live === null),
      toPublished: () => want('published it', after.status === 'published' && after.live === after.headline),
    };
    changed[kind]?.();
    if (['text', 'hold', 'restore'].includes(kind) && after.status === 'published')
      want('shows it to readers', after.live === after.headline);
    if (kind === 'pin') {
      const front = (await must('editor', 'GET', '/api/v1/front-pages/en')) as {
        pins: Array<{ articleId: string }>;
      };
      want(
        'pinned it',
        front.pins.some((p) => p.articleId === id),
      );
    }
    return problems;
  }

  it.each(ACTORS)('answers and stores what the table says for %s', async (actor) => {
    const problems: string[] = [];
    for (const state of ARTICLE_STATUSES) {
      for (const kind of CHANGES) {
        const key = `${actor} ${state} ${kind}`;
        const id = await articleIn(state, actor === 'contributor-own', key);
        const before = await stored(id);
        const outcome = expected(actor, state, kind);
        const status = await change(roleOf(actor), kind, id, key);
        for (const p of await check(kind, id, key, outcome, before, status)) problems.push(`${key}: ${p}`);
        cases.push({ actor, state, change: kind, id, outcome });
      }
    }
    expect(problems).toEqual([]);
  });

  it('says what the issue asks: a writer’s change of an approved article waits, its time and status are the desk’s', () => {
    const outcome = (actor: Actor, state: ArticleStatus, kind: Change) =>
      cases.find((c) => c.actor === actor && c.state === state && c.change === kind)?.outcome;
    expect(outcome('contributor-own', 'scheduled', 'text')).toEqual({ kind: 'held' });
    expect(outcome('contributor-own', 'scheduled', 'restore')).toEqual({ kind: 'held' });
    expect(outcome('contributor-own', 'scheduled', 'publishAt')).toEqual({ kind: 'refused', status: 403 });
    expect(outcome('contributor-own', 'scheduled', 'toDraft')).toEqual({ kind: 'refused', status: 403 });
    expect(outcome('contributor-own', 'published', 'text')).toEqual({ kind: 'held' });
    expect(outcome('contributor-own', 'draft', 'text')).toEqual({ kind: 'applied' });
    expect(outcome('contributor-other', 'draft', 'text')).toEqual({ kind: 'refused', status: 403 });
    expect(outcome('contributor-other', 'draft', 'translate')).toEqual({ kind: 'applied' });
    expect(outcome('editor', 'scheduled', 'publishAt')).toEqual({ kind: 'applied' });
    expect(outcome('editor', 'scheduled', 'pin')).toEqual({ kind: 'refused', status: 400 });
    expect(outcome('moderator', 'draft', 'text')).toEqual({ kind: 'refused', status: 403 });
    expect(cases).toHaveLength(ACTORS.length * ARTICLE_STATUSES.length * CHANGES.length);
  });

  it('lets the scheduled job publish only what the desk scheduled, when the desk said, held edits still held', async () => {
    const scheduledBefore = new Map<string, Stored>();
    for (const c of cases) {
      const s = await stored(c.id);
      if (s.status === 'scheduled') scheduledBefore.set(c.id, s);
    }
    // Now: only the articles the desk moved to an earlier time are due.
    const dueNow = [...scheduledBefore].filter(([, s]) => s.publishAt === NOW_ISH).map(([id]) => id);
    expect(dueNow.length).toBeGreaterThan(0);
    expect((await publishDueArticles(t.store.db, T)).sort()).toEqual(dueNow.sort());
    const heldOnes = [...scheduledBefore].filter(([, s]) => s.pendingRevision !== null);
    expect(heldOnes.length).toBeGreaterThan(0);

    // Later: everything else that is scheduled goes out, as approved.
    const rest = [...scheduledBefore.keys()].filter((id) => !dueNow.includes(id));
    expect((await publishDueArticles(t.store.db, new Date('2026-11-22T09:00:00Z'))).sort()).toEqual(
      rest.sort(),
    );
    const wrong: string[] = [];
    for (const [id, before] of scheduledBefore) {
      const after = await stored(id);
      if (
        after.status !== 'published' ||
        after.live !== before.headline ||
        after.pendingRevision !== before.pendingRevision
      )
        wrong.push(`${id}: ${JSON.stringify({ before, after })}`);
    }
    expect(wrong).toEqual([]);
  });

  it('shows the same refusals on the newsroom pages, and a writer that their edits of a scheduled article wait', async () => {
    const contributor = await staffSession(t, 'contributor');
    const others = await articleIn('draft', false, 'pages other');
    const editorPage = await contributor.request('GET', `/newsroom/articles/${others}`);
    expect(editorPage.status).toBe(403);
    expect(await editorPage.text()).toContain('Only the authors of this article and the desk may edit it');
    const restore = await contributor.request(
      'POST',
      `/newsroom/articles/${others}/revisions/1/restore`,
      new URLSearchParams(),
      { csrf: true },
    );
    expect(restore.status).toBe(403);
    expect(await restore.text()).toContain(
      'Only the authors of this article and the desk may restore a revision of it',
    );
    expect((await stored(others)).headline).toBe('Approved pages other');

    const own = await articleIn('scheduled', true, 'pages own');
    const html = await (await contributor.request('GET', `/newsroom/articles/${own}`)).text();
    expect(html).toContain('Your edits are kept as a pending revision for the desk');
    for (const step of ['schedule', 'publish', 'send-back', 'unpublish', 'submit'])
      expect(html).not.toContain(`data-workflow="${step}"`);
    const desk = await (
      await (await staffSession(t, 'editor')).request('GET', `/newsroom/articles/${own}`)
    ).text();
    expect(desk).not.toContain('Your edits are kept as a pending revision for the desk');
    for (const step of ['schedule', 'publish', 'send-back', 'unpublish'])
      expect(desk).toContain(`data-workflow="${step}"`);

    // The held edit waits where the desk looks for held edits (newest change first).
    t.setNow(new Date('2026-11-23T09:00:00Z'));
    await must('contributor', 'PATCH', `/api/v1/articles/${own}`, { headline: 'Held for the desk' });
    const dashboard = await (await (await staffSession(t, 'editor')).request('GET', '/newsroom')).text();
    const start = dashboard.indexOf('data-panel="pending"');
    const held = dashboard.slice(start, dashboard.indexOf('</section>', start));
    expect(held).toContain('Held edits of scheduled and published articles');
    expect(held).toContain('Approved pages own');
  });
});
