import type { NetworkId } from '@chorus/post-model';
import type { Language } from './languages.js';

/*
 * A brand's tone of voice as data: what the chief expert edits, what the server stores with a
 * version, what `createChecker` compiles. Every checked rule carries an `id` (findings name it,
 * so "which rules did this post pass?" is answerable against a stored version) and a severity.
 * Validate untrusted input with `validateGuide` before use.
 */

/** Required rules block approval when broken; recommended ones lower the score. */
export type Severity = 'required' | 'recommended';

export interface RuleBase {
  readonly id: string;
  readonly severity: Severity;
}

/** A voice trait with examples: guidance shown to writers, never checked. */
export interface VoiceTrait {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly do: readonly string[];
  readonly dont: readonly string[];
}

/**
 * The brand's choice of how to address the reader, per language (English has no choice to make):
 * - `uk`: `informal` (ти, твій, знаєш…) or `formal` (Ви, Ваш, знаєте…);
 * - `fa`: `informal` (تو, می‌خوای…) or `formal` (شما, می‌خواهید…);
 * - `vi`: the pronoun register — `ban` (bạn), `anh-chi` (anh/chị), `quy-khach` (quý khách, quý vị);
 * - `he`: `masculine` (אתה), `feminine` (את), `plural` (אתם), `inclusive` (את/ה, אתם/ן);
 * - `th`: the writer's polite particle — `male` (ครับ) or `female` (ค่ะ, คะ, นะคะ).
 */
export interface AddressChoices {
  readonly uk: 'informal' | 'formal';
  readonly fa: 'informal' | 'formal';
  readonly vi: 'ban' | 'anh-chi' | 'quy-khach';
  readonly he: 'masculine' | 'feminine' | 'plural' | 'inclusive';
  readonly th: 'male' | 'female';
}

export type AddressLanguage = keyof AddressChoices;

export const ADDRESS_CHOICES: { readonly [L in AddressLanguage]: readonly AddressChoices[L][] } = {
  uk: ['informal', 'formal'],
  fa: ['informal', 'formal'],
  vi: ['ban', 'anh-chi', 'quy-khach'],
  he: ['masculine', 'feminine', 'plural', 'inclusive'],
  th: ['male', 'female'],
};

export type AddressRule = {
  [L in AddressLanguage]: RuleBase & {
    readonly language: L;
    readonly choice: AddressChoices[L];
    /** Ukrainian formal only: a lower-case «ви» addressing the reader is flagged too. */
    readonly capitalise?: boolean;
  };
}[AddressLanguage];

/**
 * Words the brand never uses (`banned`), or spellings it replaces by its own (`preferred`: the
 * `replacement` is the brand's word, `terms` the ones it displaces). A term is literal text:
 * matched case-folded, NFC, per language (Ukrainian inflections, Hebrew prefixes, Persian letter
 * variants and ZWNJ, Thai without spaces). A trailing `*` matches any ending of the last word
 * (`cheap*`). No regular expressions.
 */
export interface TermRule extends RuleBase {
  readonly kind: 'banned' | 'preferred';
  /** `all` applies in every language's paragraphs. */
  readonly language: Language | 'all';
  readonly terms: readonly string[];
  readonly replacement?: string;
  /** Why, shown beside the finding. */
  readonly note?: string;
}

export type EmojiRule = RuleBase &
  (
    | { readonly policy: 'none' }
    | { readonly policy: 'max'; readonly max: number }
    | { readonly policy: 'allow-list'; readonly allowed: readonly string[] }
  );

export interface HashtagRule extends RuleBase {
  /** At most this many hashtags in a text. */
  readonly max?: number;
  /** Tags (without `#`) every text must carry, e.g. the brand tag. */
  readonly required?: readonly string[];
  /** Tags (without `#`) never used. */
  readonly banned?: readonly string[];
}

export interface ExclamationRule extends RuleBase {
  /** At most this many `!` in a text. */
  readonly max?: number;
  /** Flag runs such as `!!` or `!!!`. */
  readonly noRepeats?: boolean;
}

export interface CapsRule extends RuleBase {
  /** At most this many words written in capitals (scripts with case: Latin, Cyrillic). */
  readonly maxWords: number;
  /** Shorter words are acronyms, not shouting (default 4). */
  readonly minLength?: number;
  /** Words allowed in capitals: brand names, acronyms. */
  readonly allowed?: readonly string[];
}

export interface LinkRule extends RuleBase {
  readonly requireUtm: boolean;
  /** Hosts whose links need no tags (the brand's own short links, app stores…). */
  readonly exemptHosts?: readonly string[];
}

export interface LengthRule extends RuleBase {
  /** Networks whose limit (post-model's table) is enforced; all when left out. */
  readonly networks?: readonly NetworkId[];
  /** The brand's own cap in characters (grapheme clusters), if lower than a network's. */
  readonly maxCharacters?: number;
}

/** Languages with a readability formula here (see README): English and Ukrainian. */
export const READABILITY_LANGUAGES = ['en', 'uk'] as const;
export type ReadabilityLanguage = (typeof READABILITY_LANGUAGES)[number];

export interface ReadabilityRule extends RuleBase {
  readonly language: ReadabilityLanguage;
  /** Flesch reading ease (0 hard – 100 easy) the text must reach. */
  readonly minScore: number;
}

/** Words or phrases that route a post or a reply to the chief expert. Not scored. */
export interface EscalationTopic extends RuleBase {
  readonly name: string;
  readonly language: Language | 'all';
  readonly terms: readonly string[];
}

export interface TemplateVariable {
  /** `[a-z][a-z0-9_]*`, written `{{name}}` in the body. */
  readonly name: string;
  readonly required: boolean;
  readonly description?: string;
}

/** A reply moderators send, with variables (the comments issue uses them). */
export interface ReplyTemplate {
  readonly id: string;
  readonly name: string;
  readonly language: Language;
  readonly body: string;
  readonly variables: readonly TemplateVariable[];
}

/** Scores below `blockBelow` block approval; below `warnBelow` warn. Both 0–100. */
export interface Thresholds {
  readonly blockBelow: number;
  readonly warnBelow: number;
}

export interface ToneGuide {
  readonly thresholds: Thresholds;
  readonly traits: readonly VoiceTrait[];
  readonly address: readonly AddressRule[];
  readonly terms: readonly TermRule[];
  readonly emoji?: EmojiRule;
  readonly hashtags?: HashtagRule;
  readonly exclamations?: ExclamationRule;
  readonly caps?: CapsRule;
  readonly links?: LinkRule;
  readonly length?: LengthRule;
  readonly readability: readonly ReadabilityRule[];
  readonly escalation: readonly EscalationTopic[];
  readonly templates: readonly ReplyTemplate[];
}

/** What a finding is about; message keys and editor styling follow it. */
export type FindingKind =
  | 'term'
  | 'address'
  | 'emoji'
  | 'hashtag'
  | 'exclamation'
  | 'caps'
  | 'link'
  | 'length'
  | 'readability'
  | 'escalation';
