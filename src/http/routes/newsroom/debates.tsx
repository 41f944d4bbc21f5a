/**
 * The newsroom's debate pages (under /newsroom/debates): the list with the form to open one,
 * one debate to edit, and closing it. The session and CSRF token are checked by the
 * newsroom's middleware; the commands check the policy, so pages and API refuse alike.
 * @example GET /newsroom/debates?language=fr
 */
import { type Context, Hono } from 'hono';
import { authorize } from '../../../commands/context.js';
import { closeDebate, createDebate, editDebate } from '../../../commands/debates.js';
import { debatePath } from '../../../domain/article.js';
import { type Debate, debateState } from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import type { MessageKey, Translator } from '../../../i18n/catalogue.js';
import { instantToLocal } from '../../../lib/zoned-time.js';
import {
  DebateEditPage,
  type DebateEditView,
  type DebateFormValues,
  DebatesDeskPage,
  type DebatesDeskView,
} from '../../../render/newsroom/debates-page.js';
import type { DeskNotice } from '../../../render/newsroom/moderation-nav.js';
import { findDebate, newsroomDebates } from '../../../storage/repos/debates.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';
import { formFields, noStoreHtml as html, instantField, languageOr } from '../../newsroom-forms.js';

/** The message of a debate form's error, by the field it names. */
function debateErrorKey(error: DomainError, dateParsing: boolean): MessageKey {
  if (dateParsing) return 'readers.debatesDesk.error.date';
  if (error.field === 'question') return 'readers.debatesDesk.error.question';
  if (error.field === 'intro') return 'readers.debatesDesk.error.intro';
  if (error.field === 'closesAt' || error.field === 'opensAt') return 'readers.debatesDesk.error.order';
  return 'readers.debatesDesk.error.language';
}

/**
 * What a refused debate form says and the field it is about; anything but a validation error
 * is thrown on. `dateParsing`: the error came before both times were read.
 */
function debateRefusal(
  error: unknown,
  t: Translator,
  dateParsing: boolean,
): { notice: DeskNotice; field: string | null } {
  if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
  const parsing = dateParsing && (error.field === 'opensAt' || error.field === 'closesAt');
  return { notice: { kind: 'error', text: t.t(debateErrorKey(error, parsing)) }, field: error.field ?? null };
}

/** The form's opening and closing times, read as wall-clock times of the newsroom's zone. */
function debateTimes(values: DebateFormValues, zone: string) {
  return {
    opensAt: instantField('opensAt', values.opensAt, zone),
    closesAt: instantField('closesAt', values.closesAt, zone),
  };
}

/** The newsroom's debate pages: list, create, edit, close. */
export function newsroomDebateRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const zone = deps.timeZone;
  const ctxOf = (c: Context<AppEnv>) => ({ db, actor: newsroomView(c, deps).staff, now: deps.clock() });
  const blank = (language: Language): DebateFormValues => ({
    question: '',
    intro: '',
    language,
    mode: 'open',
    opensAt: '',
    closesAt: '',
    multilingual: false,
  });
  const valuesOf = (form: Record<string, string>, language: Language): DebateFormValues => ({
    question: form.question ?? '',
    intro: form.intro ?? '',
    language,
    mode: form.mode === 'premoderated' ? 'premoderated' : 'open',
    opensAt: form.opensAt ?? '',
    closesAt: form.closesAt ?? '',
    multilingual: form.multilingual === 'on',
  });

  const listPage = async (
    c: Context<AppEnv>,
    language: Language,
    form: DebateFormValues,
    notice: DeskNotice,
    errorField: string | null,
    status: 200 | 400 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'debate.create');
    const now = deps.clock();
    const debates = await newsroomDebates(db, { language, limit: 200, offset: 0 });
    const view: DebatesDeskView = {
      language,
      debates: debates.map((debate) => ({
        id: debate.id,
        question: debate.question,
        state: debateState(debate, now),
        opensAt: debate.opensAt,
        closesAt: debate.closesAt,
        comments: debate.comments,
        pending: debate.pending,
        href: debatePath(debate),
      })),
      form,
      errorField,
      notice,
      timeZone: zone,
    };
    return html(c, <DebatesDeskPage t={t} staff={staff} csrf={csrf} view={view} />, status);
  };

  app.get('/debates', async (c) => {
    const { t, language: ui } = newsroomView(c, deps);
    const language = languageOr(c.req.query('language'), ui);
    const notice: DeskNotice = c.req.query('created')
      ? { kind: 'ok', text: t.t('readers.debatesDesk.created') }
      : null;
    return listPage(c, language, blank(language), notice, null);
  });

  app.post('/debates', async (c) => {
    const { t, language: ui } = newsroomView(c, deps);
    const form = await formFields(c);
    const language = languageOr(form.language, ui);
    const values = valuesOf(form, language);
    let dateParsing = true;
    try {
      if (!isLanguage(form.language))
        throw new DomainError('validation_failed', 'Choose a language', 'language');
      const times = debateTimes(values, zone);
      dateParsing = false;
      await createDebate(ctxOf(c), { ...values, language, ...times });
    } catch (error) {
      const { notice, field } = debateRefusal(error, t, dateParsing);
      return listPage(c, language, values, notice, field, 400);
    }
    deps.pageCache.clear();
    return c.redirect(`/newsroom/debates?language=${language}&created=1`, 303);
  });

  const editPage = async (
    c: Context<AppEnv>,
    debate: Debate,
    form: DebateFormValues | null,
    notice: DeskNotice,
    errorField: string | null,
    status: 200 | 400 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'debate.create');
    const language = languageOr(debate.language, 'en');
    const view: DebateEditView = {
      id: debate.id,
      state: debateState(debate, deps.clock()),
      href: debatePath(debate),
      form: form ?? {
        question: debate.question,
        intro: debate.intro,
        language,
        mode: debate.mode,
        opensAt: instantToLocal(debate.opensAt, zone),
        closesAt: debate.closesAt ? instantToLocal(debate.closesAt, zone) : '',
        multilingual: debate.multilingual,
      },
      errorField,
      notice,
      timeZone: zone,
    };
    return html(c, <DebateEditPage t={t} staff={staff} csrf={csrf} view={view} />, status);
  };

  const debateOf = async (c: Context<AppEnv>) => {
    const debate = await findDebate(db, c.req.param('id') ?? '');
    if (!debate) throw new DomainError('not_found', 'No such debate');
    return debate;
  };

  app.get('/debates/:id', async (c) => {
    const { t, staff } = newsroomView(c, deps);
    authorize(staff, 'debate.create');
    const debate = await debateOf(c);
    const notice: DeskNotice = c.req.query('saved')
      ? { kind: 'ok', text: t.t('readers.debatesDesk.saved') }
      : c.req.query('closed')
        ? { kind: 'ok', text: t.t('readers.debatesDesk.closedNow') }
        : null;
    return editPage(c, debate, null, notice, null);
  });

  app.post('/debates/:id', async (c) => {
    const { t } = newsroomView(c, deps);
    const debate = await debateOf(c);
    const form = await formFields(c);
    const values = valuesOf(form, languageOr(debate.language, 'en'));
    let dateParsing = true;
    try {
      const times = debateTimes(values, zone);
      dateParsing = false;
      await editDebate(ctxOf(c), debate.id, { ...values, ...times });
    } catch (error) {
      const { notice, field } = debateRefusal(error, t, dateParsing);
      return editPage(c, debate, values, notice, field, 400);
    }
    deps.pageCache.clear();
    return c.redirect(`/newsroom/debates/${debate.id}?saved=1`, 303);
  });

  app.post('/debates/:id/close', async (c) => {
    const debate = await closeDebate(ctxOf(c), c.req.param('id'));
    deps.pageCache.clear();
    return c.redirect(`/newsroom/debates/${debate.id}?closed=1`, 303);
  });
  return app;
}
