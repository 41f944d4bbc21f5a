/**
 * Styles of the media library and front-page screens, added to the newsroom's stylesheet
 * on those pages only.
 */
export const LIBRARY_CSS = `
.media-grid{list-style:none;margin:0;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,12rem),1fr))}
.media-grid li{background:var(--paper);border:1px solid var(--line);border-radius:6px;overflow:hidden;display:flex;flex-direction:column}
.media-grid img{display:block;inline-size:100%;block-size:auto;aspect-ratio:3/2;object-fit:cover;background:var(--soft)}
.media-grid .media-text{padding:.5rem .6rem;font-size:.9rem;display:flex;flex-direction:column;gap:.15rem;overflow-wrap:anywhere}
.media-grid a{font-weight:600}
.media-grid .no-alt{color:var(--warn)}
.dropzone{border:2px dashed #8a8d93;border-radius:6px;padding:1rem;background:var(--soft);text-align:center}
.dropzone.over{border-color:var(--accent);background:#e8f0fe}
.dropzone label{margin-block-start:0}
.upload-progress{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-block-start:.75rem}
.upload-progress progress{inline-size:min(100%,20rem);block-size:1rem}
.upload-list{margin:.5rem 0 0;padding-inline-start:1.2rem}
.media-detail{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));align-items:start}
.media-detail img{max-inline-size:100%;block-size:auto;border:1px solid var(--line)}
.copy-id{display:flex;gap:.5rem;align-items:center}
.copy-id input{font-family:ui-monospace,Menlo,Consolas,monospace}
.pager{display:flex;justify-content:space-between;gap:1rem;margin-block-start:1rem}
.lang-tabs{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem .75rem;margin:0 0 1rem;padding:0}
.lang-tabs a[aria-current]{font-weight:700;text-decoration:none;border-block-end:3px solid var(--accent)}
.pins{list-style:none;margin:0;padding:0;counter-reset:pin}
.pins>li{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:.75rem;margin-block-end:.5rem;display:grid;gap:.5rem;grid-template-columns:2.5rem 1fr}
.pins .pos{font-size:1.4rem;font-weight:800;color:var(--muted);text-align:center}
.pins .headline{font-weight:700;overflow-wrap:anywhere;margin:0}
.pins .meta{margin:.2rem 0 .5rem}
.pins form{display:inline-flex;flex-wrap:wrap;gap:.4rem;align-items:end;margin:0}
.pins .controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}
.pins .controls label{margin:0 0 .2rem;font-weight:400;font-size:.85rem}
.pins input[type=datetime-local]{inline-size:auto;max-inline-size:100%}
.candidates{list-style:none;margin:0;padding:0}
.candidates li{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center;padding:.5rem 0;border-block-end:1px solid var(--line)}
.candidates form{margin:0}
`;
