// The image's HEALTHCHECK (the slim base has no curl): exit 0 when GET /healthz answers 200,
// that is when the server runs and its database answers; 1 otherwise, within 4 seconds.
const port = process.env.PORT || '3000';
try {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) });
  process.exit(res.status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
