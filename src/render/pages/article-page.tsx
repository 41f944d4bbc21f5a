/**
 * The article page: in `<main>`, the article alone (type label, headline, lead, hero, byline,
 * dates, corrections, body, agency credit); after it, the report form and trust links, the
 * comments, more from the same section, and the rankings (Popular Stories, Most Discussed).
 */
import { BodyBlocks } from '../elements/blocks.js';
import { COMMENTS_CSS, CommentInvitation } from '../elements/comments.js';
import { CorrectionNotes } from '../elements/corrections.js';
import { Figure } from '../elements/image.js';
import { Rankings, type RankingsView, ReadBeacon } from '../elements/rankings.js';
import { PublishedOn, TeaserList } from '../elements/teaser.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ArticleView, ChromeView } from '../views.js';
import { type ArticleTrustView, JtiBadge, ReportErrorForm, TrustStyles } from './trust-page.js';

/** The type label, always shown on the article (news included), matching its structured data type. */
function ArticleTypeLabel(props: { article: ArticleView; chrome: ChromeView }) {
  const { type, kicker } = props.article;
  return (
    <p class={`label label-${type}`}>
      {props.chrome.t.t(`type.${type}`)}
      {kicker ? ` · ${kicker}` : null}
    </p>
  );
}

function Byline(props: { article: ArticleView; chrome: ChromeView }) {
  const { authors, dateline } = props.article;
  const { t } = props.chrome;
  if (authors.length === 0 && !dateline) return null;
  return (
    <p class="byline">
      {authors.length > 0 ? `${t.t('article.by')} ` : null}
      {authors.map((author, i) => (
        <>
          {i > 0 ? (i === authors.length - 1 ? ` ${t.t('article.and')} ` : ', ') : null}
          <a href={author.href} rel="author">
            {author.label}
          </a>
        </>
      ))}
      {dateline ? (authors.length > 0 ? `, ${dateline}` : dateline) : null}
    </p>
  );
}

/**
 * What follows an article, outside `<main>`, in an `<aside>`: the report form and trust links,
 * the comments, "More in" the section and the rankings. Reader modes (Readability drops an
 * aside, and a box whose class says "related") and screen readers' jump to "main" then find
 * the article's own content alone.
 */
function AfterArticle(props: {
  chrome: ChromeView;
  article: ArticleView & Partial<ArticleTrustView>;
  rankings?: RankingsView | null | undefined;
  /** False for a preview of an article readers cannot see yet: it has no comments to load. */
  comments?: boolean | undefined;
}) {
  const { chrome, article } = props;
  const { t } = chrome;
  return (
    <aside class="wrap related" aria-label={t.t('clients.afterArticle.label')}>
      {article.version !== undefined ? (
        <div class="article">
          <ReportErrorForm
            language={chrome.language}
            articleId={article.id}
            version={article.version}
            t={t}
          />
          <nav class="trust-links" aria-label={t.t('trust.footer.link')}>
            <p>
              <a href={`/${chrome.language}/about/trust`}>{t.t('trust.footer.link')}</a>
            </p>
            {article.jtiCertificateUrl ? <JtiBadge href={article.jtiCertificateUrl} t={t} /> : null}
          </nav>
        </div>
      ) : null}
      {props.comments === false ? null : <CommentInvitation articleId={article.id} t={t} />}
      {article.section && article.moreInSection.length > 0 ? (
        <section class="block" aria-labelledby="more-in-section">
          <h2 id="more-in-section">{t.t('article.inThisSection', { section: article.section.label })}</h2>
          <TeaserList teasers={article.moreInSection} t={t} />
        </section>
      ) : null}
      <Rankings rankings={props.rankings} t={t} />
    </aside>
  );
}

export function ArticlePage(props: {
  chrome: ChromeView;
  article: ArticleView & Partial<ArticleTrustView>;
  rankings?: RankingsView | null;
  /** The read beacon island's address (counts this read); null when it is not built. */
  readBeacon?: string | null;
  /** False leaves out the comments (a preview of an article readers cannot see yet). */
  comments?: boolean;
}) {
  const { chrome, article } = props;
  const { t } = chrome;
  return (
    <PageLayout
      chrome={chrome}
      head={
        <>
          <TrustStyles />
          {/* The comments' styles, in the head: a <style> is not allowed in the body. */}
          <style dangerouslySetInnerHTML={{ __html: COMMENTS_CSS }} />
          {article.embedScript ? <script src={article.embedScript} defer /> : null}
          <ReadBeacon src={props.readBeacon} articleId={article.id} />
        </>
      }
      after={
        <AfterArticle chrome={chrome} article={article} rankings={props.rankings} comments={props.comments} />
      }
    >
      {/*
        The body's blocks sit right in the <article>, beside its header: reader modes
        (Readability) take the element holding the paragraphs, which then is the whole article,
        headline, lead, hero and corrections included. The class "body" styles them.
      */}
      <article class="article body">
        <header>
          <ArticleTypeLabel article={article} chrome={chrome} />
          <h1>{article.headline}</h1>
          {article.type === 'sponsored' ? (
            <p class="sponsored-note" role="note">
              <strong>{t.t('type.sponsored')}</strong> {t.t('trust.sponsored.notice')}
            </p>
          ) : null}
          {article.lead ? <p class="lead">{article.lead}</p> : null}
          {article.hero ? (
            <Figure image={article.hero} sizes="(min-width: 46rem) 44rem, 100vw" priority class="hero" />
          ) : null}
          <Byline article={article} chrome={chrome} />
          <p class="dates">
            <PublishedOn iso={article.firstPublishedAt} t={t} message="article.publishedOn" />
            {article.updatedAt ? (
              <>
                {' · '}
                <PublishedOn iso={article.updatedAt} t={t} message="article.updatedOn" />
              </>
            ) : null}
          </p>
        </header>
        <CorrectionNotes corrections={article.corrections} placement="top" t={t} />
        <BodyBlocks nodes={article.body.content} ctx={article.bodyContext} />
        {article.source ? (
          <p class="agency">{t.t('article.agencyCredit', { source: article.source })}</p>
        ) : null}
        <CorrectionNotes corrections={article.corrections} placement="bottom" t={t} />
      </article>
    </PageLayout>
  );
}
