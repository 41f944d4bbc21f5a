/**
 * A small, fast leveled logger: one JSON object per line (`level`, `time`, `msg`, then the
 * fields), or a readable line on a terminal. Child loggers carry fields of their own
 * (`log.child({ job: 'publishing' })`). Secrets never reach the output: fields named like a
 * password, token, secret, key, cookie or authorization are replaced, and email addresses,
 * bearer tokens and URL credentials inside any logged text are masked (see ADR 0015).
 * Lines are gathered and written together once the current work is done, so a busy server
 * does not pay one system call per line; errors are written at once.
 * @example const log = createLogger('info'); log.child({ job: 'publishing' }).info('published', { ids })
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';
type Fields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  /** A logger whose every line also carries `bindings`. */
  child(bindings: Fields): Logger;
  /** True when lines of `level` are written (to skip building costly fields). */
  enabled(level: Exclude<LogLevel, 'silent'>): boolean;
  /**
   * Writes a line whose fields the caller already wrote as JSON object members and vouches for
   * (no secrets): the cheap way for the access log of the hottest path.
   */
  prepared(level: Exclude<LogLevel, 'silent'>, message: string, members: string): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** Field names whose values are never written. */
const SECRET_KEY =
  /passw(or)?d|passphrase|^pass$|secret|token|authori[sz]ation|cookie|api[-_]?key|credential|session/i;
const EMAIL = /[\w.!#$%&'*+=?^`{|}~-]+@([\w-]+(?:\.[\w-]+)+)/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]*:[^/\s@]*@/gi;
const BEARER = /\b(bearer|basic)\s+[\w.~+/=-]+/gi;
const REDACTED = '[redacted]';

/** Masks email addresses (the domain stays), URL credentials and bearer tokens in a text. */
export function redactText(text: string): string {
  if (!text.includes('@') && !/bearer|basic/i.test(text)) return text;
  return text
    .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
    .replace(EMAIL, '***@$1')
    .replace(BEARER, `$1 ${REDACTED}`);
}

/** A value shown as it is although it looks secret: a deliberate, one-time disclosure. */
export class Disclosed {
  constructor(readonly text: string) {}
  toJSON(): string {
    return this.text;
  }
}

/** Marks a value to be logged unmasked (the demo login shown once to the operator). */
export function disclosed(text: string): Disclosed {
  return new Disclosed(text);
}

/** A copy of a logged value with secrets taken out (bounded depth; errors become their stack). */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Disclosed) return value.text;
  if (value instanceof Error) return redactText(value.stack ?? value.message);
  if (value instanceof Date) return value.toISOString();
  if (depth > 4) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Fields = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      item instanceof Disclosed ? item.text : SECRET_KEY.test(key) ? REDACTED : redactValue(item, depth + 1);
  }
  return out;
}

/** Where lines go: written together after the current tick, or at once when `urgent`. */
export type LogSink = (line: string, urgent: boolean) => void;

let sharedStdout: LogSink | null = null;

/** Gathers lines and writes them to stdout in one go; flushed at exit too. One for the process. */
export function stdoutSink(): LogSink {
  if (sharedStdout) return sharedStdout;
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    process.stdout.write(chunk);
  };
  process.once('exit', flush);
  sharedStdout = (line, urgent) => {
    pending += line;
    if (urgent || pending.length > 64 * 1024) return flush();
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return sharedStdout;
}

// The time of the last line, formatted once per millisecond (a busy server writes many a millisecond).
let lastMs = 0;
let lastIso = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

const COLORS: Record<Exclude<LogLevel, 'silent'>, string> = {
  debug: '\x1b[90m',
  info: '\x1b[36m',
  warn: '\x1b[33m',
  error: '\x1b[31m',
};

function formatLine(format: LogFormat, level: Exclude<LogLevel, 'silent'>, message: string, rest: string) {
  const time = isoNow();
  if (format === 'json')
    return `{"level":"${level}","time":"${time}","msg":${JSON.stringify(redactText(message))}${rest === '' ? '' : `,${rest}`}}\n`;
  return `${time.slice(11, 23)} ${COLORS[level]}${level}\x1b[0m ${redactText(message)}${rest === '' ? '' : ` {${rest}}`}\n`;
}

/** The JSON members (without braces) of some fields, secrets taken out. */
function members(fields: Fields | undefined): string {
  if (!fields) return '';
  const json = JSON.stringify(redactValue(fields));
  return json.length > 2 ? json.slice(1, -1) : '';
}

/**
 * A logger writing lines of `level` and above. `write` takes each line (tests); by default
 * they go to stdout, readable on a terminal and JSON otherwise (`format` decides when given).
 */
export function createLogger(
  level: LogLevel,
  write?: (line: string) => void,
  options: { format?: LogFormat } = {},
): Logger {
  const sink: LogSink = write ? (line) => write(line) : stdoutSink();
  const format = options.format ?? (!write && process.stdout.isTTY ? 'pretty' : 'json');
  const threshold = RANK[level];
  const make = (bound: string): Logger => {
    const emit = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Fields) => {
      if (RANK[at] < threshold) return;
      const own = members(fields);
      const rest = bound === '' ? own : own === '' ? bound : `${bound},${own}`;
      sink(formatLine(format, at, message, rest), at === 'error');
    };
    return {
      debug: emit('debug'),
      info: emit('info'),
      warn: emit('warn'),
      error: emit('error'),
      child(bindings) {
        const more = members(bindings);
        return make(bound === '' ? more : more === '' ? bound : `${bound},${more}`);
      },
      enabled: (at) => RANK[at] >= threshold,
      prepared(at, message, prepared) {
        if (RANK[at] < threshold) return;
        const rest = bound === '' ? prepared : `${bound},${prepared}`;
        sink(formatLine(format, at, message, rest), at === 'error');
      },
    };
  };
  return make('');
}
