/**
 * Wall-clock times of a time zone, as `<input type="datetime-local">` shows and sends them
 * ("2026-11-29T18:30"), to and from instants.
 * @example localToInstant('2026-11-29T18:30', 'Europe/Zurich') // 2026-11-29T17:30:00.000Z
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function partsIn(time: number, timeZone: string): Record<string, number> {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(time))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(time: number, timeZone: string): number {
  const p = partsIn(time, timeZone);
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - (time - (time % 1000));
}

/** The instant of a wall-clock time in `timeZone`, or null when the text is not one. */
export function localToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : (s ?? 0));
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== d || (h ?? 0) > 23 || (mi ?? 0) > 59) return null;
  // Guess with the offset at the wall time itself, then correct once around a DST change.
  let time = wall - offsetAt(wall, timeZone);
  time = wall - offsetAt(time, timeZone);
  return new Date(time);
}

/** The wall-clock time of an instant in `timeZone`, to the minute, as datetime-local text. */
export function instantToLocal(iso: string, timeZone: string): string {
  const p = partsIn(Date.parse(iso), timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}
