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
        { line: 5, cells: ['last', '', ''] },
      ],
    });
  });

  it('leaves out blank records, keeping the line numbers of the others', () => {
    const text = '\r\n\n;;\r  ;\t\r\nx;"y"\n"";""\r\n\rz';
    expect(tokenizeCsv(text, ';')).toEqual({
      ok: true,
      records: [
        { line: 5, cells: ['x', 'y'] },
        { line: 8, cells: ['z'] },
      ],
    });
    expect(tokenizeCsv('', ',')).toEqual({ ok: true, records: [] });
    expect(tokenizeCsv('\n'.repeat(1000), ',')).toEqual({ ok: true, records: [] });
  });

  it('keeps text after a closing quote and a stray quote inside an unquoted field', () => {
    expect(tokenizeCsv('5" screen,"ab"c"d,"x""', ',')).toEqual({
      ok: false,
      reason: 'unclosed_quote',
      line: 1,
    });
    expect(tokenizeCsv('5" screen,"ab"c"d', ',')).toEqual({
      ok: true,
      records: [{ line: 1, cells: ['5" screen', 'abc"d'] }],
    });
  });

  it('reports an unclosed quoted field at the line it opened on', () => {
    expect(tokenizeCsv('a,b\nc,"never closed\nmore', ',')).toEqual({
      ok: false,
      reason: 'unclosed_quote',
      line: 2,
    });
  });

  it('stops at the first record beyond the limit, not counting blank ones', () => {
    const limits = { maxRecords: 2, maxFields: 10 };
    expect(tokenizeCsv('a\n\n\nb\n,\n', ',', limits)).toMatchObject({ ok: true });
    expect(tokenizeCsv('a\n\nb\n\nc\nd', ',', limits)).toEqual({
      ok: false,
      reason: 'too_many_records',
      line: 5,
    });
  });

  it('stops at a record with more fields than the limit, naming its line', () => {
    const limits = { maxRecords: 10, maxFields: 3 };
    expect(tokenizeCsv('a,b,c\n1,2,3', ',', limits)).toMatchObject({ ok: true });
    expect(tokenizeCsv('a,b,c\n\n1,2,3,4', ',', limits)).toEqual({
      ok: false,
      reason: 'too_many_fields',
      line: 3,
    });
    expect(tokenizeCsv(',,,,,,', ',', limits)).toMatchObject({ reason: 'too_many_fields' });
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
