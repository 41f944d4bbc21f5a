/**
 * The read beacon island (bundled into /assets/views.js): tells the server once that the
 * article was opened, so that "Popular Stories" counts reads even when the page came from a
 * cache (ours or a CDN's). No cookie is sent or set; a prerendered page reports only once the
 * reader actually shows it. Without this script the page works the same; it is just not counted.
 * @example <script src="/assets/views.js?v=…" defer data-read="k3x9q2m7p1zt"></script>
 */

const ENDPOINT = '/api/v1/public/views';

function report(articleId: string): void {
  const body = JSON.stringify({ articleId });
  try {
    // text/plain keeps it a simple request; credentials: 'omit' keeps cookies out of it.
    void fetch(ENDPOINT, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      headers: { 'content-type': 'text/plain' },
    }).catch(() => {});
  } catch {
    navigator.sendBeacon?.(ENDPOINT, body);
  }
}

function start(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  const articleId = script?.dataset.read;
  if (!articleId) return;
  const doc = document as Document & { prerendering?: boolean };
  if (doc.prerendering) {
    document.addEventListener('prerenderingchange', () => report(articleId), { once: true });
  } else {
    report(articleId);
  }
}

start();
