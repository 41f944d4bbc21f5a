// What a bench run leaves behind, removed however it ends: the child processes it started
// (ended by PID) and its temporary folder, also when it is stopped with SIGINT or SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/**
 * A temporary folder and a set of child processes, cleaned up by `cleanUp()` and on a signal.
 * @example const { dataRoot, children, cleanUp } = benchScratch('shortwave-bench-');
 */
export function benchScratch(prefix) {
  const dataRoot = mkdtempSync(join(os.tmpdir(), prefix));
  /** The child processes this run started and that have not ended yet. */
  const children = new Set();
  function cleanUp() {
    for (const child of children) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    children.clear();
    rmSync(dataRoot, { recursive: true, force: true });
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`\nbench: stopped by ${signal}, cleaning up`);
      cleanUp();
      process.exit(130);
    });
  }
  return { dataRoot, children, cleanUp };
}
