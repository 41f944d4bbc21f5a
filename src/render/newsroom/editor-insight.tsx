/**
 * Beside the editor: the article's length and reading time, the teaser as readers will meet
 * it on the home page ("published as": label, headline, lead, the hero cropped as the reader
 * site crops it), and the card a social network shows for a shared link (Open Graph title,
 * description, image, site). Rendered in the article's language with the reader site's
 * texts; the editor island (client/editor/insight.ts) keeps it current while one types.
 * @example <EditorInsight view={view} />
 */
import { ARTICLE_TYPES } from '../../domain/article.js';
import { directionOf } from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import type { EditorPageView } from './editor-view.js';

export function EditorInsight(props: { view: EditorPageView }) {
  const { t, article, language, heroPreview } = props.view;
  const reader = translator(language, t.timeZone);
  const dir = directionOf(language);
  const [readMoreBefore = '', readMoreAfter = ''] = reader
    .t('teaser.readMore', { headline: '\u0000' })
    .split('\u0000');
  const headline = article?.headline ?? '';
  const lead = article?.lead ?? '';
  const siteName = reader.t('site.name');
  const now = new Date().toISOString();
  return (
    <section class="card ed-insight ed-js-only" aria-labelledby="ed-insight-title" hidden>
      <h2 id="ed-insight-title">{t.t('editorux.insight.title')}</h2>
      <p class="ed-insight-length">
        <span id="ed-insight-words"></span> · <span id="ed-insight-reading"></span>
      </p>
      <h3 id="ed-teaser-title">{t.t('editorux.teaser.title')}</h3>
      <p class="muted ed-hint" id="ed-teaser-hint">
        {t.t('editorux.teaser.hint')}
      </p>
      <div class="ed-reader ed-teaser-preview" lang={language} dir={dir}>
        <article class="teaser">
          {heroPreview ? <img id="ed-teaser-image" alt="" src={heroPreview} /> : null}
          <p
            class="label"
            id="ed-teaser-label"
            data-types={JSON.stringify(
              Object.fromEntries(ARTICLE_TYPES.map((type) => [type, reader.t(`type.${type}`)])),
            )}
            hidden
          ></p>
          <p
            class="ed-teaser-headline"
            data-insight="headline"
            data-empty={t.t('editorux.preview.noHeadline')}
          >
            {headline}
          </p>
          <p class="meta">{reader.t('teaser.publishedOn', { date: reader.dateTime(now) })}</p>
          <p data-insight="lead">{lead}</p>
          <p class="ed-teaser-more">
            {readMoreBefore}
            <span data-insight="headline">{headline}</span>
            {readMoreAfter}
          </p>
        </article>
      </div>
      <p class="muted ed-hint" id="ed-teaser-noimage" hidden={Boolean(heroPreview)}>
        {t.t('editorux.preview.noImage')}
      </p>
      <h3 id="ed-share-title">{t.t('editorux.social.title')}</h3>
      <p class="muted ed-hint" id="ed-share-hint">
        {t.t('editorux.social.hint')}
      </p>
      <div class="ed-share-card" lang={language} dir={dir}>
        {heroPreview ? <img id="ed-share-image" alt="" src={heroPreview} /> : null}
        <div class="ed-share-text">
          <p class="ed-share-site" dir="ltr">
            {props.view.publicHost ?? ''}
          </p>
          <p class="ed-share-headline">
            <span data-insight="headline" data-empty={t.t('editorux.preview.noHeadline')}>
              {headline}
            </span>{' '}
            - {siteName}
          </p>
          <p class="ed-share-description" data-insight="lead" data-empty={reader.t('site.tagline')}>
            {lead || reader.t('site.tagline')}
          </p>
        </div>
      </div>
    </section>
  );
}
