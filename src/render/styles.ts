/**
 * The reader site's stylesheet, inlined in every page (small enough that a separate request
 * would cost more on a slow phone than the bytes). Logical properties only, so right-to-left
 * languages mirror without extra rules; system fonts, so no web font is needed.
 */
/** The reader's colours, fonts and line height (the declarations of its `:root`). */
export const READER_ROOT = `--ink:#1a1a1a;--muted:#595959;--line:#d9d9d9;--accent:#b3001b;--paper:#fff;--soft:#f4f4f2;--link:#0b4f8a;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper);line-height:1.55;-webkit-text-size-adjust:100%`;

/** Fonts and line breaking by language. */
export const LANGUAGE_FONTS = `
:lang(zh),:lang(ja){line-break:strict;word-break:normal}
:lang(ja){font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif}
:lang(zh){font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
:lang(ar){font-family:system-ui,"Noto Naskh Arabic","Geeza Pro",Tahoma,sans-serif;line-height:1.8}
`;

export const HEADINGS = `h1,h2,h3,h4{line-height:1.2;margin-block:1.2em .4em}`;

/**
 * An article's typography: measure, lead, figures and captions, credits, body text, quotes,
 * lists, "More" boxes. The newsroom's editor sets its editing area in it (editor-ux-styles.ts).
 */
export const ARTICLE_CSS = `
.article{max-inline-size:44rem;margin-inline:auto}
.article h1{font-size:clamp(1.7rem,5vw,2.6rem);margin-block:.2rem .6rem}
.lead{font-size:1.2rem;font-weight:500;margin-block:0 1rem}
figure{margin:1.5rem 0}
figcaption{font-size:.88rem;color:var(--muted);padding-block-start:.4rem}
.credit{font-size:.8rem;color:var(--muted)}
.byline,.dates{margin:.25rem 0;font-size:.92rem}
.dates{color:var(--muted)}
.body{font-size:1.08rem}
.body>header,.body>.corrections{font-size:1rem}
.body p:not(:where(header p,.corrections p,.agency)){margin-block:0 1.1em}
.body blockquote{margin:1.5rem 0;padding-inline-start:1rem;border-inline-start:4px solid var(--accent);font-size:1.15rem}
.body ul,.body ol{padding-inline-start:1.5rem}
.ext svg{display:inline-block;inline-size:.75em;block-size:.75em;margin-inline-start:.2em;vertical-align:baseline}
[dir=rtl] .ext svg{transform:scaleX(-1)}
.more-box{border:1px solid var(--line);border-inline-start:4px solid var(--accent);padding:.75rem 1rem;margin:1.5rem 0;display:grid;grid-template-columns:5.5rem 1fr;gap:.75rem;align-items:center}
.more-box img{aspect-ratio:1;object-fit:cover;inline-size:5.5rem}
.more-box .label{display:block}
.more-box a{font-weight:700;color:var(--ink)}
.embed-card{border:1px solid var(--line);padding:.75rem 1rem;margin:1.5rem 0;background:var(--soft)}
`;

/** A teaser's type label, headline, lead, crop of the picture and meta line. */
export const TEASER_CSS = `
.label{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:var(--accent);margin:0 0 .3rem}
:lang(ar) .label,:lang(zh) .label,:lang(ja) .label{text-transform:none;letter-spacing:0}
.label-opinion,.label-analysis{color:#6b2c91}
.label-sponsored{color:#000;background:#ffe27a;padding:.1rem .4rem;border:1px solid #8a6d00}
.sponsored-note{background:#fff7d6;border:1px solid #8a6d00;padding:.5rem .75rem}
.teasers{list-style:none;margin:0;padding:0;display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr))}
.teaser{border-block-start:1px solid var(--line);padding-block-start:.75rem}
.teaser h2,.teaser h3{font-size:1.15rem;margin:.2rem 0 .4rem}
.teaser h2 a,.teaser h3 a{color:var(--ink);text-decoration:none}
.teaser p{margin:.3rem 0}
.teaser img{margin-block-end:.5rem;aspect-ratio:3/2;object-fit:cover;inline-size:100%}
.meta{color:var(--muted);font-size:.85rem}
`;

export const SITE_CSS = `
:root{${READER_ROOT}}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;overflow-wrap:break-word}
${LANGUAGE_FONTS}
a{color:var(--link)}
a:focus-visible,button:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
img{max-inline-size:100%;block-size:auto;display:block;background:var(--soft)}
.visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;inset-inline-start:1rem;inset-block-start:-4rem;background:var(--paper);padding:.5rem 1rem;z-index:2}
.skip:focus{inset-block-start:1rem}
.wrap{max-inline-size:72rem;margin-inline:auto;padding-inline:1rem}
.masthead{border-block-end:1px solid var(--line)}
.brand{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;padding-block:.75rem}
.brand a{font-size:1.6rem;font-weight:800;color:var(--ink);text-decoration:none;letter-spacing:-.01em}
.brand p{margin:0;color:var(--muted);font-size:.95rem}
.langs,.sections{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
.langs{font-size:.85rem;padding-block:.35rem;border-block-end:1px solid var(--line)}
.langs a[aria-current]{font-weight:700;color:var(--ink);text-decoration:none}
.sections{padding-block:.6rem;font-weight:600}
.brand form{margin-inline-start:auto;display:flex;gap:.4rem;flex-wrap:nowrap}
.brand input{font:inherit;padding:.3rem .5rem;border:1px solid var(--muted);border-radius:3px;inline-size:11rem;max-inline-size:60vw}
.brand button,.pager a{font:inherit}
.brand button{padding:.3rem .8rem;border:1px solid var(--ink);background:var(--ink);color:var(--paper);border-radius:3px;cursor:pointer}
.log{list-style:none;margin:0;padding:0;max-inline-size:44rem}
.log li{border-block-start:1px solid var(--line);padding-block:.75rem}
.log p{margin:.25rem 0}
footer nav a{color:var(--muted)}
.sections a{color:var(--ink);text-decoration:none}
.sections a[aria-current]{border-block-end:3px solid var(--accent)}
main{padding-block:1.5rem 3rem}
main.has-after{padding-block-end:0}
aside.related{padding-block-end:3rem}
${HEADINGS}
.page-title{font-size:clamp(1.5rem,4vw,2.2rem);margin-block-start:0}
${TEASER_CSS}
.top-story{display:grid;gap:1rem;margin-block-end:2rem}
@media (min-width:48rem){.top-story{grid-template-columns:3fr 2fr;align-items:start}}
.top-story h2{font-size:clamp(1.4rem,3.5vw,2rem);margin-block-start:0}
.top-story h2 a{color:var(--ink);text-decoration:none}
.block{margin-block-start:2.5rem}
.block>h2{font-size:1.3rem;border-block-end:2px solid var(--ink);padding-block-end:.25rem}
${ARTICLE_CSS}
.embed{border:1px solid var(--line);margin:1.5rem 0;background:var(--soft)}
.embed-consent{padding:.75rem 1rem}
.embed-consent>p{margin:0 0 .4rem}
.embed-provider{font-weight:700}
.body .embed-text{margin:0 0 .4rem;padding-inline-start:.75rem;border-inline-start:3px solid var(--line);font-size:1rem}
.body .embed-text p,.embed .embed-note{margin:0}
.embed-author,.embed .embed-note{color:var(--muted);font-size:.88rem}
.embed-actions:not([hidden]){display:flex;flex-wrap:wrap;gap:.5rem;margin-block-start:.75rem}
.embed button{font:inherit;font-size:.92rem;padding:.45rem .8rem;border:1px solid var(--ink);border-radius:.25rem;background:var(--paper);color:var(--ink);cursor:pointer;max-inline-size:100%}
.embed [data-embed-action=load]{background:var(--ink);color:var(--paper)}
.embed figcaption{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;padding:.5rem 1rem;border-block-start:1px solid var(--line);color:inherit}
.embed .embed-forget{border:0;padding:0;background:none;color:var(--link);text-decoration:underline}
.embed iframe{display:block;inline-size:100%;border:0;background:var(--paper)}
.corrections{border:1px solid var(--line);border-inline-start:4px solid #8a6d00;background:#fff7d6;padding:.5rem 1rem;margin:1rem 0}
.corrections p{margin:.4rem 0}
.retracted{color:#7a0010;font-size:1.1rem}
.agency{font-size:.9rem;color:var(--muted);border-block-start:1px solid var(--line);padding-block-start:.75rem}
.pager{display:flex;justify-content:space-between;gap:1rem;margin-block-start:2rem}
.author-bio{max-inline-size:44rem}
footer{border-block-start:1px solid var(--line);padding-block:1.5rem;color:var(--muted);font-size:.9rem}
@media print{.langs,.sections,.skip,.pager,footer nav{display:none}body{font-size:11pt}a{color:inherit}
.ext::after{content:" (" attr(href) ")";font-size:.8em}.ext svg{display:none}main{padding:0}}
`
  .replace(/\n/g, '')
  .trim();
