import { checkPassword } from './password-policy.js';

describe('checkPassword', () => {
  it.each([
    ['short1234', 'too_short'],
    ['x'.repeat(129), 'too_long'],
    ['abababababab', 'repetitive'],
    ['Password123', 'common'],
    ['mai.nguyen-2027!', 'contains_email'],
  ])('refuses %p and names the rule %p', (password, rule) => {
    expect(checkPassword(password, 'mai.nguyen@example.test')?.rule).toBe(rule);
  });

  it('accepts a long passphrase, whatever its script', () => {
    expect(checkPassword('trà sen thơm buổi sáng')).toBeNull();
    expect(checkPassword('סיסמה ארוכה מאוד')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    // Nine emoji are 18 UTF-16 units but only nine characters: still too short.
    expect(checkPassword('🍵🌿🍵🌿🍵🌿🍵🌿🌸')?.rule).toBe('too_short');
  });

  it('says what to do in its message', () => {
    expect(checkPassword('short')?.message).toBe('Use at least 10 characters.');
  });
});
