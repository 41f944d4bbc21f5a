import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeOwnAuthorProfile, paragraph, pathOf, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

type Json = Record<string, unknown> & { id: string; version: number; status: string; headline: string };

describe.each(DIALECTS)('editorial workflow and revisions on %s', (dialect) => {
  let t: TestApp;
  let byline: string;
  beforeAll(async () => {
    t = await testApp(dialect);
    // The contributor's own author profile: articles under this byline are theirs to edit.
    byline = await makeOwnAuthorProfile(t, 'contributor', 'the-contributor');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const json = async (res: Response | Promise<Response>) => (await (await res).json()) as Json;
  const at = (minutes: number) => t.setNow(new Date(Date.parse('2026-11-20T09:00:00Z') + minutes * 60_000));

  it('takes an article from draft through review, back, again, to published, with notes', async () => {
    at(0);
    const draft = await json(
      t.api('contributor', 'POST', '/api/v1/articles', {
        language: 'en',
        section: 'politics',
        headline: 'Council votes on the budget',
        lead: 'A first lead.',
      }),
    );
    expect(draft.status).toBe('draft');
    const submitted = await t.api('contributor', 'POST', `/api/v1/articles/${draft.id}/submit`, {
      note: 'Ready for a look',
    });
    expect(submitted.status).toBe(200);
    expect((await json(submitted)).status).toBe('in_review');
    // Submitting twice is refused: it is already with the desk.
    expect((await t.api('contributor', 'POST', `/api/v1/articles/${draft.id}/submit`)).status).toBe(409);
    // A contributor may neither send back nor publish.
    expect(
      (await t.api('contributor', 'POST', `/api/v1/articles/${draft.id}/send-back`, { comment: 'x' })).status,
    ).toBe(403);
    expect((await t.api('contributor', 'POST', `/api/v1/articles/${draft.id}/publish`)).status).toBe(403);

    at(5);
    const empty = await t.api('editor', 'POST', `/api/v1/articles/${draft.id}/send-back`, { comment: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { field: 'comment' } });
    const back = await json(
      t.api('editor', 'POST', `/api/v1/articles/${draft.id}/send-back`, {
        comment: 'Please name the source of the figures.',
      }),
    );
    expect(back.status).toBe('draft');

    const notes = (await json(
      t.api('contributor', 'GET', `/api/v1/articles/${draft.id}/notes`),
    )) as unknown as {
      items: Array<{ kind: string; text: string; by: { name: string } }>;
    };
    expect(notes.items.map((n) => [n.kind, n.text, n.by.name])).toEqual([
      ['submitted', 'Ready for a look', 'The contributor'],
      ['sent_back', 'Please name the source of the figures.', 'The editor'],
    ]);

    at(20);
    const revised = await json(
      t.api('contributor', 'PATCH', `/api/v1/articles/${draft.id}`, {
        lead: 'According to the finance office, the budget grows by 2 percent.',
        version: back.version,
      }),
    );
    await t.api('contributor', 'POST', `/api/v1/articles/${draft.id}/submit`, { version: revised.version });
    at(30);
    const published = await json(t.api('editor', 'POST', `/api/v1/articles/${draft.id}/publish`));
    expect(published.status).toBe('published');
    const page = await t.app.request(pathOf(published.url as string));
    expect(await page.text()).toContain('According to the finance office');

    const history = (await json(
      t.api('editor', 'GET', `/api/v1/articles/${draft.id}/revisions`),
    )) as unknown as {
      items: Array<{ number: number; kind: string; by: { name: string } | null }>;
    };
    expect(history.items.map((r) => r.kind)).toEqual([
      'published',
      'submitted',
      'saved',
      'sent_back',
      'submitted',
      'created',
    ]);
    expect(history.items.map((r) => r.number)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(history.items[2]?.by?.name).toBe('The contributor');
    expect(history.items[0]?.by?.name).toBe('The editor');
  });

  it('keeps several quick saves by one person as one revision, and another person’s as a new one', async () => {
    at(100);
    const a = await makeArticle(t, { headline: 'Quick saves', status: 'draft' });
    let version = (a as unknown as Json).version;
    for (const [minute, lead] of [
      [101, 'One'],
      [102, 'Two'],
      [104, 'Three'],
    ] as const) {
      at(minute);
      version = (await json(t.api('editor', 'PATCH', `/api/v1/articles/${a.id}`, { lead, version }))).version;
    }
    at(105);
    await t.api('admin', 'PATCH', `/api/v1/articles/${a.id}`, { lead: 'Four', version });
    const history = (await json(t.api('editor', 'GET', `/api/v1/articles/${a.id}/revisions`))) as unknown as {
      items: Array<{ number: number; kind: string; by: { name: string } }>;
    };
    expect(history.items.map((r) => [r.kind, r.by.name])).toEqual([
      ['saved', 'The admin'],
      ['saved', 'The editor'],
      ['created', 'The editor'],
    ]);
    const editorSave = (await json(
      t.api('editor', 'GET', `/api/v1/articles/${a.id}/revisions/2`),
    )) as unknown as {
      snapshot: { lead: string };
    };
    expect(editorSave.snapshot.lead).toBe('Three');
  });

  it('holds an edit of a published article as a pending revision until an editor publishes it', async () => {
    at(200);
    const live = (await makeArticle(t, {
      headline: 'Bridge reopens after repairs',
      authors: [byline],
      body: { type: 'doc', content: [paragraph(text('The bridge is open again.'))] },
    })) as unknown as Json;
    const url = pathOf(live.url as string);

    // The editor holds a change explicitly; readers still see the live version.
    at(201);
    const held = await json(
      t.api('editor', 'PATCH', `/api/v1/articles/${live.id}`, {
        headline: 'Bridge reopens a week late',
        hold: true,
      }),
    );
    expect(held.headline).toBe('Bridge reopens after repairs');
    expect(held.pendingRevision).toEqual(expect.any(Number));
    expect(await (await t.app.request(url)).text()).toContain('Bridge reopens after repairs');

    // Its author's edit, as a contributor, is always held, on top of the pending one.
    at(230);
    const byContributor = await json(
      t.api('contributor', 'PATCH', `/api/v1/articles/${live.id}`, {
        lead: 'Traffic flows again.',
        version: held.version,
      }),
    );
    expect(byContributor.status).toBe('published');
    const pending = await json(t.api('editor', 'GET', `/api/v1/articles/${live.id}/pending`));
    expect(pending.headline).toBe('Bridge reopens a week late');
    expect(pending.lead).toBe('Traffic flows again.');
    const listed = (await json(t.api('editor', 'GET', '/api/v1/articles?pending=1'))) as unknown as {
      items: Array<{ id: string }>;
    };
    expect(listed.items.map((i) => i.id)).toContain(live.id);
    expect(await (await t.app.request(url)).text()).not.toContain('Traffic flows again.');

    expect((await t.api('contributor', 'POST', `/api/v1/articles/${live.id}/pending/publish`)).status).toBe(
      403,
    );
    at(240);
    const out = await json(t.api('editor', 'POST', `/api/v1/articles/${live.id}/pending/publish`));
    expect(out.headline).toBe('Bridge reopens a week late');
    expect(out.updatedAt).toBe('2026-11-20T13:00:00.000Z');
    expect(out.pendingRevision).toBeNull();
    const html = await (await t.app.request(url)).text();
    expect(html).toContain('Bridge reopens a week late');
    expect(html).toContain('Traffic flows again.');
    expect((await t.api('editor', 'GET', `/api/v1/articles/${live.id}/pending`)).status).toBe(404);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${live.id}/pending/publish`)).status).toBe(409);
  });

  it('shows a readable difference between any two revisions and restores an old one as a new one', async () => {
    at(300);
    const a = (await makeArticle(t, {
      headline: 'Glacier lost three percent',
      status: 'draft',
      authors: [byline],
      body: { type: 'doc', content: [paragraph(text('Measurements from the summer.'))] },
    })) as unknown as Json;
    at(320);
    await t.api('editor', 'PATCH', `/api/v1/articles/${a.id}`, {
      headline: 'Glacier lost four percent',
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [text('Method')] },
          paragraph(text('Measurements from the late summer.')),
        ],
      },
    });
    const diff = (await json(
      t.api('contributor', 'GET', `/api/v1/articles/${a.id}/diff?from=1&to=2`),
    )) as unknown as {
      changes: Array<{ field: string; parts: Array<{ value: string; added?: boolean; removed?: boolean }> }>;
    };
    const headline = diff.changes.find((c) => c.field === 'headline');
    expect(headline?.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['three']);
    expect(headline?.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['four']);
    const body = diff.changes.find((c) => c.field === 'body');
    expect(body?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(
      expect.arrayContaining([expect.stringContaining('Method'), 'late']),
    );
    expect(diff.changes.map((c) => c.field)).not.toContain('lead');
    expect((await t.api('editor', 'GET', `/api/v1/articles/${a.id}/diff?from=1&to=99`)).status).toBe(404);
    expect((await t.api('editor', 'GET', `/api/v1/articles/${a.id}/diff?from=x&to=2`)).status).toBe(400);

    at(330);
    const restored = await json(t.api('contributor', 'POST', `/api/v1/articles/${a.id}/revisions/1/restore`));
    expect(restored.headline).toBe('Glacier lost three percent');
    const history = (await json(t.api('editor', 'GET', `/api/v1/articles/${a.id}/revisions`))) as unknown as {
      items: Array<{ number: number; kind: string; restoredFrom?: number }>;
    };
    expect(history.items[0]).toMatchObject({ number: 3, kind: 'restored', restoredFrom: 1 });
    expect(history.items).toHaveLength(3);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${a.id}/revisions/42/restore`)).status).toBe(404);
  });

  it('never lets a stale edit overwrite a newer one', async () => {
    const a = (await makeArticle(t, { headline: 'Two desks', status: 'draft' })) as unknown as Json;
    const first = await t.api('editor', 'PATCH', `/api/v1/articles/${a.id}`, {
      lead: 'Mine',
      version: a.version,
    });
    expect(first.status).toBe(200);
    const stale = await t.api('admin', 'PATCH', `/api/v1/articles/${a.id}`, {
      lead: 'Theirs',
      version: a.version,
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'conflict', field: 'version' } });
    expect((await json(t.api('editor', 'GET', `/api/v1/articles/${a.id}`))).lead).toBe('Mine');
  });

  it('finds articles by headline words, by author of the draft and by status', async () => {
    await t.api('contributor', 'POST', '/api/v1/articles', {
      language: 'de',
      section: 'politics',
      headline: 'Über den Gotthard',
      lead: 'x',
    });
    const found = (await json(t.api('editor', 'GET', '/api/v1/articles?q=gotthard'))) as unknown as {
      items: Array<{ headline: string }>;
    };
    expect(found.items.map((i) => i.headline)).toEqual(['Über den Gotthard']);
    const mine = (await json(
      t.api('contributor', 'GET', '/api/v1/articles?mine=1&limit=100'),
    )) as unknown as {
      items: Array<{ headline: string }>;
    };
    expect(mine.items.map((i) => i.headline)).toContain('Über den Gotthard');
    expect(mine.items.map((i) => i.headline)).not.toContain('Two desks');
    const inReview = (await json(t.api('editor', 'GET', '/api/v1/articles?status=in_review'))) as unknown as {
      items: unknown[];
    };
    expect(inReview.items).toEqual([]);
  });
});
