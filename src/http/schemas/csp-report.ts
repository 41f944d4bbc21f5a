/**
 * The two shapes in which browsers report a Content-Security-Policy violation: the older
 * `report-uri` body (`application/csp-report`, one report) and the Reporting API's
 * (`application/reports+json`, a list of reports of several types), read into one shape.
 * Every text is cut short: what a browser sends is only ever logged.
 * @example violationsOf(JSON.parse(body)) // [{ directive: 'script-src-elem', blocked: 'inline', ... }]
 */
import { z } from 'zod';

/** One violation, as the log shows it. */
export interface CspViolation {
  directive: string;
  blocked: string;
  document: string;
  source: string | null;
  line: number | null;
  sample: string | null;
  disposition: string;
}

const MAX_TEXT = 300;
/** Reports taken from one body; a browser batches a few at most. */
export const MAX_REPORTS = 20;

const text = z
  .string()
  .transform((value) => (value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value))
  .optional()
  .catch(undefined);
const number = z.number().int().nonnegative().optional().catch(undefined);

const ReportUriSchema = z.object({
  'csp-report': z.object({
    'document-uri': text,
    'violated-directive': text,
    'effective-directive': text,
    'blocked-uri': text,
    'source-file': text,
    'line-number': number,
    'script-sample': text,
    disposition: text,
  }),
});

const ReportingApiSchema = z
  .array(
    z.object({
      type: z.string(),
      url: text,
      body: z
        .object({
          documentURL: text,
          effectiveDirective: text,
          blockedURL: text,
          sourceFile: text,
          lineNumber: number,
          sample: text,
          disposition: text,
        })
        .optional(),
    }),
  )
  .min(1)
  .max(MAX_REPORTS);

/** The violations a report body names (none for other report types), or null for a body of neither shape. */
export function violationsOf(value: unknown): CspViolation[] | null {
  const single = ReportUriSchema.safeParse(value);
  if (single.success) {
    const r = single.data['csp-report'];
    return [
      {
        directive: r['effective-directive'] ?? r['violated-directive'] ?? '?',
        blocked: r['blocked-uri'] ?? '?',
        document: r['document-uri'] ?? '?',
        source: r['source-file'] ?? null,
        line: r['line-number'] ?? null,
        sample: r['script-sample'] ?? null,
        disposition: r.disposition ?? 'enforce',
      },
    ];
  }
  const list = ReportingApiSchema.safeParse(value);
  if (!list.success) return null;
  return list.data.flatMap((report) =>
    report.type === 'csp-violation' && report.body
      ? [
          {
            directive: report.body.effectiveDirective ?? '?',
            blocked: report.body.blockedURL ?? '?',
            document: report.body.documentURL ?? report.url ?? '?',
            source: report.body.sourceFile ?? null,
            line: report.body.lineNumber ?? null,
            sample: report.body.sample ?? null,
            disposition: report.body.disposition ?? 'enforce',
          },
        ]
      : [],
  );
}
