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

function scriptOf(code: number): 'latin' | 'cyrillic' | 'arabic' | 'hebrew' | 'thai' | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  if (code < 0xc0) return null;
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  if (code >= 0x0400 && code <= 0x052f) return 'cyrillic';
  if (code >= 0x0590 && code <= 0x05ff) return 'hebrew';
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f)) return 'arabic';
  if (code >= 0xfb50 && code <= 0xfeff)
    return code >= 0xfb1d && code <= 0xfb4f ? 'hebrew' : 'arabic';
  if (code >= 0x0e00 && code <= 0x0e7f) return 'thai';
  return null;
}

const BY_SCRIPT = { cyrillic: 'uk', arabic: 'fa', hebrew: 'he', thai: 'th' } as const;

export function detectLanguage(text: string, declared: Language): Language {
  const counts = { latin: 0, cyrillic: 0, arabic: 0, hebrew: 0, thai: 0 };
  let letters = 0;
  for (let i = 0; i < text.length; i += 1) {
    const script = scriptOf(text.charCodeAt(i));
    if (script) {
      counts[script] += 1;
      letters += 1;
    }
  }
  if (letters < MIN_LETTERS) return declared;
  let best: keyof typeof counts = 'latin';
  for (const script of Object.keys(counts) as Array<keyof typeof counts>) {
    if (counts[script] > counts[best]) best = script;
  }
  if (best !== 'latin') return BY_SCRIPT[best];
  const vietnamese = text.match(VI_ONLY)?.length ?? 0;
  if (vietnamese >= 2 || vietnamese / counts.latin > 0.02) return 'vi';
  if ((text.match(EN_WORDS)?.length ?? 0) >= 2) return 'en';
  const latinDeclared = declared === 'en' || declared === 'vi';
  // Trigram models guess wildly on a few words: a short line keeps the declared language.
  if (counts.latin < FRANC_MIN_LETTERS) return latinDeclared ? declared : 'en';
  const guess = franc(text.slice(0, FRANC_SAMPLE), {
    only: ['eng', 'vie'],
    minLength: MIN_LETTERS,
  });
  if (guess === 'vie') return 'vi';
  if (guess === 'eng') return 'en';
  return latinDeclared ? declared : 'en';
}
