// The sections benches write into bench/README.md, each between `<!-- name:start -->` and
// `<!-- name:end -->`: bench/hostile-bodies.mjs (`hostile-bodies`) and bench/translate.mjs
// (`translate`) write their own; bench/run.mjs rewrites the file and keeps them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The benchmarks' report. */
export const README = join(import.meta.dirname, 'README.md');

/**
 * The two markers of a named section.
 * @example const { start, end } = sectionMarkers('translate'); // '<!-- translate:start -->', '<!-- translate:end -->'
 */
export function sectionMarkers(name) {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

/**
 * Puts a section (its markers included) into bench/README.md, in place of the last one or at the end.
 * @example writeSection('translate', [start, '## Machine translation', end].join('\n'));
 */
export function writeSection(name, section) {
  const { start: START, end: END } = sectionMarkers(name);
  const current = existsSync(README) ? readFileSync(README, 'utf8') : '';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(README, next);
}

/**
 * Every section the README holds, each on lines of its own, to be kept when bench/run.mjs rewrites the file.
 * @example writeFileSync(README, markdownReport(report, targets) + keptSections());
 */
export function keptSections() {
  const current = existsSync(README) ? readFileSync(README, 'utf8') : '';
  const kept = current.match(/<!-- [a-z-]+:start -->[\s\S]*?<!-- [a-z-]+:end -->/g) ?? [];
  return kept.map((section) => `\n${section}\n`).join('');
}
