import { parseTsv, toTsv } from './tsv';

describe('tab-separated text', () => {
  it('reads what spreadsheets put on the clipboard, quoted cells and CRLF included', () => {
    expect(parseTsv('a\tb\r\n"c\td"\t"say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['c\td', 'say "hi"'],
    ]);
    expect(parseTsv('"two\nlines"\t\n')).toEqual([['two\nlines', '']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('writes text that reads back the same, quoting only what needs it', () => {
    const cells = [
      ['Instagram', '1250.00', ''],
      ['say "hi"', 'tab\there', 'line\nbreak'],
    ];
    const text = toTsv(cells);
    expect(text).toBe('Instagram\t1250.00\t\n"say ""hi"""\t"tab\there"\t"line\nbreak"\n');
    expect(parseTsv(text)).toEqual(cells);
  });
});
