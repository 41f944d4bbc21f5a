/**
 * A gate that lets at most `slots` pieces of work run at once; others wait in a short queue,
 * each at most `maxWaitMs`, and when the queue is full or the wait is over they are turned
 * away with `GateBusy` at once instead of piling up. Bounds what heavy work (decoding images)
 * can take from one process.
 * @example const gate = createGate({ slots: 2, maxWaiting: 4, maxWaitMs: 10_000 }); await gate.run(() => work());
 */

/** The gate was full: try again after `retryAfterSeconds`. */
export class GateBusy extends Error {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('busy');
    this.name = 'GateBusy';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface Gate {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Work running now, and work waiting for a slot. */
  readonly running: number;
  readonly waiting: number;
}

export function createGate(options: { slots: number; maxWaiting: number; maxWaitMs: number }): Gate {
  const queue: Array<{ admit: () => void }> = [];
  let running = 0;
  const retryAfter = Math.max(1, Math.ceil(options.maxWaitMs / 1000));

  const release = () => {
    const next = queue.shift();
    if (next) next.admit();
    else running -= 1;
  };

  /** Resolves once a slot is ours (a released slot passes straight to the first in line). */
  const enter = (): Promise<void> => {
    if (running < options.slots) {
      running += 1;
      return Promise.resolve();
    }
    if (queue.length >= options.maxWaiting) return Promise.reject(new GateBusy(retryAfter));
    return new Promise<void>((resolve, reject) => {
      const place = {
        admit: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(place), 1);
        reject(new GateBusy(retryAfter));
      }, options.maxWaitMs);
      queue.push(place);
    });
  };

  return {
    async run(work) {
      await enter();
      try {
        return await work();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
