/**
 * The frame of every reader page: head, masthead, language and section navigation, footer.
 */

import { SiteIcons } from '../elements/site-icons.js';
import { SocialMeta } from '../elements/social-meta.js';
import type { Child } from '../jsx/jsx-runtime.js';
import { SITE_CSS } from '../styles.js';
import type { ChromeView } from '../views.js';

export function PageLayout(props: {
  chrome: ChromeView;
  head?: Child;
  children: Child;
  /**
   * What follows the page's main content, outside `<main>` and in a landmark of its own (such
   * as an article's report form, comments, "More in" and rankings, in an `<aside>`), so that
   * reader modes and assistive technology find the page's own content alone in `<main>`.
   */
  after?: Child;
}) {
  const { chrome } = props;
  const { t } = chrome;
  return (
    <html lang={chrome.language} dir={chrome.direction}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{chrome.title}</title>
        <meta name="description" content={chrome.description} />
        <link rel="canonical" href={chrome.canonical} />
        <SocialMeta chrome={chrome} />
        <SiteIcons language={chrome.language} />
        {chrome.feeds.map((feed) => (
          <link rel="alternate" type={feed.type} href={feed.href} title={feed.title} />
        ))}
        {chrome.alternates.map((alt) => (
          <link rel="alternate" hreflang={alt.hreflang} href={alt.href} />
        ))}
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
        {props.head}
      </head>
      <body>
        <a class="skip" href="#content">
          {t.t('nav.skipToContent')}
        </a>
        <header class="masthead">
          <nav class="wrap" aria-label={t.t('nav.languageSwitcher')}>
            <ul class="langs">
              {chrome.languages.map((lang) => (
                <li>
                  <a
                    href={lang.href}
                    hreflang={lang.language}
                    lang={lang.language}
                    aria-current={lang.current ? 'true' : undefined}
                  >
                    {lang.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div class="wrap brand">
            <a href={`/${chrome.language}/`}>{t.t('site.name')}</a>
            <p>{t.t('site.tagline')}</p>
            {/* A plain GET form: works without JavaScript; wraps onto its own line on a phone. */}
            {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is announced by every screen reader; <search> is not yet in all the browsers readers use */}
            <form role="search" action={`/${chrome.language}/search`} aria-label={t.t('search.siteLabel')}>
              <label class="visually-hidden" for="site-search-q">
                {t.t('search.label')}
              </label>
              <input type="search" id="site-search-q" name="q" size={16} maxlength={200} />{' '}
              <button type="submit">{t.t('search.submit')}</button>
            </form>
          </div>
          <nav class="wrap" aria-label={t.t('nav.main')}>
            <ul class="sections">
              {chrome.sections.map((section) => (
                <li>
                  <a href={section.href} aria-current={section.current ? 'page' : undefined}>
                    {section.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="content" class={props.after ? 'wrap has-after' : 'wrap'} tabindex={-1}>
          {props.children}
        </main>
        {props.after ?? null}
        <footer>
          <div class="wrap">
            <p>{t.t('footer.about')}</p>
            <nav aria-label={t.t('footer.about')}>
              <a href={`/${chrome.language}/corrections`}>{t.t('footer.corrections')}</a>{' '}
              <a href={`/${chrome.language}/about/trust`}>{t.t('trust.footer.link')}</a>
            </nav>
            <p>{t.t('footer.copyright', { year: chrome.year })}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
