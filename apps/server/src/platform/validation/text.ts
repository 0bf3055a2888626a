import { AppError } from '../errors/index.js';

/** Trims a name and checks its length in characters, or throws VALIDATION naming `field`. */
export function validName(value: string, field = 'name', max = 100): string {
  const name = value.trim();
  if (name.length < 1 || [...name].length > max) {
    throw AppError.validation(field, `Enter a name of 1 to ${max} characters.`);
  }
  return name;
}

/** Trims free text and checks it is at most `max` characters, or throws VALIDATION. */
export function validText(value: string, field: string, max: number): string {
  const text = value.trim();
  if ([...text].length > max) {
    throw AppError.validation(field, `Use at most ${max} characters.`);
  }
  return text;
}
