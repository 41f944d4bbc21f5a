/**
 * Debian's Chromium driven by playwright-core (no browser download), and the accessibility
 * findings (axe, WCAG 2.2 A and AA) serious or critical enough to fail a page.
 * @example const browser = await launchBrowser(); expect(await seriousAxeFindings(page)).toEqual([]);
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { ServerProcess } from './processes.js';

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Chromium is needed for the browser tests: apt-get install chromium (or set CHROMIUM_PATH)',
    );
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The page's serious and critical axe findings (WCAG 2.2 A and AA), as `rule: targets` lines. */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The end of a browser test file: closes the browser, stops its server process and removes its data folder. */
export async function endBrowserTest(
  browser: Browser | undefined,
  server: ServerProcess | undefined,
  dir: string,
): Promise<void> {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
}
