/**
 * The embeds island (bundled into /assets/embeds.js): turns the server's privacy-first embed
 * placeholders (src/render/elements/embed.tsx) into the provider's player, but only when the
 * reader asks: "Load" for one embed, "Always load" for every embed of that provider, now and
 * on later visits (remembered in localStorage, never in a cookie), undone with "Stop loading".
 * Until then nothing is requested from the provider. Without this script the placeholder
 * keeps its link to the original and its buttons stay hidden.
 * @example <script src="/assets/embeds.js?v=…" defer></script>
 */

const KEY = 'shortwave:embeds:always:';

function remembered(provider: string): boolean {
  try {
    return localStorage.getItem(KEY + provider) === '1';
  } catch {
    return false;
  }
}

function remember(provider: string, always: boolean): void {
  try {
    if (always) localStorage.setItem(KEY + provider, '1');
    else localStorage.removeItem(KEY + provider);
  } catch {
    // Storage refused (private mode, quota): the choice lasts for this page only.
  }
}

function placeholders(provider?: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('figure.embed[data-frame]')).filter(
    (figure) => provider === undefined || figure.dataset.embed === provider,
  );
}

/** Puts the provider's player in place of the placeholder's consent box. */
function load(figure: HTMLElement, focus: boolean): void {
  const consent = figure.querySelector('.embed-consent');
  const { frame: src, sandbox, allow, ratio, height, title } = figure.dataset;
  if (!consent || !src?.startsWith('https://')) return;
  const frame = document.createElement('iframe');
  if (sandbox) frame.setAttribute('sandbox', sandbox);
  if (allow) frame.allow = allow;
  frame.title = title ?? '';
  frame.loading = 'lazy';
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  if (ratio) frame.style.aspectRatio = ratio;
  else frame.style.blockSize = `${Number(height) || 420}px`;
  frame.src = src;
  consent.replaceWith(frame);
  figure.classList.add('embed-loaded');
  if (focus) frame.focus();
}

function showForget(provider: string, shown: boolean): void {
  for (const figure of placeholders(provider)) {
    const button = figure.querySelector<HTMLElement>('.embed-forget');
    if (button) button.hidden = !shown;
  }
}

function onClick(event: MouseEvent): void {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-embed-action]');
  const figure = button?.closest<HTMLElement>('figure.embed');
  const provider = figure?.dataset.embed;
  if (!button || !figure || !provider) return;
  const action = button.dataset.embedAction;
  if (action === 'load') load(figure, true);
  else if (action === 'always') {
    remember(provider, true);
    load(figure, true);
    for (const other of placeholders(provider)) load(other, false);
    showForget(provider, true);
  } else if (action === 'forget') {
    remember(provider, false);
    showForget(provider, false);
  }
}

/** Players that tell their height (X, Bluesky, Instagram) get it, within sensible bounds. */
function onMessage(event: MessageEvent): void {
  const frame = Array.from(document.querySelectorAll<HTMLIFrameElement>('figure.embed iframe')).find(
    (f) => f.contentWindow === event.source,
  );
  if (!frame || new URL(frame.src).origin !== event.origin) return;
  let data: unknown = event.data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return;
    }
  }
  const height = heightIn(data);
  if (height !== null) frame.style.blockSize = `${Math.min(Math.max(height, 120), 2400)}px`;
}

function heightIn(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const x = record['twttr.embed'] as { method?: string; params?: Array<{ height?: unknown }> } | undefined;
  const candidates = [
    record.height, // Bluesky
    x?.method === 'twttr.private.resize' ? x.params?.[0]?.height : undefined, // X
    record.type === 'MEASURE' ? (record.details as { height?: unknown } | undefined)?.height : undefined, // Instagram
  ];
  const found = candidates.find((value) => typeof value === 'number' && Number.isFinite(value));
  return typeof found === 'number' ? found : null;
}

function start(): void {
  for (const figure of placeholders()) {
    const provider = figure.dataset.embed ?? '';
    if (remembered(provider)) {
      load(figure, false);
      showForget(provider, true);
    } else {
      const actions = figure.querySelector<HTMLElement>('.embed-actions');
      if (actions) actions.hidden = false;
    }
  }
  document.addEventListener('click', onClick);
  window.addEventListener('message', onMessage);
}

start();
