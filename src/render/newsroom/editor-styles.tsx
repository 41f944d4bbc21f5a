/**
 * The editor page's own styles, on top of the newsroom's: the two-column layout that folds
 * into one on a phone, the body editor's box (its typography is the reader's: editor-ux-styles.ts),
 * block cards, dialogs.
 */
export const EDITOR_CSS = `
[hidden]{display:none!important}
.ed-layout{display:grid;gap:1rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:64rem){.ed-layout{grid-template-columns:minmax(0,1fr) 20rem}}
.ed-main{padding:1.25rem}
.ed-field{margin-block-end:.75rem}
.ed-label{display:block;font-weight:600;margin-block:.5rem .2rem}
.ed-headline{font-size:1.4rem;font-weight:700}
.ed-count{font-size:.85rem;color:var(--muted);margin:.2rem 0 0}
.ed-count.over{color:var(--warn);font-weight:600}
.ed-hint{font-size:.85rem;margin:.2rem 0 0}
.ed-meta{display:grid;gap:0 1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr))}
.ed-choices{border:1px solid var(--line);border-radius:4px;margin:0 0 .75rem;max-block-size:12rem;overflow:auto}
.ed-choices ul{list-style:none;margin:0;padding:0}
.ed-choices label,.ed-check{font-weight:400;display:flex;gap:.4rem;align-items:center;margin:.2rem 0}
.ed-hero{border:1px solid var(--line);border-radius:4px;margin:0 0 1rem}
.ed-hero img,.ed-image img{max-inline-size:100%;block-size:auto;display:block}
.ed-field-error{color:var(--danger);font-weight:600;margin:.2rem 0}
[aria-invalid=true]{border-color:var(--danger)!important;outline-color:var(--danger)}
.ed-toolbar{display:flex;flex-wrap:wrap;gap:.25rem .75rem;position:sticky;inset-block-start:0;z-index:2;background:var(--paper);border:1px solid #8a8d93;border-block-end:0;border-radius:4px 4px 0 0;padding:.3rem}
.ed-group{display:flex;gap:.15rem}
.ed-toolbar button{background:#fff;color:var(--ink);border:1px solid transparent;min-inline-size:2.2rem;min-block-size:2.2rem;padding:.2rem .4rem;font-weight:700}
.ed-toolbar button:hover{border-color:var(--line)}
.ed-toolbar button[aria-pressed=true]{background:#dbe7fb;border-color:var(--accent)}
.ed-toolbar button:disabled{color:#6b6e75;cursor:default}
.ed-body{border:1px solid #8a8d93;border-radius:0 0 4px 4px;background:#fff}
.ed-body .ProseMirror{min-block-size:16rem;padding:.75rem 1rem;outline:none;white-space:pre-wrap;word-wrap:break-word}
.ed-body .ProseMirror:focus-visible{outline:3px solid var(--accent);outline-offset:-3px}
.ed-block{border:1px solid var(--line);border-radius:4px;padding:.6rem;margin:.75rem 0;background:var(--soft);font-family:system-ui,sans-serif;font-size:.95rem;white-space:normal}
.ed-block.ProseMirror-selectednode{outline:3px solid var(--accent)}
.ed-block .ed-remove{margin-block-start:.5rem;padding:.15rem .6rem;font-size:.85rem}
.ed-image{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,12rem),1fr))}
.ed-image.ed-invalid{border-color:var(--danger)}
.ed-embed a,.ed-related span{display:block;overflow-wrap:anywhere}
.ed-related strong{display:block;text-transform:uppercase;font-size:.8rem;color:var(--muted)}
.ProseMirror-gapcursor{display:none;pointer-events:none;position:absolute}
.ProseMirror-gapcursor:after{content:"";display:block;position:absolute;top:-2px;width:20px;border-top:1px solid black}
.ProseMirror-focused .ProseMirror-gapcursor{display:block}
.ed-save{padding-block:.5rem;border-block-start:1px solid var(--line)}
.ed-save-status{margin:0;color:var(--muted)}
.ed-save-status.error{color:var(--danger);font-weight:600}
.ed-alert:empty{display:none}
.ed-side .card{padding:1rem}
.ed-side h2{margin-block-start:0}
.ed-workflow{display:flex;flex-direction:column;gap:.5rem;align-items:flex-start}
.ed-schedule{inline-size:100%}
.ed-notes{padding-inline-start:1.2rem;margin:0}
.ed-notes li{margin-block-end:.6rem}
.ed-notes .ed-note-text{white-space:pre-wrap;margin:.1rem 0}
.ed-translations{padding-inline-start:1.2rem}
.ed-original-text{max-block-size:32rem;overflow-y:auto;font-size:.9rem;border-inline-start:3px solid var(--line);padding-inline-start:.6rem}
.ed-original-choice{display:flex;flex-wrap:wrap;gap:.4rem;align-items:end}
dialog{border:1px solid var(--line);border-radius:6px;padding:1.25rem;max-inline-size:min(36rem,calc(100vw - 2rem));inline-size:100%}
dialog.ed-wide{max-inline-size:min(56rem,calc(100vw - 2rem))}
dialog::backdrop{background:rgba(0,0,0,.45)}
dialog h2{margin-block-start:0}
.ed-search{display:flex;flex-wrap:wrap;gap:.4rem;align-items:end}
.ed-search label{inline-size:100%}
.ed-search input{flex:1 1 12rem;inline-size:auto}
.ed-media-grid{list-style:none;padding:0;margin:.5rem 0;display:grid;gap:.5rem;grid-template-columns:repeat(auto-fill,minmax(7.5rem,1fr))}
.ed-media-grid button{background:#fff;color:var(--ink);border:2px solid var(--line);padding:.2rem;inline-size:100%;font-size:.8rem;text-align:start}
.ed-media-grid button[aria-pressed=true]{border-color:var(--accent);background:#dbe7fb}
.ed-media-grid img{inline-size:100%;block-size:5rem;object-fit:cover;display:block}
.ed-results{list-style:none;padding:0;margin:.5rem 0}
.ed-results li{margin-block-end:.35rem}
.ed-results button{background:#fff;color:var(--accent);border:1px solid var(--line);inline-size:100%;text-align:start}
.ed-merge-field{border:1px solid var(--line);border-radius:4px;margin:0 0 1rem;padding:.75rem}
.ed-merge-sides{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr))}
.ed-merge-sides>div{background:var(--soft);padding:.5rem;border-radius:4px;overflow-wrap:anywhere;white-space:pre-wrap;max-block-size:16rem;overflow:auto}
.ed-merge-sides h4{margin:0 0 .3rem;font-size:.9rem}
`;
