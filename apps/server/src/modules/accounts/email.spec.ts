import { isValidEmail, normalizeEmail } from './email.js';

describe('email rules', () => {
  it.each(['linh@example.com', ' Sara.O+smm@agency.co.uk ', 'тарас@приклад.укр'])(
    'accepts %p',
    (email) => {
      expect(isValidEmail(email)).toBe(true);
    },
  );

  it.each([
    '',
    'plain',
    'a@b',
    'two@@example.com',
    'sp ace@example.com',
    'nul\u0000byte@example.com',
    `${'x'.repeat(250)}@example.com`,
  ])('refuses %p', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it('normalises case and surrounding spaces', () => {
    expect(normalizeEmail('  Linh@Example.COM ')).toBe('linh@example.com');
  });
});
