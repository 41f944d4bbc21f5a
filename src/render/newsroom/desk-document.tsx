/**
 * The document every newsroom page is written in: language and direction, the head the
 * newsroom's pages share (no indexing, the newsroom's styles, a title naming the newsroom)
 * and the body. The desk's pages (DeskPage) and the card pages (CardPage) both build on it.
 * @example <DeskDocument t={t} title="Staff" meta={<meta name="csrf-token" content={csrf} />}>…</DeskDocument>
 */
import { directionOf } from '../../domain/languages.js';
import type { Translator } from '../../i18n/catalogue.js';
import { type Child, raw } from '../jsx/jsx-runtime.js';
import { NEWSROOM_CSS } from './styles.js';

export function DeskDocument(props: {
  t: Translator;
  title: string;
  /** Meta tags after the shared ones, before the title. */
  meta?: Child;
  /** More of the head after the newsroom's styles: a page's own styles and scripts. */
  head?: Child;
  children: Child;
}) {
  const { t } = props;
  // The doctype keeps browsers out of quirks mode; every desk page is written through here.
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={t.language} dir={directionOf(t.language)}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          {props.meta}
          <title>{`${props.title} · ${t.t('newsroom.title')}`}</title>
          <style dangerouslySetInnerHTML={{ __html: NEWSROOM_CSS }} />
          {props.head}
        </head>
        <body>{props.children}</body>
      </html>
    </>
  );
}
