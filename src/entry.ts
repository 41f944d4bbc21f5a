/**
 * The built command line's entry: refuses a too-old Node.js with one line before the rest of
 * the program (and its native modules) loads.
 * @example node dist/cli.js serve
 */
import './lib/heap-growth.js';
import { nodeVersionProblem } from './lib/node-version.js';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
await import('./cli.js');
