import {
  formatMoney,
  isCurrencyCode,
  isValidMinor,
  isValidQuantity,
  MAX_MONEY_MINOR,
  minorDigits,
  minorToDecimal,
  parseMoney,
  parseQuantity,
} from './money.js';

describe('currencies', () => {
  it('knows the minor-unit digits of each currency from Intl', () => {
    expect(['JPY', 'VND', 'USD', 'EUR', 'KWD', 'BHD'].map(minorDigits)).toEqual([0, 0, 2, 2, 3, 3]);
  });

  it('accepts ISO 4217 codes only', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
    expect(isCurrencyCode('ZZZ')).toBe(false);
    expect(isCurrencyCode(undefined)).toBe(false);
  });
});

describe('parseMoney', () => {
  const ok = (minor: number) => ({ ok: true, minor });
  const err = (error: string) => ({ ok: false, error });

  it('reads plain and grouped amounts in English', () => {
    expect(parseMoney('1234.56', 'USD')).toEqual(ok(123456));
    expect(parseMoney('1,234.56', 'USD')).toEqual(ok(123456));
    expect(parseMoney('1,234,567', 'USD')).toEqual(ok(123456700));
    expect(parseMoney('12,50', 'USD')).toEqual(ok(1250));
    expect(parseMoney('.5', 'USD')).toEqual(ok(50));
    expect(parseMoney('0', 'USD')).toEqual(ok(0));
  });

  it('reads French and Ukrainian spacing, with no-break and narrow no-break spaces', () => {
    expect(parseMoney('1 234,56', 'EUR', 'fr')).toEqual(ok(123456));
    expect(parseMoney('1\u202f234,56\u00a0€', 'EUR', 'fr')).toEqual(ok(123456));
    expect(parseMoney('1\u00a0234,56 ₴', 'UAH', 'uk')).toEqual(ok(123456));
  });

  it('reads German and Vietnamese dots as thousands separators', () => {
    expect(parseMoney('1.234,56', 'EUR', 'de')).toEqual(ok(123456));
    expect(parseMoney('1.234', 'EUR', 'de')).toEqual(ok(123400));
    expect(parseMoney('1.234.567 ₫', 'VND', 'vi')).toEqual(ok(1234567));
    expect(parseMoney('12.5', 'EUR', 'de')).toEqual(ok(1250));
  });

  it('lets the locale decide a lone separator followed by three digits', () => {
    expect(parseMoney('1.234', 'KWD', 'en')).toEqual(ok(1234));
    expect(parseMoney('1.234', 'KWD', 'de')).toEqual(ok(1234000));
    expect(parseMoney('1,234', 'USD', 'en')).toEqual(ok(123400));
  });

  it('strips currency codes and symbols on either side', () => {
    expect(parseMoney('$1,234.56', 'USD')).toEqual(ok(123456));
    expect(parseMoney('USD 10.5', 'USD')).toEqual(ok(1050));
    expect(parseMoney('10 eur', 'EUR')).toEqual(ok(1000));
    expect(parseMoney('1’234.50 CHF', 'CHF', 'de-CH')).toEqual(ok(123450));
    expect(parseMoney("1'234.50", 'CHF', 'de-CH')).toEqual(ok(123450));
    expect(parseMoney('¥1,000', 'JPY')).toEqual(ok(1000));
    expect(parseMoney('1 234,50 zł', 'PLN', 'pl')).toEqual(ok(123450));
  });

  it('accepts Indian grouping', () => {
    expect(parseMoney('₹12,34,567.89', 'INR', 'en-IN')).toEqual(ok(123456789));
  });

  it('accepts extra zero decimals but not extra significant ones', () => {
    expect(parseMoney('12.500', 'USD')).toEqual(ok(1250));
    expect(parseMoney('12.345', 'USD')).toEqual(err('too_many_decimals'));
    expect(parseMoney('100.5', 'JPY')).toEqual(err('too_many_decimals'));
    expect(parseMoney('1.2345', 'KWD')).toEqual(err('too_many_decimals'));
    // Exact whatever the size of the amount: never rounded.
    expect(parseMoney('6666.6666', 'USD')).toEqual(err('too_many_decimals'));
    expect(parseMoney('12345.678', 'USD')).toEqual(err('too_many_decimals'));
    expect(parseMoney('1234567.891', 'USD')).toEqual(err('too_many_decimals'));
    expect(parseMoney('1234567.89', 'USD')).toEqual(ok(123456789));
    expect(parseMoney('99999999999.99', 'USD')).toEqual(ok(9999999999999));
    expect(parseMoney('99999999999.999', 'USD')).toEqual(err('too_many_decimals'));
    expect(parseMoney('1.234', 'KWD')).toEqual(ok(1234));
  });

  it('refuses negative amounts in every notation', () => {
    for (const text of ['-5', '−5', '(5.00)', '-$5', '$-5', '5-']) {
      expect(parseMoney(text, 'USD')).toEqual(err('negative'));
    }
    expect(parseMoney('-0', 'USD')).toEqual(ok(0));
  });

  it('refuses text that is not an amount', () => {
    for (const text of [
      '',
      '   ',
      'abc',
      '12abc',
      '1.2.3,4,5',
      '1,2,3',
      '--',
      '$',
      '1 2',
      '10 days',
      '0x10',
      '1e5',
      'NaN',
      'Infinity',
    ]) {
      expect(parseMoney(text, 'USD')).toEqual(err('not_a_number'));
    }
  });

  it('refuses amounts above the cap, however long', () => {
    expect(parseMoney('100000000000', 'USD')).toEqual(ok(MAX_MONEY_MINOR));
    expect(parseMoney('100000000000.01', 'USD')).toEqual(err('too_large'));
    expect(parseMoney('9'.repeat(40), 'USD')).toEqual(err('too_large'));
  });

  it('falls back to English separators for an unknown locale', () => {
    expect(parseMoney('1,234.50', 'USD', 'not a locale!')).toEqual(ok(123450));
  });
});

describe('parseQuantity', () => {
  it('reads non-negative numbers with up to two decimals', () => {
    expect(parseQuantity('250,000')).toEqual({ ok: true, value: 250000 });
    expect(parseQuantity('0,5', 'fr')).toEqual({ ok: true, value: 0.5 });
    expect(parseQuantity('12.25')).toEqual({ ok: true, value: 12.25 });
    expect(parseQuantity('1.125')).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseQuantity('-1')).toEqual({ ok: false, error: 'negative' });
    expect(parseQuantity('lots')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseQuantity('2000000000000')).toEqual({ ok: false, error: 'too_large' });
  });
});

describe('showing money', () => {
  it('formats minor units in a locale', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(123456, 'EUR', 'de')).toBe('1.234,56\u00a0€');
    expect(formatMoney(1500, 'JPY', 'ja')).toBe('￥1,500');
    expect(formatMoney(1500, 'KWD', 'en')).toBe('KWD\u00a01.500');
  });

  it('writes exact decimals without floats', () => {
    expect(minorToDecimal(123456, 'USD')).toBe('1234.56');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(5, 'KWD')).toBe('0.005');
    expect(minorToDecimal(5, 'JPY')).toBe('5');
    expect(minorToDecimal(MAX_MONEY_MINOR, 'USD')).toBe('100000000000.00');
  });

  it('validates stored values', () => {
    expect(isValidMinor(100)).toBe(true);
    for (const bad of [-1, 1.5, NaN, Infinity, MAX_MONEY_MINOR + 1, '100'])
      expect(isValidMinor(bad)).toBe(false);
    expect(isValidQuantity(0.25)).toBe(true);
    for (const bad of [-0.01, 0.001, NaN, '1']) expect(isValidQuantity(bad)).toBe(false);
  });
});
