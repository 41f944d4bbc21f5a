/**
 * What search engines and social networks read from a page's head: robots preview size,
 * Open Graph (with the other language versions' locales and an article's dates, section and
 * authors) and Twitter cards, and the page's schema.org blocks.
 */
import type { ChromeView } from '../views.js';

const OG_LOCALE: Record<ChromeView['language'], string> = {
  en: 'en_GB',
  de: 'de_CH',
  fr: 'fr_CH',
  it: 'it_CH',
  es: 'es_ES',
  pt: 'pt_BR',
  ar: 'ar_AR',
  zh: 'zh_CN',
  ja: 'ja_JP',
  ru: 'ru_RU',
};

/** The Open Graph locales of the page's other language versions (its hreflang alternates). */
function alternateLocales(chrome: ChromeView): string[] {
  return chrome.alternates.flatMap((alt) =>
    alt.hreflang === 'x-default' || alt.hreflang === chrome.language ? [] : [OG_LOCALE[alt.hreflang]],
  );
}

export function SocialMeta(props: { chrome: ChromeView }) {
  const { chrome } = props;
  const image = chrome.social.image;
  const article = chrome.social.article;
  return (
    <>
      <meta name="robots" content="max-image-preview:large" />
      <meta property="og:site_name" content={chrome.t.t('site.name')} />
      <meta property="og:type" content={chrome.social.type} />
      <meta property="og:title" content={chrome.title} />
      <meta property="og:description" content={chrome.description} />
      <meta property="og:url" content={chrome.canonical} />
      <meta property="og:locale" content={OG_LOCALE[chrome.language]} />
      {alternateLocales(chrome).map((locale) => (
        <meta property="og:locale:alternate" content={locale} />
      ))}
      {image ? (
        <>
          <meta property="og:image" content={image.url} />
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
          <meta property="og:image:alt" content={image.alt} />
        </>
      ) : null}
      {article ? (
        <>
          <meta property="article:published_time" content={article.publishedTime} />
          <meta property="article:modified_time" content={article.modifiedTime} />
          {article.section ? <meta property="article:section" content={article.section} /> : null}
          {article.authors.map((href) => (
            <meta property="article:author" content={href} />
          ))}
        </>
      ) : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={chrome.title} />
      <meta name="twitter:description" content={chrome.description} />
      {image ? <meta name="twitter:image" content={image.url} /> : null}
      {image ? <meta name="twitter:image:alt" content={image.alt} /> : null}
      {chrome.jsonLd.map((block) => (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: block }} />
      ))}
    </>
  );
}
