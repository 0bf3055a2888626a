import { franc } from 'franc-min';
import type { Language } from './languages.js';

/*
 * The language of one paragraph, script first (docs/adr/0027-tone-check.md):
 * - Thai, Hebrew, Arabic script (→ Persian) and Cyrillic (→ Ukrainian) decide by themselves
 *   among the six languages;
 * - Latin is English or Vietnamese: letters only Vietnamese writes (ă â đ ê ô ơ ư, the dot below
 *   and the hook above) decide for Vietnamese; two or more common English function words with
 *   none of those letters decide for English; what is left — Vietnamese typed without
 *   diacritics, as people do in comments — goes to franc-min's trigram model, limited to
 *   English and Vietnamese and to the first 256 characters (a bounded cost per paragraph);
 * - too few letters to tell (a line of emoji, "OK!"; fewer than 30 Latin letters for the
 *   trigram model) keeps the language the text was declared in.
 */

const MIN_LETTERS = 12;
const FRANC_SAMPLE = 256;
const FRANC_MIN_LETTERS = 30;

const VI_ONLY =
  /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu;
const EN_WORDS =
  /\b(?:and|of|is|are|for|with|you|your|our|this|that|will|from|have|they|what|when|there|their)\b/giu;

const LATIN = 0;
const CYRILLIC = 1;
const ARABIC = 2;
const HEBREW = 3;
const THAI = 4;
const NONE = -1;

function scriptOf(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LATIN;
  if (code < 0xc0) return NONE;
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return LATIN;
  if (code >= 0x0400 && code <= 0x052f) return CYRILLIC;
  if (code >= 0x0590 && code <= 0x05ff) return HEBREW;
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f)) return ARABIC;
  if (code >= 0xfb1d && code <= 0xfb4f) return HEBREW;
  if (code >= 0xfb50 && code <= 0xfeff) return ARABIC;
  if (code >= 0x0e00 && code <= 0x0e7f) return THAI;
  return NONE;
}

const SPACE = /\s/u;

const BY_SCRIPT: readonly Language[] = ['en', 'uk', 'fa', 'he', 'th'];
/** Letters read to decide the script: enough for any paragraph, bounded for a long one. */
const SCRIPT_SAMPLE = 2_000;

export function detectLanguage(text: string, declared: Language): Language {
  const counts = [0, 0, 0, 0, 0];
  let letters = 0;
  const end = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    // Hashtags, mentions and links say nothing of the paragraph's language (a Hebrew post
    // ends with #LotusTeaHouse): their letters are not counted.
    if (code === 0x23 || code === 0x40 || (code === 0x68 && text.startsWith('http', i))) {
      while (i + 1 < end && !SPACE.test(text.charAt(i + 1))) i += 1;
      continue;
    }
    const script = scriptOf(code);
    if (script !== NONE) {
      counts[script]! += 1;
      letters += 1;
    }
  }
  if (letters < MIN_LETTERS) return declared;
  let best = LATIN;
  for (let script = 1; script < counts.length; script += 1) {
    if (counts[script]! > counts[best]!) best = script;
  }
  if (best !== LATIN) return BY_SCRIPT[best]!;
  const latin = counts[LATIN]!;
  const sample = text.length > SCRIPT_SAMPLE ? text.slice(0, SCRIPT_SAMPLE) : text;
  const vietnamese = sample.match(VI_ONLY)?.length ?? 0;
  if (vietnamese >= 2 || vietnamese / latin > 0.02) return 'vi';
  if ((sample.match(EN_WORDS)?.length ?? 0) >= 2) return 'en';
  const latinDeclared = declared === 'en' || declared === 'vi';
  // Trigram models guess wildly on a few words: a short line keeps the declared language.
  if (latin < FRANC_MIN_LETTERS) return latinDeclared ? declared : 'en';
  const guess = franc(text.slice(0, FRANC_SAMPLE), {
    only: ['eng', 'vie'],
    minLength: MIN_LETTERS,
  });
  if (guess === 'vie') return 'vi';
  if (guess === 'eng') return 'en';
  return latinDeclared ? declared : 'en';
}
