import { csvField, detectDelimiter, tokenizeCsv } from './csv-text.js';

describe('CSV text', () => {
  it('detects the delimiter from the header line only', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a;b;c\r\n1,2')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"x,y,z";b;c')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('splits RFC 4180 records with quotes, doubled quotes and line breaks, numbering lines', () => {
    const text = 'a,"b ""q"", c",d\r\n"multi\nline",2,3\n\nlast,,\r';
    const result = tokenizeCsv(text, ',');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b "q", c', 'd'] },
        { line: 2, cells: ['multi\nline', '2', '3'] },
        { line: 4, cells: [''] },
        { line: 5, cells: ['last', '', ''] },
      ],
    });
  });

  it('keeps a stray quote inside an unquoted field and reports an unclosed quoted field', () => {
    expect(tokenizeCsv('5" screen,x', ',')).toEqual({
      ok: true,
      records: [{ line: 1, cells: ['5" screen', 'x'] }],
    });
    expect(tokenizeCsv('a,b\nc,"never closed\nmore', ',')).toEqual({ ok: false, line: 2 });
  });

  it('quotes fields only when needed and guards formula-looking text', () => {
    expect(csvField('plain', true)).toBe('plain');
    expect(csvField('a,b', true)).toBe('"a,b"');
    expect(csvField('say "hi"', true)).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)', true)).toBe("'=SUM(A1)");
    expect(csvField("'=x", true)).toBe("''=x");
    expect(csvField('-5', false)).toBe('-5');
  });
});
