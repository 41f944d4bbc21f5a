/**
 * What search engines and social networks read from a page's head: robots preview size,
 * Open Graph and Twitter cards, and the page's schema.org blocks.
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

export function SocialMeta(props: { chrome: ChromeView }) {
  const { chrome } = props;
  const image = chrome.social.image;
  return (
    <>
      <meta name="robots" content="max-image-preview:large" />
      <meta property="og:site_name" content={chrome.t.t('site.name')} />
      <meta property="og:type" content={chrome.social.type} />
      <meta property="og:title" content={chrome.title} />
      <meta property="og:description" content={chrome.description} />
      <meta property="og:url" content={chrome.canonical} />
      <meta property="og:locale" content={OG_LOCALE[chrome.language]} />
      {image ? (
        <>
          <meta property="og:image" content={image.url} />
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
          <meta property="og:image:alt" content={image.alt} />
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
