/**
 * Vitest global setup: builds dist/ once, so process tests run the product as users run it.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
