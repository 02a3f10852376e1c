import { describe, expect, it } from 'vitest';
import { endOfDate, formatDate, isPartialDate, startOfDate } from '../../../src/domain';

describe('partial dates', () => {
  it.each([
    ['2004', true],
    ['2004-07', true],
    ['2004-07-01', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2004-13', false],
    ['04-07-2004', false],
    ['', false],
  ])('%s valid: %s', (value, valid) => expect(isPartialDate(value)).toBe(valid));

  it('treats a partial date as its whole period', () => {
    expect(new Date(startOfDate('2004')).toISOString().slice(0, 10)).toBe('2004-01-01');
    expect(new Date(endOfDate('2004')).toISOString().slice(0, 10)).toBe('2004-12-31');
    expect(new Date(endOfDate('2024-02')).toISOString().slice(0, 10)).toBe('2024-02-29');
  });

  it('formats for reading', () => {
    expect(formatDate('2004-07-01')).toBe('1 July 2004');
    expect(formatDate('2004-07')).toBe('July 2004');
    expect(formatDate('2004')).toBe('2004');
  });
});
