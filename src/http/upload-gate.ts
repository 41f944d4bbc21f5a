/**
 * At most a few image uploads are decoded at once (UPLOAD_CONCURRENCY, 2 by default); a few
 * more wait up to ten seconds for a slot, and the rest are answered 503 with Retry-After at
 * once. One gate per app, shared by the media API and the newsroom's library.
 * @example const media = await deps.uploadGate.run(() => uploadMedia(ctx, files, upload));
 */
import { DomainError } from '../domain/errors.js';
import { createGate, type Gate, GateBusy } from '../lib/gate.js';

export const UPLOAD_WAIT_MS = 10_000;

/** The upload gate of an app with `slots` uploads at once. */
export function uploadGate(slots = 2): Gate {
  const gate = createGate({ slots, maxWaiting: slots * 2, maxWaitMs: UPLOAD_WAIT_MS });
  return {
    async run(work) {
      try {
        return await gate.run(work);
      } catch (error) {
        if (!(error instanceof GateBusy)) throw error;
        const busy = new DomainError(
          'unavailable',
          'Many images are being processed right now; try again shortly',
        );
        busy.retryAfterSeconds = error.retryAfterSeconds;
        throw busy;
      }
    },
    get running() {
      return gate.running;
    },
    get waiting() {
      return gate.waiting;
    },
  };
}
