/**
 * Password rules, after NIST SP 800-63B / OWASP ASVS: length matters, composition
 * rules do not. Each rule has a code the web app translates and a message.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRule = 'too_short' | 'too_long' | 'repetitive' | 'common' | 'contains_email';

export interface PasswordProblem {
  rule: PasswordRule;
  message: string;
}

/** A short list of passwords every attacker tries first (lower-cased). */
const COMMON = new Set([
  '1234567890',
  '12345678910',
  '123456789a',
  'qwertyuiop',
  'password123',
  'password12',
  'passw0rd123',
  'iloveyou123',
  'abcdefghij',
  '0123456789',
  '1q2w3e4r5t',
  'qwerty1234',
  'qwerty12345',
  'letmein123',
  'welcome123',
  'admin12345',
  'football123',
  'chorus1234',
  'aaaaaaaaaa',
  '1111111111',
  'zxcvbnm123',
  'asdfghjkl1',
  'monkey12345',
  'dragon12345',
]);

/** The first rule the password breaks, or null when it is acceptable. */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return { rule: 'too_short', message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { rule: 'too_long', message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  if (new Set(password).size <= 2) {
    return { rule: 'repetitive', message: 'Use more than two different characters.' };
  }
  if (COMMON.has(password.toLowerCase())) {
    return { rule: 'common', message: 'This password is too common; choose another.' };
  }
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    return { rule: 'contains_email', message: 'Do not use your email address in the password.' };
  }
  return null;
}
