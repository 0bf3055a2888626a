import { isNetworkId, type NetworkId } from '@chorus/post-model';
import { ToneRuleError, type ToneRuleErrorCode } from './errors.js';
import {
  ADDRESS_CHOICES,
  READABILITY_LANGUAGES,
  type AddressRule,
  type EmojiRule,
  type EscalationTopic,
  type ReadabilityLanguage,
  type ReplyTemplate,
  type Severity,
  type TermRule,
  type ToneGuide,
  type VoiceTrait,
} from './guide.js';
import { isLanguage, type Language } from './languages.js';
import { normalizeTerm } from './normalize.js';
import { checkTemplate, VARIABLE_NAME } from './templates.js';

/*
 * Untrusted guideline in, typed guideline out — or a ToneRuleError naming the first bad field.
 * Terms are literal words: characters that would make a regular expression (( ) [ ] { } \ | ^ $
 * ? +) are refused, and `*` is accepted only at the end (any ending). Nothing a user writes is
 * ever compiled into a RegExp, so no rule can make matching backtrack.
 */

/** Most term strings (terms, escalation phrases) one guideline may hold. */
export const MAX_TERMS = 5_000;
const MAX_TERM_LENGTH = 200;
const ID = /^[A-Za-z0-9_.-]{1,64}$/u;
const PATTERN_CHARS = /[()[\]{}\\|^$?+]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

type Input = Record<string, unknown>;

function fail(code: ToneRuleErrorCode, field: string, message: string): never {
  throw new ToneRuleError(code, field, message);
}

function object(value: unknown, field: string): Input {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('invalid_field', field, 'expected an object');
  }
  return value as Input;
}

function list(value: unknown, field: string, optional = true): unknown[] {
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) fail('invalid_field', field, 'expected a list');
  return value;
}

function text(value: unknown, field: string, code: ToneRuleErrorCode = 'invalid_field'): string {
  if (typeof value !== 'string' || value.trim() === '') fail(code, field, 'must not be empty');
  return value.trim();
}

function optionalText(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : text(value, field);
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail('invalid_field', field, `expected a whole number from ${min} to ${max}`);
  }
  return value;
}

function score(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    fail('threshold_out_of_range', field, 'expected a number from 0 to 100');
  }
  return value;
}

function severity(value: unknown, field: string): Severity {
  if (value !== 'required' && value !== 'recommended') {
    fail('invalid_field', field, 'expected "required" or "recommended"');
  }
  return value;
}

function language(value: unknown, field: string, all = false): Language | 'all' {
  if (all && value === 'all') return 'all';
  if (!isLanguage(value)) fail('unsupported_language', field, 'expected en, vi, fa, he, uk or th');
  return value;
}

/** A literal term (optionally ending in `*`), checked for emptiness and pattern syntax. */
export function checkTerm(value: unknown, field: string): string {
  const term = text(value, field, 'empty_term');
  if (term.length > MAX_TERM_LENGTH) {
    fail('invalid_field', field, `at most ${MAX_TERM_LENGTH} characters`);
  }
  if (PATTERN_CHARS.test(term) || /\*./u.test(term) || (term.match(/\*/gu)?.length ?? 0) > 1) {
    fail(
      'invalid_pattern',
      field,
      'patterns are not accepted: write the word itself, or end it with * for any ending',
    );
  }
  if (!HAS_WORD.test(normalizeTerm(term.replace(/\*$/u, '')))) {
    fail('invalid_pattern', field, 'a term needs at least one letter or digit');
  }
  return term;
}

class Reader {
  private readonly ids = new Set<string>();
  terms = 0;

  id(value: unknown, field: string): string {
    if (typeof value !== 'string' || !ID.test(value)) {
      fail('invalid_field', field, 'expected 1–64 letters, digits, _ . or -');
    }
    if (this.ids.has(value)) fail('duplicate_id', field, `"${value}" is used twice`);
    this.ids.add(value);
    return value;
  }

  termList(value: unknown, field: string): string[] {
    const items = list(value, field, false);
    if (items.length === 0) fail('empty_term', field, 'at least one term');
    this.terms += items.length;
    if (this.terms > MAX_TERMS) fail('too_many_rules', field, `at most ${MAX_TERMS} terms`);
    return items.map((item, index) => checkTerm(item, `${field}[${index}]`));
  }

  base(input: Input, field: string): { id: string; severity: Severity } {
    return {
      id: this.id(input.id, `${field}.id`),
      severity: severity(input.severity, `${field}.severity`),
    };
  }
}

function trait(value: unknown, field: string): VoiceTrait {
  const input = object(value, field);
  const strings = (items: unknown, at: string): string[] =>
    list(items, at).map((item, index) => text(item, `${at}[${index}]`));
  return {
    id: text(input.id, `${field}.id`),
    name: text(input.name, `${field}.name`),
    ...(input.description === undefined
      ? {}
      : { description: text(input.description, `${field}.description`) }),
    do: strings(input.do, `${field}.do`),
    dont: strings(input.dont, `${field}.dont`),
  };
}

function address(reader: Reader, value: unknown, field: string, seen: Set<string>): AddressRule {
  const input = object(value, field);
  const base = reader.base(input, field);
  const lang = input.language;
  if (typeof lang !== 'string' || !(lang in ADDRESS_CHOICES)) {
    fail(
      'unsupported_language',
      `${field}.language`,
      'a form of address is chosen for uk, fa, vi, he or th',
    );
  }
  if (seen.has(lang))
    fail('invalid_field', `${field}.language`, 'one form of address per language');
  seen.add(lang);
  const choices = ADDRESS_CHOICES[lang as keyof typeof ADDRESS_CHOICES] as readonly string[];
  if (typeof input.choice !== 'string' || !choices.includes(input.choice)) {
    fail('invalid_field', `${field}.choice`, `expected one of ${choices.join(', ')}`);
  }
  if (input.capitalise !== undefined && typeof input.capitalise !== 'boolean') {
    fail('invalid_field', `${field}.capitalise`, 'expected true or false');
  }
  return {
    ...base,
    language: lang,
    choice: input.choice,
    ...(input.capitalise === undefined ? {} : { capitalise: input.capitalise }),
  } as AddressRule;
}

function term(reader: Reader, value: unknown, field: string): TermRule {
  const input = object(value, field);
  const base = reader.base(input, field);
  if (input.kind !== 'banned' && input.kind !== 'preferred') {
    fail('invalid_field', `${field}.kind`, 'expected "banned" or "preferred"');
  }
  const terms = reader.termList(input.terms, `${field}.terms`);
  const replacement = optionalText(input.replacement, `${field}.replacement`);
  if (input.kind === 'preferred' && replacement === undefined) {
    fail('invalid_field', `${field}.replacement`, 'a preferred term names the word to write');
  }
  if (replacement !== undefined) {
    const normal = normalizeTerm(replacement);
    terms.forEach((item) => {
      if (normalizeTerm(item) === normal) {
        fail('replacement_equals_term', `${field}.replacement`, `the same as the term "${item}"`);
      }
    });
  }
  return {
    ...base,
    kind: input.kind,
    language: language(input.language, `${field}.language`, true),
    terms,
    ...(replacement === undefined ? {} : { replacement }),
    ...(input.note === undefined ? {} : { note: text(input.note, `${field}.note`) }),
  };
}

function emoji(reader: Reader, value: unknown, field: string): EmojiRule {
  const input = object(value, field);
  const base = reader.base(input, field);
  switch (input.policy) {
    case 'none':
      return { ...base, policy: 'none' };
    case 'max':
      return { ...base, policy: 'max', max: integer(input.max, `${field}.max`, 0, 1_000) };
    case 'allow-list': {
      const allowed = list(input.allowed, `${field}.allowed`, false).map((item, index) => {
        const at = `${field}.allowed[${index}]`;
        const emojiText = text(item, at);
        if (!/\p{Extended_Pictographic}|\p{RI}/u.test(emojiText))
          fail('invalid_field', at, 'not an emoji');
        return emojiText;
      });
      return { ...base, policy: 'allow-list', allowed };
    }
    default:
      return fail('invalid_field', `${field}.policy`, 'expected "none", "max" or "allow-list"');
  }
}

function tags(value: unknown, field: string): string[] {
  return list(value, field).map((item, index) => {
    const at = `${field}[${index}]`;
    const tag = text(item, at, 'empty_term').replace(/^[#＃]/u, '');
    if (!/^[\p{L}\p{M}\p{N}_\u200c\u200d]+$/u.test(tag))
      fail('invalid_pattern', at, 'a hashtag is letters, digits and _');
    return tag;
  });
}

function optionalInteger(
  value: unknown,
  field: string,
  min: number,
  max: number,
): number | undefined {
  return value === undefined ? undefined : integer(value, field, min, max);
}

function pick<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as T;
}

function escalation(reader: Reader, value: unknown, field: string): EscalationTopic {
  const input = object(value, field);
  return {
    ...reader.base(input, field),
    name: text(input.name, `${field}.name`),
    language: language(input.language, `${field}.language`, true),
    terms: reader.termList(input.terms, `${field}.terms`),
  };
}

function template(reader: Reader, value: unknown, field: string): ReplyTemplate {
  const input = object(value, field);
  const variables = list(input.variables, `${field}.variables`).map((item, index) => {
    const at = `${field}.variables[${index}]`;
    const variable = object(item, at);
    if (typeof variable.name !== 'string' || !VARIABLE_NAME.test(variable.name)) {
      fail('invalid_template', `${at}.name`, 'expected lower-case letters, digits and _');
    }
    if (typeof variable.required !== 'boolean')
      fail('invalid_field', `${at}.required`, 'expected true or false');
    return pick({
      name: variable.name,
      required: variable.required,
      description: optionalText(variable.description, `${at}.description`),
    });
  });
  const result: ReplyTemplate = {
    id: reader.id(input.id, `${field}.id`),
    name: text(input.name, `${field}.name`),
    language: language(input.language, `${field}.language`) as Language,
    body: text(input.body, `${field}.body`),
    variables,
  };
  checkTemplate(result, field);
  return result;
}

/** A guideline from untrusted input (a form, the database, an import), or a ToneRuleError. */
export function validateGuide(value: unknown): ToneGuide {
  const input = object(value, 'guide');
  const reader = new Reader();
  const thresholds = object(input.thresholds, 'thresholds');
  const blockBelow = score(thresholds.blockBelow, 'thresholds.blockBelow');
  const warnBelow = score(thresholds.warnBelow, 'thresholds.warnBelow');
  if (blockBelow > warnBelow) {
    fail('thresholds_inverted', 'thresholds.warnBelow', 'must not be below thresholds.blockBelow');
  }
  const seenAddress = new Set<string>();
  const guide: ToneGuide = {
    thresholds: { blockBelow, warnBelow },
    traits: list(input.traits, 'traits').map((item, i) => trait(item, `traits[${i}]`)),
    address: list(input.address, 'address').map((item, i) =>
      address(reader, item, `address[${i}]`, seenAddress),
    ),
    terms: list(input.terms, 'terms').map((item, i) => term(reader, item, `terms[${i}]`)),
    readability: list(input.readability, 'readability').map((item, i) => {
      const field = `readability[${i}]`;
      const rule = object(item, field);
      if (!(READABILITY_LANGUAGES as readonly unknown[]).includes(rule.language)) {
        fail(
          'unsupported_language',
          `${field}.language`,
          'a readability formula exists here for en and uk only',
        );
      }
      return {
        ...reader.base(rule, field),
        language: rule.language as ReadabilityLanguage,
        minScore: score(rule.minScore, `${field}.minScore`),
      };
    }),
    escalation: list(input.escalation, 'escalation').map((item, i) =>
      escalation(reader, item, `escalation[${i}]`),
    ),
    templates: list(input.templates, 'templates').map((item, i) =>
      template(reader, item, `templates[${i}]`),
    ),
  };
  const extra: Record<string, unknown> = {};
  if (input.emoji !== undefined) extra.emoji = emoji(reader, input.emoji, 'emoji');
  if (input.hashtags !== undefined) {
    const rule = object(input.hashtags, 'hashtags');
    extra.hashtags = pick({
      ...reader.base(rule, 'hashtags'),
      max: optionalInteger(rule.max, 'hashtags.max', 0, 100),
      required: rule.required === undefined ? undefined : tags(rule.required, 'hashtags.required'),
      banned: rule.banned === undefined ? undefined : tags(rule.banned, 'hashtags.banned'),
    });
  }
  if (input.exclamations !== undefined) {
    const rule = object(input.exclamations, 'exclamations');
    if (rule.noRepeats !== undefined && typeof rule.noRepeats !== 'boolean') {
      fail('invalid_field', 'exclamations.noRepeats', 'expected true or false');
    }
    extra.exclamations = pick({
      ...reader.base(rule, 'exclamations'),
      max: optionalInteger(rule.max, 'exclamations.max', 0, 1_000),
      noRepeats: rule.noRepeats,
    });
  }
  if (input.caps !== undefined) {
    const rule = object(input.caps, 'caps');
    extra.caps = pick({
      ...reader.base(rule, 'caps'),
      maxWords: integer(rule.maxWords, 'caps.maxWords', 0, 1_000),
      minLength: optionalInteger(rule.minLength, 'caps.minLength', 2, 20),
      allowed:
        rule.allowed === undefined
          ? undefined
          : list(rule.allowed, 'caps.allowed').map((w, i) => text(w, `caps.allowed[${i}]`)),
    });
  }
  if (input.links !== undefined) {
    const rule = object(input.links, 'links');
    if (typeof rule.requireUtm !== 'boolean')
      fail('invalid_field', 'links.requireUtm', 'expected true or false');
    extra.links = pick({
      ...reader.base(rule, 'links'),
      requireUtm: rule.requireUtm,
      exemptHosts:
        rule.exemptHosts === undefined
          ? undefined
          : list(rule.exemptHosts, 'links.exemptHosts').map((h, i) =>
              text(h, `links.exemptHosts[${i}]`).toLowerCase(),
            ),
    });
  }
  if (input.length !== undefined) {
    const rule = object(input.length, 'length');
    const networks =
      rule.networks === undefined
        ? undefined
        : list(rule.networks, 'length.networks').map((n, i): NetworkId => {
            if (typeof n !== 'string' || !isNetworkId(n))
              fail('unknown_network', `length.networks[${i}]`, 'not a network Chorus posts to');
            return n;
          });
    extra.length = pick({
      ...reader.base(rule, 'length'),
      networks,
      maxCharacters: optionalInteger(rule.maxCharacters, 'length.maxCharacters', 1, 100_000),
    });
  }
  return { ...guide, ...extra };
}
