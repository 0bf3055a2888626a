import { fieldOfHeader, suggestMapping } from './post-columns.js';
import { readLocalDateTime, readNetworks, readTime, readYesNo } from './post-values.js';

describe('reading cells of a posts file', () => {
  it.each([
    ['2027-03-29 09:30', null, 'dmy', '2027-03-29T09:30'],
    ['2027-03-29T09:30:00', null, 'dmy', '2027-03-29T09:30'],
    ['2027/3/9 9:05', null, 'dmy', '2027-03-09T09:05'],
    ['29.03.2027 21:30', null, 'dmy', '2027-03-29T21:30'],
    ['03/04/2027 9:30 PM', null, 'dmy', '2027-04-03T21:30'],
    ['03/04/2027 9:30 PM', null, 'mdy', '2027-03-04T21:30'],
    ['29/03/2027 12:00 AM', null, 'mdy', '2027-03-29T00:00'],
    ['2027-03-29', '09:30', 'dmy', '2027-03-29T09:30'],
    ['2027-03-29', 0.5, 'dmy', '2027-03-29T12:00'],
    // Excel serials: 46475 is 2027-03-29; .75 is 18:00.
    [46475.75, null, 'dmy', '2027-03-29T18:00'],
    [46475, '7:15 am', 'dmy', '2027-03-29T07:15'],
  ] as const)('reads %p with time %p (%s) as %s', (date, time, order, local) => {
    expect(readLocalDateTime(date, time, order)).toEqual({ ok: true, local });
  });

  it.each([
    ['tomorrow', null, 'date_invalid'],
    ['2027-03-29 09:30+02:00', null, 'date_invalid'],
    ['2027-03-29 25:00', null, 'date_invalid'],
    ['2027-03-29', null, 'time_missing'],
    ['2027-03-29', 'noon', 'time_invalid'],
    ['2027-03-29', '13:00 PM', 'time_invalid'],
  ] as const)('refuses %p with time %p: %s', (date, time, reason) => {
    expect(readLocalDateTime(date, time, 'dmy')).toEqual({ ok: false, reason });
  });

  it('reads times, networks and yes/no in the app languages', () => {
    expect(readTime('12:30 pm')).toEqual({ hour: 12, minute: 30 });
    expect(readTime(0.25)).toEqual({ hour: 6, minute: 0 });
    expect(readNetworks('Instagram; x | LINE\nvk, instagram')).toEqual({
      networks: ['instagram', 'x', 'line', 'vk'],
      unknown: [],
    });
    expect(readNetworks('MySpace, tiktok').unknown).toEqual(['MySpace']);
    expect(['так', 'có', 'بله', 'כן', 'ใช่', 'Yes'].map(readYesNo)).toEqual(Array(6).fill(true));
    expect(['ні', 'không', 'خیر', 'לא', 'ไม่', 'no'].map(readYesNo)).toEqual(Array(6).fill(false));
    expect(readYesNo('')).toBeNull();
    expect(readYesNo('maybe')).toBeUndefined();
  });

  it('recognises headers in the six languages, and per-network text columns', () => {
    expect(['Назва', 'Tiêu đề', 'عنوان', 'כותרת', 'ชื่อเรื่อง', ' TITLE '].map(fieldOfHeader)).toEqual(
      Array(6).fill('title'),
    );
    expect(fieldOfHeader('Text: Instagram')).toBe('text:instagram');
    expect(fieldOfHeader('Текст Telegram')).toBe('text:telegram');
    expect(fieldOfHeader('Budget')).toBeNull();
    expect(suggestMapping(['Text', 'Body', 'Дата', 'Час'])).toEqual({
      body: 'Text',
      publishAt: 'Дата',
      publishTime: 'Час',
    });
  });
});
