import { describe, expect, it } from 'vitest';
import { ARCHIVE_TIME_ZONE, calendarDate, cssString } from '../../../src/lib/site/print.ts';

describe('print dates and margin text', () => {
  it('writes a date as 年月日 without leading zeros, in the time zone asked for', () => {
    const instant = new Date('2026-03-04T23:30:00Z');
    expect(calendarDate(instant, 'UTC')).toBe('2026年3月4日');
    // 07:30 the next morning in China.
    expect(calendarDate(instant, ARCHIVE_TIME_ZONE)).toBe('2026年3月5日');
  });

  it('quotes text for CSS content so quotes, backslashes and line breaks cannot end the string', () => {
    expect(cssString('打印于 2026年3月5日')).toBe('"打印于 2026年3月5日"');
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\a d"');
  });
});
