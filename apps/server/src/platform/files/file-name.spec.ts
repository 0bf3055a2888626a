import { attachment, fileName } from './file-name.js';

describe('download file names', () => {
  it('keeps letters of any script and joins the rest with hyphens', () => {
    expect(fileName('2027 SMM strategy: Lotus / Hội An', 'x')).toBe(
      '2027-SMM-strategy-Lotus-Hội-An',
    );
    expect(fileName('راهبرد ۲۰۲۷', 'x')).toBe('راهبرد-۲۰۲۷');
    expect(fileName('***', 'media-plan')).toBe('media-plan');
  });

  it('never cuts a character in half at the length limit', () => {
    const name = fileName(`${'a'.repeat(79)}𠀀𠀀`, 'x');
    expect(Array.from(name)).toHaveLength(80);
    expect(() => attachment(`${name}.csv`)).not.toThrow();
  });

  it('gives an ASCII fallback without quotes and the exact name in RFC 5987 form', () => {
    const header = attachment('Kế "hoạch".csv');
    expect(header).toContain('filename="K_ ho_ch.csv"');
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent('Kế "hoạch".csv')}`);
  });
});
