/**
 * A small metrics registry that writes the Prometheus text format (version 0.0.4): counters
 * and histograms updated as things happen (a label lookup and an addition), and gauges read
 * only when scraped. Label values are given in the order of the label names.
 * @example const r = createRegistry(); const hits = r.counter('hits_total', 'Hits.', ['kind']); hits.inc(['page']); await r.expose()
 */
export interface Counter {
  inc(labels?: readonly string[], by?: number): void;
}

export interface Histogram {
  observe(value: number, labels?: readonly string[]): void;
}

export interface GaugeSample {
  labels?: readonly string[];
  value: number;
}

export interface Registry {
  counter(name: string, help: string, labelNames?: readonly string[]): Counter;
  histogram(name: string, help: string, labelNames: readonly string[], buckets: readonly number[]): Histogram;
  /** A gauge whose samples `collect` reads at scrape time. */
  gauge(
    name: string,
    help: string,
    labelNames: readonly string[],
    collect: () => GaugeSample[] | Promise<GaugeSample[]>,
  ): void;
  /** Every metric in the text exposition format. */
  expose(): Promise<string>;
}

/** The content type of the text exposition format. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const escapeLabel = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const escapeHelp = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

function labelText(names: readonly string[], values: readonly string[], extra = ''): string {
  const parts = names.map((name, i) => `${name}="${escapeLabel(values[i] ?? '')}"`);
  if (extra !== '') parts.push(extra);
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

const number = (value: number) =>
  Number.isNaN(value) ? 'NaN' : value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : String(value);

/** A new, empty registry. */
export function createRegistry(): Registry {
  const writers: Array<() => Promise<string>> = [];
  const header = (name: string, help: string, type: string) =>
    `# HELP ${name} ${escapeHelp(help)}\n# TYPE ${name} ${type}\n`;
  return {
    counter(name, help, labelNames = []) {
      const series = new Map<string, { labels: readonly string[]; value: number }>();
      writers.push(async () => {
        let text = header(name, help, 'counter');
        for (const { labels, value } of series.values())
          text += `${name}${labelText(labelNames, labels)} ${number(value)}\n`;
        return text;
      });
      return {
        inc(labels = [], by = 1) {
          const key = labels.join('\u0000');
          const found = series.get(key);
          if (found) found.value += by;
          else series.set(key, { labels: [...labels], value: by });
        },
      };
    },
    histogram(name, help, labelNames, buckets) {
      const bounds = [...buckets].sort((a, b) => a - b);
      const series = new Map<string, { labels: readonly string[]; counts: Float64Array; sum: number }>();
      writers.push(async () => {
        let text = header(name, help, 'histogram');
        for (const { labels, counts, sum } of series.values()) {
          let cumulative = 0;
          bounds.forEach((bound, i) => {
            cumulative += counts[i] ?? 0;
            text += `${name}_bucket${labelText(labelNames, labels, `le="${number(bound)}"`)} ${cumulative}\n`;
          });
          cumulative += counts[bounds.length] ?? 0;
          text += `${name}_bucket${labelText(labelNames, labels, 'le="+Inf"')} ${cumulative}\n`;
          text += `${name}_sum${labelText(labelNames, labels)} ${number(sum)}\n`;
          text += `${name}_count${labelText(labelNames, labels)} ${cumulative}\n`;
        }
        return text;
      });
      return {
        observe(value, labels = []) {
          const key = labels.join('\u0000');
          let found = series.get(key);
          if (!found) {
            found = { labels: [...labels], counts: new Float64Array(bounds.length + 1), sum: 0 };
            series.set(key, found);
          }
          let i = 0;
          while (i < bounds.length && value > (bounds[i] ?? 0)) i += 1;
          found.counts[i] = (found.counts[i] ?? 0) + 1;
          found.sum += value;
        },
      };
    },
    gauge(name, help, labelNames, collect) {
      writers.push(async () => {
        let text = header(name, help, 'gauge');
        // A source that fails (the database out of reach) leaves its gauge empty, not the scrape.
        const samples = await Promise.resolve()
          .then(collect)
          .catch(() => []);
        for (const { labels = [], value } of samples)
          text += `${name}${labelText(labelNames, labels)} ${number(value)}\n`;
        return text;
      });
    },
    async expose() {
      return (await Promise.all(writers.map((write) => write()))).join('');
    },
  };
}
