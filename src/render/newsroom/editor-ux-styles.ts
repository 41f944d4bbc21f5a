/**
 * The editor's chrome (ADR 0029): the editing area and the teaser preview in the reader
 * site's own typography (its rules from src/render/styles.ts, nested under `.ed-reader` so
 * they reach nothing else of the newsroom), the icons, the slash menu, the floating toolbar
 * and link popover, the side panel's share card, and the phone layout.
 * Its own inline sheet, allowed by hash like every other (src/render/inline-styles.ts).
 * @example <style dangerouslySetInnerHTML={{ __html: EDITOR_UX_CSS }} />
 */
import { ARTICLE_CSS, HEADINGS, LANGUAGE_FONTS, READER_ROOT, TEASER_CSS } from '../styles.js';

const READER = `
.ed-reader{${READER_ROOT};
${LANGUAGE_FONTS}
${HEADINGS}
a{color:var(--link)}
${ARTICLE_CSS}
${TEASER_CSS}
}`;

const CHROME = `
.ed-icon{inline-size:1.15rem;block-size:1.15rem;flex:none;display:block}
.ed-toolbar button{display:inline-flex;align-items:center;justify-content:center}
.ed-body.ed-reader{background:var(--paper)}
.ed-body .ProseMirror:focus-visible,.ed-reader .ed-block.ProseMirror-selectednode{outline-color:#1f5fbf}
.ed-body .ProseMirror.article{max-inline-size:calc(44rem + 2rem)}
.ed-reader .ed-block{font-family:system-ui,sans-serif}
.ed-reader .ed-image{display:block;background:var(--paper);border-color:transparent;padding:0}
.ed-reader .ed-image img{inline-size:100%;max-inline-size:100%;block-size:auto}
.ed-reader .ed-image-fields{font-size:.88rem;color:var(--muted);display:grid;gap:.2rem .6rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,12rem),1fr));padding-block-start:.4rem}
.ed-reader .ed-image-fields input{font-size:.88rem}
.ed-reader .ed-related{background:var(--paper);border:1px solid var(--line);border-inline-start:4px solid var(--accent);border-radius:0;padding:.75rem 1rem}
.ed-reader .ed-related strong{color:var(--accent)}
.ed-reader .ed-related .ed-related-headline{font-weight:700;color:var(--ink)}
.ed-floating{position:absolute;z-index:30;background:#fff;color:#1a1a1a;border:1px solid #8a8d93;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18);font:15px/1.4 system-ui,sans-serif}
.ed-slash{inline-size:min(18rem,calc(100vw - 1rem));padding:.25rem}
.ed-slash ul{list-style:none;margin:0;padding:0;max-block-size:max(26rem,60vh);overflow-y:auto;position:relative}
.ed-slash li{display:flex;gap:.6rem;align-items:center;padding:.45rem .6rem;border-radius:4px;cursor:pointer}
.ed-slash li[aria-selected=true]{background:#dbe7fb;outline:2px solid #1f5fbf;outline-offset:-2px}
.ed-slash li:hover{background:#eef3fc}
.ed-slash-none{margin:.4rem .6rem}
.ed-slash-help{margin:.25rem .6rem .2rem;font-size:.8rem;color:#4a4d55;border-block-start:1px solid #d9d9d9;padding-block-start:.3rem}
.ed-bubble,.ed-linkpop{display:flex;gap:.15rem;align-items:center;padding:.2rem}
.ed-bubble button,.ed-linkpop button,.ed-linkpop-open{display:inline-flex;align-items:center;justify-content:center;min-inline-size:2.4rem;min-block-size:2.4rem;padding:.2rem;background:#fff;color:#1a1a1a;border:1px solid transparent;border-radius:4px}
.ed-bubble button:hover,.ed-linkpop button:hover,.ed-linkpop-open:hover{border-color:#8a8d93}
.ed-bubble button[aria-pressed=true]{background:#dbe7fb;border-color:#1f5fbf}
.ed-bubble :focus-visible,.ed-linkpop :focus-visible{outline:3px solid #1f5fbf;outline-offset:1px}
.ed-linkpop{max-inline-size:calc(100vw - 1rem)}
.ed-linkpop-url{max-inline-size:16rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding-inline:.4rem;color:#0b4f8a;direction:ltr}
.ed-insight{padding:1rem;margin-block-start:1rem}
.ed-insight h2{margin-block-start:0}
.ed-insight h3{font-size:1rem;margin-block:1rem .2rem}
.ed-insight-length{font-weight:600;margin:0}
.ed-teaser-preview{border:1px solid var(--line);padding:.75rem;border-radius:4px;margin-block-start:.4rem}
.ed-teaser-preview .teaser{border:0;padding:0}
.ed-teaser-preview .ed-teaser-headline{font-size:1.15rem;font-weight:700;line-height:1.2;margin:.2rem 0 .4rem}
.ed-teaser-more{color:var(--link);text-decoration:underline}
.ed-empty{color:#595959;font-style:italic;font-weight:400}
.ed-share-card{border:1px solid #c4c7cc;border-radius:8px;overflow:hidden;background:#f7f8fa;margin-block-start:.4rem;font-family:system-ui,sans-serif}
.ed-share-card img{inline-size:100%;aspect-ratio:1.91/1;object-fit:cover;display:block}
.ed-share-text{padding:.5rem .75rem}
.ed-share-text p{margin:.1rem 0}
.ed-share-site{font-size:.8rem;color:#4a4d55;text-transform:uppercase}
.ed-share-headline{font-weight:700;line-height:1.25}
.ed-share-description{font-size:.9rem;color:#33363c;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.ed-camera{margin-block:.25rem .5rem}
.ed-camera input:focus-visible+label{outline:3px solid #1f5fbf;outline-offset:2px}
@media (hover:hover) and (pointer:fine){.ed-camera{display:none}}
@media (max-width:40rem){
.ed-main{padding:.75rem}
.ed-toolbar{flex-wrap:nowrap;overflow-x:auto;gap:.25rem .5rem;scrollbar-width:thin}
.ed-group{flex:none}
.ed-body .ProseMirror{padding:.6rem .5rem}
.ed-save{position:sticky;inset-block-end:0;background:var(--paper);z-index:2}
}
@media (pointer:coarse){.ed-toolbar button,.ed-bubble button,.ed-linkpop button{min-inline-size:2.75rem;min-block-size:2.75rem}}
`;

export const EDITOR_UX_CSS = `${READER}${CHROME}`.replace(/\n/g, '');
