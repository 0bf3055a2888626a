import type { AddressChoices, AddressLanguage, AddressRule } from './guide.js';
import type { Word } from './words.js';

/*
 * How each language addresses the reader, as word lists and (Ukrainian, Persian) verb endings.
 * A brand picks one register per language; the forms of the other registers are findings.
 * Ambiguity is resolved towards silence: Hebrew «את» is also the object marker and is never
 * flagged alone; Vietnamese «anh» and «chị» alone are also nouns, so only «anh/chị» and «anh chị»
 * count; Persian «تو» also means "in" in speech and is flagged (the writer can ignore once).
 */

/** A form of address found where the brand chose another. */
export interface AddressForm {
  /** The register the form belongs to, e.g. `informal`, `ban`, `male`. */
  readonly register: string;
  /** The brand's choice it breaks. */
  readonly expected: string;
}

type Lexicon = Readonly<Record<string, readonly string[]>>;

const UK: Lexicon = {
  informal: [
    'ти',
    'тебе',
    'тобі',
    'тобою',
    'твій',
    'твоя',
    'твоє',
    'твої',
    'твого',
    'твоєї',
    'твоєму',
    'твоїй',
    'твоїм',
    'твоєю',
    'твоїх',
    'твоїми',
  ],
  formal: [
    'ви',
    'вас',
    'вам',
    'вами',
    'ваш',
    'ваша',
    'ваше',
    'ваші',
    'вашого',
    'вашої',
    'вашому',
    'вашій',
    'вашим',
    'вашою',
    'ваших',
    'вашими',
  ],
};

/** Ukrainian formal "you" forms: written with a capital when addressing one reader (Ви, Вас…). */
export const UK_FORMAL_FORMS: ReadonlySet<string> = new Set(UK.formal);

const FA: Lexicon = {
  informal: ['تو', 'تورو', 'تو را', 'بهت', 'هستی', 'داری', 'بیا', 'برو', 'ببین', 'بخر', 'بگیر'],
  formal: ['شما', 'هستید', 'دارید', 'بیایید', 'بخرید', 'بگیرید', 'ببینید'],
};

const VI: Lexicon = {
  ban: ['bạn', 'các bạn', 'cậu', 'các cậu'],
  'anh-chi': ['anh/chị', 'anh chị', 'anh/chị/em', 'các anh chị', 'quý anh chị'],
  'quy-khach': ['quý khách', 'quý vị', 'quý khách hàng'],
  rude: ['mày', 'tao', 'chúng mày', 'bọn mày'],
};

const HE: Lexicon = {
  masculine: ['אתה'],
  feminine: [],
  plural: ['אתם', 'אתן'],
  inclusive: ['את/ה', 'אתה/את', 'אתם/ן', 'אתן/ם', 'אתם/אתן'],
};

const TH: Lexicon = {
  male: ['ครับ', 'คับ', 'นะครับ', 'ครับผม'],
  female: ['ค่ะ', 'คะ', 'นะคะ', 'จ้ะ', 'จ้า'],
  rude: ['มึง', 'กู', 'แก'],
};

/** Which registers each choice flags. */
const FLAGGED: { readonly [L in AddressLanguage]: Record<AddressChoices[L], readonly string[]> } = {
  uk: { informal: ['formal'], formal: ['informal'] },
  fa: { informal: ['formal'], formal: ['informal'] },
  vi: {
    ban: ['anh-chi', 'quy-khach', 'rude'],
    'anh-chi': ['ban', 'quy-khach', 'rude'],
    'quy-khach': ['ban', 'anh-chi', 'rude'],
  },
  he: {
    masculine: ['plural', 'inclusive'],
    feminine: ['masculine', 'plural', 'inclusive'],
    plural: ['masculine', 'inclusive'],
    inclusive: ['masculine', 'plural'],
  },
  th: { male: ['female', 'rude'], female: ['male', 'rude'] },
};

const LEXICONS: Record<AddressLanguage, Lexicon> = { uk: UK, fa: FA, vi: VI, he: HE, th: TH };

/** The words and phrases a rule flags, each with the register it belongs to. */
export function addressTerms(rule: AddressRule): Array<{ term: string; form: AddressForm }> {
  const lexicon = LEXICONS[rule.language];
  const registers =
    (FLAGGED[rule.language] as Record<string, readonly string[]>)[rule.choice] ?? [];
  return registers.flatMap((register) =>
    (lexicon[register] ?? []).map((term) => ({
      term,
      form: { register, expected: rule.choice },
    })),
  );
}

/*
 * Verb forms by ending, on normalized words (ZWNJ already dropped: می‌خوای → میخوای):
 * Ukrainian 2nd person singular present (знаєш, робиш; five letters or more, so «миш» is no verb);
 * Persian present with می/نمی ending in ی (informal) or ید (formal).
 */
export function addressVerb(rule: AddressRule, word: Word): AddressForm | null {
  const text = word.text;
  if (rule.language === 'uk' && rule.choice === 'formal') {
    if (text.length >= 5 && /(?:єш|иш|еш|їш)$/u.test(text)) {
      return { register: 'informal', expected: 'formal' };
    }
  }
  if (rule.language === 'fa' && text.length >= 5 && /^(?:نمی|می)/u.test(text)) {
    if (rule.choice === 'formal' && text.endsWith('ی')) {
      return { register: 'informal', expected: 'formal' };
    }
    if (rule.choice === 'informal' && text.endsWith('ید')) {
      return { register: 'formal', expected: 'informal' };
    }
  }
  return null;
}
