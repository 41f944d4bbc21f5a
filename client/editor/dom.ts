/**
 * Small DOM and text helpers of the editor island.
 * @example const input = byId<HTMLInputElement>('ed-headline');
 */
import { renderParts } from '../../src/lib/message-parts.js';
import { formatDateTime } from '../../src/lib/reader-time.js';
import type { EditorBootstrap } from '../../src/render/newsroom/editor-view.js';

/** The element with this id; a missing one is a bug of the page, so it throws. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The editor page has no #${id}`);
  return element as T;
}

/** Creates an element with attributes and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

export type Msg = (key: string, vars?: Record<string, string | number>) => string;

/** The translator of the island: `{name}` placeholders filled, plural messages in the page's language. */
export function messagesOf(bootstrap: Pick<EditorBootstrap, 'messages' | 'uiLanguage'>): Msg {
  return (key, vars = {}) => {
    const message = bootstrap.messages[key] ?? key;
    if (typeof message !== 'string') return renderParts(message, bootstrap.uiLanguage, vars);
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars[name] === undefined ? whole : String(vars[name]),
    );
  };
}

/** A time of day in the interface language and the newsroom's time zone ("Saved at 14:05:03"). */
export function timeOf(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone,
  }).format(date);
}

/** A short time ("14:32", "2:32 PM") for a moment of today in the newsroom's time zone, a date and time otherwise. */
export function clockOf(iso: string, language: string, timeZone: string, now = new Date()): string {
  const at = new Date(iso);
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(date);
  if (day(at) !== day(now)) return formatDateTime(language, timeZone, iso);
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone }).format(at);
}

/** A date and time as every page shows it (src/lib/reader-time.ts). */
export function dateTimeOf(iso: string, language: string, timeZone: string): string {
  return formatDateTime(language, timeZone, iso);
}

/** Shows a message in the page's alert region (read out by screen readers). */
export function alertMessage(text: string, kind: 'error' | 'ok' | 'warn' = 'error'): void {
  const region = byId('ed-alert');
  region.className = `ed-alert message ${kind}`;
  region.textContent = text;
}

export function clearAlert(): void {
  const region = byId('ed-alert');
  region.className = 'ed-alert';
  region.textContent = '';
}

/** Where focus goes when a dialog closes: accepted (a value was applied) or not (Escape, Cancel). */
export type AfterClose = (accepted: boolean, returnFocus: HTMLElement | null) => void;

/**
 * Opens a <dialog> and resolves with the submit button's value once the handler accepts it;
 * the handler returns false to keep the dialog open (a field needs fixing). When it closes,
 * focus goes back to where it was, or where `afterClose` puts it.
 */
export function runDialog(
  dialog: HTMLDialogElement,
  accept: (value: string) => boolean | Promise<boolean>,
  initialFocus?: HTMLElement,
  afterClose: AfterClose = (_accepted, back) => back?.focus(),
): void {
  const form = dialog.querySelector('form');
  if (!form) return;
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // Escape closes without a value; a stale one from the last time must not read as accepted.
  dialog.returnValue = '';
  form.onsubmit = async (event) => {
    event.preventDefault();
    const value = (event.submitter as HTMLButtonElement | null)?.value ?? 'ok';
    if (value === 'cancel' || (await accept(value))) dialog.close(value);
  };
  dialog.onclose = () => {
    form.onsubmit = null;
    afterClose(dialog.returnValue !== '' && dialog.returnValue !== 'cancel', returnFocus);
  };
  dialog.showModal();
  initialFocus?.focus();
}
