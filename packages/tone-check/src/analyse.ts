import { countCharacters } from '@chorus/post-model';
import { addressTerms, addressVerb, UK_FORMAL_FORMS, type AddressForm } from './address.js';
import type {
  AddressRule,
  EscalationTopic,
  FindingKind,
  Severity,
  TermRule,
  ToneGuide,
} from './guide.js';
import type { Language } from './languages.js';
import { TermMatcher, type MatchEntry } from './matcher.js';
import type { MessageKey, MessageParams } from './messages.js';
import { normalize, originalOffset } from './normalize.js';
import { readabilityStats, type ReadabilityStats } from './readability.js';
import { findSignals, type Signals } from './signals.js';
import { words } from './words.js';

/*
 * One paragraph's analysis in one language: what the word rules found (terms, forms of address,
 * escalation topics) and the raw signals the count rules weigh across the whole text (emoji,
 * hashtags, exclamation marks, capitals, links, readability counts, characters). It depends on
 * the paragraph's text and language only, so editors cache it by paragraph.
 */

export interface RawFinding {
  /** UTF-16 offsets in the paragraph as typed. */
  readonly from: number;
  readonly to: number;
  readonly ruleId: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly replacement?: string;
}

export interface ParagraphAnalysis {
  readonly language: Language;
  readonly findings: readonly RawFinding[];
  readonly escalations: readonly string[];
  readonly signals: Signals;
  readonly stats: ReadabilityStats | null;
  /** UTF-16 length; grapheme count is taken only when a length rule needs it. */
  readonly length: number;
  characters(): number;
}

type Payload =
  | { readonly type: 'term'; readonly rule: TermRule }
  | { readonly type: 'escalation'; readonly rule: EscalationTopic }
  | { readonly type: 'address'; readonly rule: AddressRule; readonly form: AddressForm };

/** What the address rule's choice looks like in its own language, for messages. */
const CHOICE_EXAMPLE: Record<string, string> = {
  'uk:informal': 'ти',
  'uk:formal': 'Ви',
  'fa:informal': 'تو',
  'fa:formal': 'شما',
  'vi:ban': 'bạn',
  'vi:anh-chi': 'anh/chị',
  'vi:quy-khach': 'quý khách',
  'he:masculine': 'אתה',
  'he:feminine': 'את',
  'he:plural': 'אתם',
  'he:inclusive': 'את/ה',
  'th:male': 'ครับ',
  'th:female': 'ค่ะ',
};

export class GuideCompiler {
  private readonly matchers = new Map<Language, TermMatcher<Payload>>();

  constructor(readonly guide: ToneGuide) {}

  matcher(language: Language): TermMatcher<Payload> {
    let matcher = this.matchers.get(language);
    if (!matcher) {
      matcher = new TermMatcher(language, this.entries(language));
      this.matchers.set(language, matcher);
    }
    return matcher;
  }

  addressRule(language: Language): AddressRule | undefined {
    return this.guide.address.find((rule) => rule.language === language);
  }

  private *entries(language: Language): Generator<MatchEntry<Payload>> {
    const applies = (lang: Language | 'all'): boolean => lang === 'all' || lang === language;
    for (const rule of this.guide.terms) {
      if (!applies(rule.language)) continue;
      for (const term of rule.terms) yield { term, mode: 'stem', payload: { type: 'term', rule } };
    }
    for (const rule of this.guide.escalation) {
      if (!applies(rule.language)) continue;
      for (const term of rule.terms) {
        yield { term, mode: 'stem', payload: { type: 'escalation', rule } };
      }
    }
    const address = this.addressRule(language);
    if (address) {
      for (const { term, form } of addressTerms(address)) {
        yield { term, mode: 'exact', payload: { type: 'address', rule: address, form } };
      }
    }
  }

  analyse(text: string, language: Language): ParagraphAnalysis {
    const normal = normalize(text);
    const list = words(normal.text, 'whole');
    const findings: RawFinding[] = [];
    const escalations: string[] = [];
    for (const hit of this.matcher(language).match(normal.text, list)) {
      const from = originalOffset(normal, hit.from);
      const to = originalOffset(normal, hit.to);
      const typed = text.slice(from, to);
      const payload = hit.payload;
      switch (payload.type) {
        case 'term': {
          const { rule } = payload;
          const replacement = rule.replacement;
          findings.push({
            from,
            to,
            ruleId: rule.id,
            kind: 'term',
            severity: rule.severity,
            messageKey:
              rule.kind === 'preferred'
                ? 'term_preferred'
                : replacement
                  ? 'term_banned_replace'
                  : 'term_banned',
            params: { term: typed, replacement: replacement ?? '' },
            ...(replacement ? { replacement } : {}),
          });
          break;
        }
        case 'escalation':
          if (!escalations.includes(payload.rule.id)) escalations.push(payload.rule.id);
          findings.push({
            from,
            to,
            ruleId: payload.rule.id,
            kind: 'escalation',
            severity: payload.rule.severity,
            messageKey: 'escalation',
            params: { term: typed, topic: payload.rule.name },
          });
          break;
        case 'address':
          findings.push(this.addressFinding(payload.rule, payload.form, from, to, typed));
          break;
      }
    }
    const address = this.addressRule(language);
    if (address) {
      for (const word of list) {
        const form = addressVerb(address, word);
        const from = originalOffset(normal, word.from);
        const to = originalOffset(normal, word.to);
        const typed = text.slice(from, to);
        if (form) findings.push(this.addressFinding(address, form, from, to, typed));
        if (
          address.language === 'uk' &&
          address.choice === 'formal' &&
          address.capitalise === true &&
          UK_FORMAL_FORMS.has(typed)
        ) {
          const replacement = typed.charAt(0).toUpperCase() + typed.slice(1);
          findings.push({
            from,
            to,
            ruleId: address.id,
            kind: 'address',
            severity: address.severity,
            messageKey: 'address_capital',
            params: { term: typed, replacement },
            replacement,
          });
        }
      }
    }
    const readability = this.guide.readability.find((rule) => rule.language === language);
    let characters: number | undefined;
    // Two spellings of one rule's term (anh/chị, anh chị) can meet the same words: keep one.
    const seen = new Set<string>();
    const distinct = findings.filter((finding) => {
      const key = `${finding.from}:${finding.to}:${finding.ruleId}:${finding.messageKey}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return {
      language,
      findings: distinct.sort((a, b) => a.from - b.from || a.to - b.to),
      escalations,
      signals: findSignals(text),
      stats: readability ? readabilityStats(text, readability.language) : null,
      length: text.length,
      characters: () => (characters ??= countCharacters(text)),
    };
  }

  private addressFinding(
    rule: AddressRule,
    form: AddressForm,
    from: number,
    to: number,
    typed: string,
  ): RawFinding {
    return {
      from,
      to,
      ruleId: rule.id,
      kind: 'address',
      severity: rule.severity,
      messageKey: 'address',
      params: {
        term: typed,
        register: form.register,
        expected: CHOICE_EXAMPLE[`${rule.language}:${form.expected}`] ?? form.expected,
      },
    };
  }
}
