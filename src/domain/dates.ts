/**
 * Dates in the dataset are ISO strings at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.
 * A partial date stands for a period: it begins on its first day and ends on its last.
 */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function parseDateParts(value: string): DateParts | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

export const isPartialDate = (value: string): boolean => parseDateParts(value) !== null;

/** First instant of the period a partial date names, as epoch milliseconds (UTC). */
export function startOfDate(value: string): number {
  const p = parseDateParts(value);
  if (!p) return Number.NaN;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** Last day of the period a partial date names ("2004" ends on 2004-12-31), as epoch ms (UTC). */
export function endOfDate(value: string): number {
  const p = parseDateParts(value);
  if (!p) return Number.NaN;
  if (p.day !== undefined) return Date.UTC(p.year, p.month! - 1, p.day);
  if (p.month !== undefined) return Date.UTC(p.year, p.month, 0);
  return Date.UTC(p.year, 11, 31);
}

export const yearOf = (value: string): number => Number(value.slice(0, 4));

/** "2004-07-01" → "1 July 2004"; "2004-07" → "July 2004"; "2004" → "2004". */
export function formatDate(value: string): string {
  const p = parseDateParts(value);
  if (!p) return value;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${months[p.month - 1]} ${p.year}`;
  return `${p.day} ${months[p.month - 1]} ${p.year}`;
}
