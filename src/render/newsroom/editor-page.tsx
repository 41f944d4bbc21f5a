/**
 * The newsroom's article editor page: headline, lead and the other fields, the hero image,
 * the body editor's mount point with its toolbar, the save status, and beside it the
 * workflow. Server-rendered and labelled; the editor island brings it to life, and without
 * JavaScript the page says so.
 */
import { directionOf, NATIVE_NAMES } from '../../domain/languages.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { EditorDialogs } from './editor-dialogs.js';
import { EditorInsight } from './editor-insight.js';
import { EDITOR_CSS } from './editor-styles.js';
import { Toolbar } from './editor-toolbar.js';
import { EDITOR_UX_CSS } from './editor-ux-styles.js';
import type { EditorPageView, Option } from './editor-view.js';
import { Workflow } from './editor-workflow.js';

/** A live character counter under a field (the island keeps it current). */
function Counter(props: { id: string; value: string; limit: number; t: Translator }) {
  const count = Array.from(props.value).length;
  const over = count - props.limit;
  return (
    <p id={props.id} class={over > 0 ? 'ed-count over' : 'ed-count'} data-limit={props.limit}>
      {over > 0
        ? props.t.t('editor.countOver', { count, over, limit: props.limit })
        : props.t.t('editor.count', { count, limit: props.limit })}
    </p>
  );
}

function TextField(props: {
  name: string;
  label: MessageKey;
  value: string | null;
  t: Translator;
  maxlength: number;
  hint?: MessageKey;
}) {
  const id = `ed-${props.name}`;
  return (
    <div class="ed-field">
      <label for={id}>{props.t.t(props.label)}</label>
      <input
        type="text"
        id={id}
        name={props.name}
        value={props.value ?? ''}
        maxlength={props.maxlength}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      {props.hint ? (
        <p id={`${id}-hint`} class="muted ed-hint">
          {props.t.t(props.hint)}
        </p>
      ) : null}
    </div>
  );
}

function Checkboxes(props: {
  name: string;
  legend: MessageKey;
  options: Option[];
  chosen: string[];
  t: Translator;
}) {
  return (
    <fieldset class="ed-choices">
      <legend>{props.t.t(props.legend)}</legend>
      {props.options.length === 0 ? <p class="muted">{props.t.t('editor.field.none')}</p> : null}
      <ul>
        {props.options.map((option) => (
          <li>
            <label>
              <input
                type="checkbox"
                name={props.name}
                value={option.value}
                checked={props.chosen.includes(option.value)}
              />{' '}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Hero(props: { view: EditorPageView }) {
  const { t, article, heroPreview } = props.view;
  const hero = article?.hero ?? null;
  return (
    <fieldset class="ed-hero" id="ed-hero">
      <legend>{t.t('editor.hero')}</legend>
      <input type="hidden" name="heroMediaId" id="ed-hero-media" value={hero?.mediaId ?? ''} />
      <div class="ed-hero-preview" id="ed-hero-preview">
        {hero && heroPreview ? (
          <img src={heroPreview} alt="" width="240" />
        ) : (
          <p class="muted">{t.t('editor.hero.none')}</p>
        )}
      </div>
      <div class="actions ed-js-only" hidden>
        <button type="button" class="secondary" data-action="hero-choose">
          {t.t('editor.hero.choose')}
        </button>
        <button type="button" class="secondary" data-action="hero-remove" hidden={!hero}>
          {t.t('editor.hero.remove')}
        </button>
      </div>
      <div id="ed-hero-fields" hidden={!hero}>
        <label for="ed-hero-alt">{t.t('editor.hero.alt')}</label>
        <input
          type="text"
          id="ed-hero-alt"
          name="heroAlt"
          value={hero?.alt ?? ''}
          maxlength={1000}
          required
          aria-describedby="ed-hero-alt-error"
        />
        <p id="ed-hero-alt-error" class="ed-field-error" hidden>
          {t.t('editor.hero.altMissing')}
        </p>
        <label for="ed-hero-caption">{t.t('editor.image.caption')}</label>
        <input
          type="text"
          id="ed-hero-caption"
          name="heroCaption"
          value={hero?.caption ?? ''}
          maxlength={2000}
        />
        <label for="ed-hero-credit">{t.t('editor.image.credit')}</label>
        <input type="text" id="ed-hero-credit" name="heroCredit" value={hero?.credit ?? ''} maxlength={300} />
      </div>
    </fieldset>
  );
}

/** The version this one is translated from, to read while writing. */
function Original(props: { view: EditorPageView }) {
  const { t, original } = props.view;
  if (!original) return null;
  return (
    <section class="card ed-original" aria-labelledby="ed-original-title">
      <h2 id="ed-original-title">
        {t.t('editor.original.title', { language: NATIVE_NAMES[original.language] })}
      </h2>
      {original.alternatives.length > 0 ? (
        <form method="get" class="ed-original-choice">
          <label for="ed-original-language">{t.t('editor.original.choose')}</label>
          <select id="ed-original-language" name="original">
            {original.alternatives.map((o) => (
              <option value={o.value} selected={o.value === original.id}>
                {o.label}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="secondary">
            {t.t('editor.original.show')}
          </button>
        </form>
      ) : null}
      <div lang={original.language} dir={directionOf(original.language)} class="ed-original-text">
        <p>
          <strong>{original.headline}</strong>
        </p>
        <p>{original.lead}</p>
        {original.paragraphs.map((text) => (
          <p>{text}</p>
        ))}
      </div>
      <p>
        <a href={`/newsroom/articles/${original.id}`}>{t.t('editor.original.open')}</a>
      </p>
    </section>
  );
}

export function EditorPage(props: { view: EditorPageView }) {
  const { view } = props;
  const { t, article, language, bootstrap } = view;
  const title = article ? t.t('editor.title.edit') : t.t('editor.title.new');
  const dir = directionOf(language);
  const limits = bootstrap.limits;
  return (
    <DeskPage
      t={t}
      staff={view.staff}
      csrf={view.csrf}
      title={article?.headline || title}
      heading={title}
      active={article ? undefined : 'write'}
      scripts={view.script ? [view.script] : []}
      head={[EDITOR_CSS, EDITOR_UX_CSS].map((css) => <style dangerouslySetInnerHTML={{ __html: css }} />)}
    >
      <noscript>
        <p class="message warn">{t.t('editor.noScript')}</p>
      </noscript>
      <script
        type="application/json"
        id="editor-data"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(bootstrap).replace(/</g, '\\u003c') }}
      />
      <div class="ed-layout">
        <form id="editor-form" class="card ed-main" method="post" action="#" novalidate>
          <p class="muted">{t.t('editor.articleLanguage', { language: NATIVE_NAMES[language] })}</p>
          <div id="ed-alert" role="alert" class="ed-alert"></div>
          <div lang={language} dir={dir}>
            <div class="ed-field">
              <label for="ed-headline">{t.t('editor.field.headline')}</label>
              <input
                type="text"
                id="ed-headline"
                name="headline"
                class="ed-headline"
                value={article?.headline ?? ''}
                maxlength={300}
                aria-describedby="ed-headline-count"
              />
              <Counter id="ed-headline-count" value={article?.headline ?? ''} limit={limits.headline} t={t} />
            </div>
            <div class="ed-field">
              <label for="ed-lead">{t.t('editor.field.lead')}</label>
              <textarea id="ed-lead" name="lead" rows={3} maxlength={2000} aria-describedby="ed-lead-count">
                {article?.lead ?? ''}
              </textarea>
              <Counter id="ed-lead-count" value={article?.lead ?? ''} limit={limits.lead} t={t} />
            </div>
          </div>
          <div class="ed-meta">
            <div class="ed-field">
              <label for="ed-type">{t.t('editor.field.type')}</label>
              <select id="ed-type" name="type">
                {view.types.map((o) => (
                  <option value={o.value} selected={(article?.type ?? 'news') === o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div class="ed-field">
              <label for="ed-section">{t.t('editor.field.section')}</label>
              <select id="ed-section" name="section">
                <option value="">{t.t('editor.field.sectionNone')}</option>
                {view.sections.map((o) => (
                  <option value={o.value} selected={article?.section === o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              name="kicker"
              label="editor.field.kicker"
              value={article?.kicker ?? null}
              t={t}
              maxlength={100}
            />
            <TextField
              name="dateline"
              label="editor.field.dateline"
              value={article?.dateline ?? null}
              t={t}
              maxlength={100}
            />
            <TextField
              name="source"
              label="editor.field.source"
              value={article?.source ?? null}
              t={t}
              maxlength={200}
              hint="editor.field.sourceHint"
            />
          </div>
          <div class="ed-meta">
            <Checkboxes
              name="topics"
              legend="editor.field.topics"
              options={view.topics}
              chosen={article?.topics ?? []}
              t={t}
            />
            <Checkboxes
              name="authors"
              legend="editor.field.authors"
              options={view.authors}
              chosen={article?.authors ?? []}
              t={t}
            />
          </div>
          <Hero view={view} />
          <div class="ed-field ed-body-field">
            <span class="ed-label" id="ed-body-label">
              {t.t('editor.field.body')}
            </span>
            <Toolbar t={t} />
            <div id="ed-body" class="ed-body ed-reader" lang={language} dir={dir}></div>
            <p id="ed-shortcuts" class="muted ed-hint">
              {t.t('editor.shortcutsHelp')}
            </p>
          </div>
          <div class="actions ed-save">
            <button type="submit" id="ed-save" class="ed-js-only" hidden>
              {t.t('editor.save')}
            </button>
            {article ? (
              <>
                <a class="button secondary" id="ed-preview" href={`/newsroom/articles/${article.id}/preview`}>
                  {t.t('editor.preview')}
                </a>
                <a href={`/newsroom/articles/${article.id}/history`}>{t.t('editor.history')}</a>
              </>
            ) : null}
            <p id="ed-save-status" role="status" class="ed-save-status"></p>
          </div>
        </form>
        <div>
          {view.original ? <Original view={view} /> : null}
          <Workflow view={view} />
          <EditorInsight view={view} />
        </div>
      </div>
      <EditorDialogs t={t} />
    </DeskPage>
  );
}
