/**
 * The real Apertium APY server for the machine-translation tests and the bench: started on a
 * free loopback port with the pairs Debian installs (`/usr/share/apertium/modes`), waited for
 * (bounded) until `/listPairs` answers, stopped by its PID. Without `apertium-apy` installed
 * it throws (CI installs it: .ci/run); the tests fail loudly instead of skipping.
 * @example const apy = await startApertium(); afterAll(() => apy.stop());
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const APY = '/usr/bin/apertium-apy';
const MODES = '/usr/share/apertium/modes';
const LANG_NAMES = '/usr/share/apertium-apy/langNames.db';
const START_WAIT_MS = 30_000;

export interface ApertiumServer {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts APY on loopback and resolves once it lists its pairs. */
export async function startApertium(): Promise<ApertiumServer> {
  if (!existsSync(APY) || !existsSync(MODES))
    throw new Error(
      'apertium-apy is not installed: apt-get install apertium-apy apertium-eng-spa apertium-es-pt apertium-fr-es',
    );
  const port = await freePort();
  const args = ['-p', String(port), ...(existsSync(LANG_NAMES) ? ['-l', LANG_NAMES] : []), MODES];
  // APY refuses to start without a UTF-8 locale (CI runs with an empty environment).
  const child: ChildProcess = spawn(APY, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  });
  let output = '';
  child.stderr?.on('data', (d) => {
    output = (output + d).slice(-4000);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Should the test process end without afterAll (a crash of the worker is past help), APY ends too.
  const stopOnExit = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
  };
  process.once('exit', stopOnExit);
  child.once('exit', () => process.off('exit', stopOnExit));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
    await exited;
  };
  const deadline = Date.now() + START_WAIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`apertium-apy stopped at start: ${output}`);
    try {
      const answer = await fetch(`${url}/listPairs`, { signal: AbortSignal.timeout(2000) });
      if (answer.ok) return { url, stop };
    } catch {}
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`apertium-apy did not answer within ${START_WAIT_MS / 1000} s: ${output}`);
}
