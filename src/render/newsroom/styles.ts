/**
 * The newsroom's stylesheet: dense, calm, readable all day; logical properties so that the
 * right-to-left interface mirrors; system fonts.
 */
export const NEWSROOM_CSS = `
:root{--ink:#1b1b1f;--muted:#55585f;--line:#d4d6db;--soft:#f3f4f6;--paper:#fff;--accent:#0b57d0;--danger:#a8071a;--ok:#0a6b2d;--warn:#7a4d00;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--soft);line-height:1.5;font-size:15px}
*,*::before,*::after{box-sizing:border-box}
body{margin:0}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;inset-inline-start:1rem;inset-block-start:-4rem;background:var(--paper);padding:.5rem 1rem;z-index:3}
.skip:focus{inset-block-start:.5rem}
.nr-top{position:relative;background:var(--ink);color:#fff;display:flex;align-items:center;gap:.5rem 1.25rem;padding:.5rem 1rem}
.nr-menu{flex:1;min-inline-size:0}
.nr-menu>summary{display:block;inline-size:max-content;margin-inline-start:auto;list-style:none;cursor:pointer;border:1px solid #fff;border-radius:3px;padding:.15rem .7rem;font-weight:600}
.nr-menu>summary::-webkit-details-marker{display:none}
.nr-menu>summary::before{content:"☰";content:"☰"/"";margin-inline-end:.4rem}
.nr-menu-body{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.25rem}
.nr-menu>summary{white-space:nowrap}
@media (max-width:47.99rem){.nr-top{gap:.5rem .75rem}.nr-menu[open]>.nr-menu-body{position:absolute;z-index:5;inset-inline:0;inset-block-start:100%;background:var(--ink);padding:.75rem 1rem 1rem;flex-direction:column;align-items:flex-start}
.nr-menu-body .nr-nav ul{flex-direction:column}.nr-menu-body .nr-user{margin-inline-start:0}}
@supports selector(::details-content){@media (min-width:48rem){.nr-menu>summary{display:none}.nr-menu::details-content{content-visibility:visible;display:contents}}}
.nr-top a{color:#fff}
.nr-brand{font-weight:800;text-decoration:none;font-size:1.1rem;min-inline-size:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.nr-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
.nr-nav a{text-decoration:none;padding-block:.2rem}
.nr-nav a[aria-current]{border-block-end:3px solid #fff;font-weight:700}
.nr-user{margin-inline-start:auto;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
.nr-user form{display:inline-flex;gap:.25rem;align-items:center}
.nr-user select{inline-size:auto}
.nr-user button,.nr-user select{font:inherit;font-size:.9rem}
.nr-user button{background:transparent;color:#fff;border:1px solid #fff;border-radius:3px;padding:.15rem .6rem;cursor:pointer}
main{max-inline-size:80rem;margin-inline:auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.5rem;margin:0 0 1rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.card{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:1rem;margin-block-end:1rem}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))}
label{display:block;font-weight:600;margin-block:.5rem .2rem}
input[type=text],input[type=email],input[type=password],input[type=search],input[type=url],input[type=datetime-local],select,textarea{font:inherit;inline-size:100%;padding:.4rem .5rem;border:1px solid #8a8d93;border-radius:4px;background:#fff;color:var(--ink)}
textarea{min-block-size:5rem}
input[type=file]{max-inline-size:100%}
button,.button{font:inherit;display:inline-block;padding:.4rem .9rem;border-radius:4px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:var(--accent)}
button.danger{background:var(--danger);border-color:var(--danger)}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-block-start:1rem;align-items:center}
.message{padding:.6rem .8rem;border-radius:4px;margin-block-end:1rem;border:1px solid}
.message.error{background:#fdecee;border-color:var(--danger);color:var(--danger)}
.message.ok{background:#e8f5ec;border-color:var(--ok);color:var(--ok)}
.message.warn{background:#fff4e0;border-color:var(--warn);color:var(--warn)}
table{inline-size:100%;border-collapse:collapse;background:var(--paper)}
th,td{text-align:start;padding:.45rem .5rem;border-block-end:1px solid var(--line);vertical-align:top}
th{font-size:.85rem;color:var(--muted);font-weight:600}
.status{display:inline-block;font-size:.8rem;font-weight:700;padding:.05rem .45rem;border-radius:999px;background:var(--soft);border:1px solid var(--line)}
.status.published{color:var(--ok);border-color:var(--ok)}
.status.in_review{color:var(--warn);border-color:var(--warn)}
.status.scheduled{color:var(--accent);border-color:var(--accent)}
.muted{color:var(--muted)}
label.inline{display:inline;font-weight:400;margin:0}
fieldset{border:1px solid var(--line);border-radius:4px;margin-block:1rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}
.filters label{margin:0 0 .2rem}
.login{max-inline-size:24rem;margin:4rem auto}
ins{background:#d7f5dd;text-decoration:none}
del{background:#fbdadd}
.diff dd{white-space:pre-wrap}
.table-scroll{overflow-x:auto}
.dash-list{list-style:none;margin:0;padding:0}
.dash-list>li{padding-block:.45rem;border-block-end:1px solid var(--line)}
.story-languages{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem .8rem;margin:.25rem 0 0;padding:0;font-size:.85rem}
`;
