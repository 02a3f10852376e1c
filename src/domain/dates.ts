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

/** A date's parts, for a language the runtime's Intl cannot write (Chromium has no Uzbek). */
export type DateWriter = (p: { year: number; month: number; day?: number }) => string;

/** The language dates are written in; the interface sets it when its language changes. */
let dateLocale = 'en-GB';
let dateWriter: DateWriter | null = null;
export function setDateLocale(locale: string, writer: DateWriter | null = null) {
  dateLocale = locale === 'en' ? 'en-GB' : locale;
  dateWriter = writer;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, parts: 'year' | 'month' | 'day') {
  const key = `${locale}|${parts}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: parts === 'year' ? undefined : 'long',
      day: parts === 'day' ? 'numeric' : undefined,
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * A partial date at its own precision, in the interface's language: "2004-07-01" → "1 July 2004"
 * ("1 июля 2004 г."); "2004-07" → "July 2004"; "2004" → "2004".
 */
export function formatDate(value: string, locale: string = dateLocale): string {
  const p = parseDateParts(value);
  if (!p) return value;
  if (p.month === undefined) return String(p.year);
  if (dateWriter && locale === dateLocale)
    return dateWriter({ year: p.year, month: p.month, day: p.day });
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day ?? 1));
  // Years before 100 are not shifted into the 1900s.
  date.setUTCFullYear(p.year);
  return dateFormat(locale, p.day === undefined ? 'month' : 'day').format(date);
}
