import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES } from '../../src/domain/article.js';
import { POLICY } from '../../src/domain/policy.js';
import {
  checkStep,
  EDITS,
  editEffect,
  isDue,
  ownsArticle,
  requestedStep,
  STEPS,
  WORKFLOW,
} from '../../src/domain/workflow.js';

const contributor = { role: 'contributor' as const };
const editor = { role: 'editor' as const };
const moderator = { role: 'moderator' as const };

describe('the workflow table', () => {
  it('holds a contributor’s edit of a scheduled or published article, and applies it elsewhere', () => {
    expect(editEffect(contributor, { status: 'scheduled' }, true, false)).toEqual({ kind: 'hold' });
    expect(editEffect(contributor, { status: 'published' }, true, false)).toEqual({ kind: 'hold' });
    for (const status of ['draft', 'in_review', 'unpublished'] as const)
      expect(editEffect(contributor, { status }, true, false)).toEqual({ kind: 'apply' });
  });

  it('applies an editor’s edit unless they ask to hold it where holding means something', () => {
    expect(editEffect(editor, { status: 'scheduled' }, false, false)).toEqual({ kind: 'apply' });
    expect(editEffect(editor, { status: 'scheduled' }, false, true)).toEqual({ kind: 'hold' });
    expect(editEffect(editor, { status: 'published' }, false, true)).toEqual({ kind: 'hold' });
    expect(editEffect(editor, { status: 'draft' }, false, true)).toEqual({ kind: 'apply' });
  });

  it('refuses a contributor’s edit of an article that is not theirs, in every state', () => {
    for (const status of ARTICLE_STATUSES)
      expect(editEffect(contributor, { status }, false, false)).toMatchObject({
        kind: 'refuse',
        reason: 'notOwner',
      });
  });

  it('refuses a moderator any change of an article, owned or not', () => {
    for (const status of ARTICLE_STATUSES)
      expect(editEffect(moderator, { status }, true, false)).toMatchObject({
        kind: 'refuse',
        reason: 'role',
      });
  });

  it('lets no contributor reschedule, publish or move a scheduled article back to draft', () => {
    for (const step of [
      'reschedule',
      'publish',
      'toDraft',
      'sendBack',
      'unpublish',
      'publishPending',
    ] as const)
      expect(checkStep(step, contributor, { status: 'scheduled' }, true)).toMatchObject({
        kind: 'refuse',
        reason: 'role',
      });
    expect(checkStep('reschedule', editor, { status: 'scheduled' }, false)).toEqual({ kind: 'allow' });
  });

  it('lets a writer take back an own submission, but not what the desk approved', () => {
    expect(checkStep('toDraft', contributor, { status: 'in_review' }, true)).toEqual({ kind: 'allow' });
    expect(checkStep('toDraft', contributor, { status: 'in_review' }, false)).toMatchObject({
      reason: 'notOwner',
    });
    expect(checkStep('toDraft', contributor, { status: 'published' }, true)).toMatchObject({
      reason: 'role',
    });
  });

  it('refuses a step from a state it does not start from, whoever asks', () => {
    expect(checkStep('submit', contributor, { status: 'in_review' }, true)).toMatchObject({
      reason: 'state',
    });
    expect(checkStep('reschedule', editor, { status: 'draft' }, true)).toMatchObject({ reason: 'state' });
    expect(checkStep('pin', editor, { status: 'scheduled' }, false)).toMatchObject({ reason: 'state' });
    expect(checkStep('pin', editor, { status: 'published' }, false)).toEqual({ kind: 'allow' });
  });

  it('lets anyone who may write translate any article, theirs or not', () => {
    for (const status of ARTICLE_STATUSES) {
      expect(checkStep('translate', contributor, { status }, false)).toEqual({ kind: 'allow' });
      expect(checkStep('translate', moderator, { status }, false)).toMatchObject({ reason: 'role' });
    }
  });

  it('names only actions of the policy table, and only statuses there are', () => {
    for (const step of STEPS) {
      for (const [status, action] of Object.entries(WORKFLOW[step].from)) {
        expect(ARTICLE_STATUSES).toContain(status);
        expect(Object.keys(POLICY)).toContain(action);
      }
    }
    expect(Object.keys(EDITS).sort()).toEqual([...ARTICLE_STATUSES].sort());
  });
});

describe('the step a change asks for', () => {
  const scheduled = { status: 'scheduled' as const, publishAt: '2026-12-01T08:00:00.000Z' };

  it('reads a new publishAt of a scheduled article as rescheduling, the same time as nothing', () => {
    expect(requestedStep(scheduled, { publishAt: '2026-11-20T09:00:00Z' })).toBe('reschedule');
    expect(requestedStep(scheduled, { publishAt: null })).toBe('reschedule');
    expect(requestedStep(scheduled, { publishAt: '2026-12-01T08:00:00Z' })).toBeNull();
    expect(requestedStep(scheduled, { status: 'scheduled' })).toBeNull();
    expect(requestedStep(scheduled, {})).toBeNull();
  });

  it('reads a new status as its step', () => {
    expect(requestedStep(scheduled, { status: 'draft' })).toBe('toDraft');
    expect(requestedStep(scheduled, { status: 'published' })).toBe('publish');
    expect(requestedStep({ status: 'draft', publishAt: null }, { status: 'scheduled' })).toBe('schedule');
    expect(
      requestedStep({ status: 'draft', publishAt: null }, { publishAt: '2026-12-01T08:00:00Z' }),
    ).toBeNull();
  });
});

describe('who owns an article', () => {
  const article = { createdBy: 'u1', authors: ['lena-brunner', 'marco'] };
  it('is its creator and staff whose author profile is in the byline', () => {
    expect(ownsArticle(article, { id: 'u1' }, [])).toBe(true);
    expect(ownsArticle(article, { id: 'u2' }, ['marco'])).toBe(true);
    expect(ownsArticle(article, { id: 'u2' }, ['someone-else'])).toBe(false);
  });
});

describe('the scheduled job', () => {
  const now = new Date('2026-11-20T09:00:00Z');
  it('publishes a scheduled article once its time has come, and nothing else', () => {
    expect(isDue({ status: 'scheduled', publishAt: '2026-11-20T09:00:00Z' }, now)).toBe(true);
    expect(isDue({ status: 'scheduled', publishAt: '2026-11-20T09:00:01Z' }, now)).toBe(false);
    expect(isDue({ status: 'draft', publishAt: '2026-11-20T08:00:00Z' }, now)).toBe(false);
    expect(isDue({ status: 'in_review', publishAt: null }, now)).toBe(false);
  });
});

describe('the order of refusals', () => {
  it('refuses a role that may never take a step for the role, not for the state', () => {
    expect(checkStep('pin', contributor, { status: 'draft' }, true)).toMatchObject({ reason: 'role' });
    expect(checkStep('submit', contributor, { status: 'in_review' }, true)).toMatchObject({
      reason: 'state',
    });
  });
});
