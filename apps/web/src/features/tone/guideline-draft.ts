import {
  ADDRESS_CHOICES,
  READABILITY_LANGUAGES,
  templateSlots,
  type AddressLanguage,
  type Language,
  type ReadabilityLanguage,
  type Severity,
  type ToneGuide,
} from '@chorus/tone-check';
import type { NetworkId } from '@chorus/post-model';

/*
 * The guideline as the form edits it: strings where people type lists (one term per line),
 * '' for an empty number, every optional rule present with an `enabled` switch. `toGuideInput`
 * turns it back into the package's shape for `validateGuide`, keeping list indices so the
 * validator's field paths (`terms[2].replacement`) name the row the person sees; rules the
 * form keeps by language (address, readability) are mapped back through `fields`.
 */

export type NumberField = number | '';

interface RuleDraft {
  id: string;
  severity: Severity;
}

export interface TraitDraft {
  id: string;
  name: string;
  description: string;
  /** One example per line. */
  do: string;
  dont: string;
}

export interface AddressDraft extends RuleDraft {
  /** '' when the brand has not chosen for this language. */
  choice: string;
  capitalise: boolean;
}

export interface TermDraft extends RuleDraft {
  kind: 'banned' | 'preferred';
  language: Language | 'all';
  /** One term per line. */
  terms: string;
  replacement: string;
  note: string;
}

export interface EscalationDraft extends RuleDraft {
  name: string;
  language: Language | 'all';
  terms: string;
}

export interface TemplateDraft {
  id: string;
  name: string;
  language: Language;
  body: string;
  /** Variables found in the body that must be filled (the others may stay empty). */
  required: Record<string, boolean>;
}

export interface GuidelineDraft {
  blockBelow: NumberField;
  warnBelow: NumberField;
  traits: TraitDraft[];
  address: Record<AddressLanguage, AddressDraft>;
  terms: TermDraft[];
  emoji: RuleDraft & {
    enabled: boolean;
    policy: 'none' | 'max' | 'allow-list';
    max: NumberField;
    allowed: string;
  };
  hashtags: RuleDraft & { enabled: boolean; max: NumberField; required: string; banned: string };
  exclamations: RuleDraft & { enabled: boolean; max: NumberField; noRepeats: boolean };
  caps: RuleDraft & { enabled: boolean; maxWords: NumberField; allowed: string };
  links: RuleDraft & { enabled: boolean; exemptHosts: string };
  length: RuleDraft & { enabled: boolean; networks: NetworkId[]; maxCharacters: NumberField };
  readability: Record<ReadabilityLanguage, RuleDraft & { enabled: boolean; minScore: NumberField }>;
  escalation: EscalationDraft[];
  templates: TemplateDraft[];
}

export const ADDRESS_LANGUAGES = Object.keys(ADDRESS_CHOICES) as AddressLanguage[];

let counter = 0;
/** A fresh rule id (letters, digits, `-`), unique within the form. */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}`;
}

const lines = (value: readonly string[] | undefined): string => (value ?? []).join('\n');
const words = (value: readonly string[] | undefined): string => (value ?? []).join(' ');
const splitLines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const splitWords = (value: string): string[] =>
  value
    .split(/[\s,،]+/u)
    .map((word) => word.trim())
    .filter((word) => word !== '');
const num = (value: NumberField): number | undefined => (value === '' ? undefined : value);

export function emptyGuide(): ToneGuide {
  return {
    thresholds: { blockBelow: 60, warnBelow: 80 },
    traits: [],
    address: [],
    terms: [],
    readability: [],
    escalation: [],
    templates: [],
  };
}

export function draftFromGuide(guide: ToneGuide): GuidelineDraft {
  const address = Object.fromEntries(
    ADDRESS_LANGUAGES.map((language) => {
      const rule = guide.address.find((item) => item.language === language);
      return [
        language,
        {
          id: rule?.id ?? `address-${language}`,
          severity: rule?.severity ?? 'required',
          choice: rule?.choice ?? '',
          capitalise: rule?.capitalise ?? false,
        },
      ];
    }),
  ) as Record<AddressLanguage, AddressDraft>;
  const readability = Object.fromEntries(
    READABILITY_LANGUAGES.map((language) => {
      const rule = guide.readability.find((item) => item.language === language);
      return [
        language,
        {
          enabled: rule !== undefined,
          id: rule?.id ?? `readability-${language}`,
          severity: rule?.severity ?? 'recommended',
          minScore: rule?.minScore ?? 60,
        },
      ];
    }),
  ) as GuidelineDraft['readability'];
  const { emoji, hashtags, exclamations, caps, links, length } = guide;
  return {
    blockBelow: guide.thresholds.blockBelow,
    warnBelow: guide.thresholds.warnBelow,
    traits: guide.traits.map((trait) => ({
      id: trait.id,
      name: trait.name,
      description: trait.description ?? '',
      do: lines(trait.do),
      dont: lines(trait.dont),
    })),
    address,
    terms: guide.terms.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      kind: rule.kind,
      language: rule.language,
      terms: lines(rule.terms),
      replacement: rule.replacement ?? '',
      note: rule.note ?? '',
    })),
    emoji: {
      enabled: emoji !== undefined,
      id: emoji?.id ?? 'emoji',
      severity: emoji?.severity ?? 'recommended',
      policy: emoji?.policy ?? 'max',
      max: emoji?.policy === 'max' ? emoji.max : 3,
      allowed: emoji?.policy === 'allow-list' ? words(emoji.allowed) : '',
    },
    hashtags: {
      enabled: hashtags !== undefined,
      id: hashtags?.id ?? 'hashtags',
      severity: hashtags?.severity ?? 'recommended',
      max: hashtags?.max ?? '',
      required: words(hashtags?.required),
      banned: words(hashtags?.banned),
    },
    exclamations: {
      enabled: exclamations !== undefined,
      id: exclamations?.id ?? 'exclamations',
      severity: exclamations?.severity ?? 'recommended',
      max: exclamations?.max ?? '',
      noRepeats: exclamations?.noRepeats ?? false,
    },
    caps: {
      enabled: caps !== undefined,
      id: caps?.id ?? 'caps',
      severity: caps?.severity ?? 'recommended',
      maxWords: caps?.maxWords ?? 0,
      allowed: words(caps?.allowed),
    },
    links: {
      enabled: links !== undefined,
      id: links?.id ?? 'links',
      severity: links?.severity ?? 'recommended',
      exemptHosts: words(links?.exemptHosts),
    },
    length: {
      enabled: length !== undefined,
      id: length?.id ?? 'length',
      severity: length?.severity ?? 'required',
      networks: [...(length?.networks ?? [])],
      maxCharacters: length?.maxCharacters ?? '',
    },
    readability,
    escalation: guide.escalation.map((topic) => ({
      id: topic.id,
      severity: topic.severity,
      name: topic.name,
      language: topic.language,
      terms: lines(topic.terms),
    })),
    templates: guide.templates.map((template) => ({
      id: template.id,
      name: template.name,
      language: template.language,
      body: template.body,
      required: Object.fromEntries(template.variables.map((v) => [v.name, v.required])),
    })),
  };
}

/** The guideline input for `validateGuide`, and how its paths map back to the form's fields. */
export function toGuideInput(draft: GuidelineDraft): {
  input: Record<string, unknown>;
  fields: ReadonlyMap<string, string>;
} {
  const fields = new Map<string, string>();
  const address = ADDRESS_LANGUAGES.filter((language) => draft.address[language].choice !== '');
  address.forEach((language, index) => fields.set(`address[${index}]`, `address.${language}`));
  const readability = READABILITY_LANGUAGES.filter(
    (language) => draft.readability[language].enabled,
  );
  readability.forEach((language, index) =>
    fields.set(`readability[${index}]`, `readability.${language}`),
  );
  const base = (rule: RuleDraft) => ({ id: rule.id, severity: rule.severity });
  const input: Record<string, unknown> = {
    thresholds: { blockBelow: num(draft.blockBelow), warnBelow: num(draft.warnBelow) },
    traits: draft.traits.map((trait) => ({
      id: trait.id,
      name: trait.name,
      ...(trait.description.trim() ? { description: trait.description } : {}),
      do: splitLines(trait.do),
      dont: splitLines(trait.dont),
    })),
    address: address.map((language) => {
      const rule = draft.address[language];
      return {
        ...base(rule),
        language,
        choice: rule.choice,
        ...(language === 'uk' && rule.choice === 'formal' ? { capitalise: rule.capitalise } : {}),
      };
    }),
    terms: draft.terms.map((rule) => ({
      ...base(rule),
      kind: rule.kind,
      language: rule.language,
      terms: splitLines(rule.terms),
      ...(rule.replacement.trim() ? { replacement: rule.replacement } : {}),
      ...(rule.note.trim() ? { note: rule.note } : {}),
    })),
    readability: readability.map((language) => ({
      ...base(draft.readability[language]),
      language,
      minScore: num(draft.readability[language].minScore),
    })),
    escalation: draft.escalation.map((topic) => ({
      ...base(topic),
      name: topic.name,
      language: topic.language,
      terms: splitLines(topic.terms),
    })),
    templates: draft.templates.map((template) => ({
      id: template.id,
      name: template.name,
      language: template.language,
      body: template.body,
      variables: templateSlots(template.body).map((name) => ({
        name,
        required: template.required[name] ?? true,
      })),
    })),
  };
  const { emoji, hashtags, exclamations, caps, links, length } = draft;
  if (emoji.enabled) {
    input.emoji = {
      ...base(emoji),
      policy: emoji.policy,
      ...(emoji.policy === 'max' ? { max: num(emoji.max) } : {}),
      ...(emoji.policy === 'allow-list' ? { allowed: splitWords(emoji.allowed) } : {}),
    };
  }
  if (hashtags.enabled) {
    input.hashtags = {
      ...base(hashtags),
      ...(hashtags.max === '' ? {} : { max: hashtags.max }),
      ...(hashtags.required.trim() ? { required: splitWords(hashtags.required) } : {}),
      ...(hashtags.banned.trim() ? { banned: splitWords(hashtags.banned) } : {}),
    };
  }
  if (exclamations.enabled) {
    input.exclamations = {
      ...base(exclamations),
      ...(exclamations.max === '' ? {} : { max: exclamations.max }),
      noRepeats: exclamations.noRepeats,
    };
  }
  if (caps.enabled) {
    input.caps = {
      ...base(caps),
      maxWords: num(caps.maxWords),
      ...(caps.allowed.trim() ? { allowed: splitWords(caps.allowed) } : {}),
    };
  }
  if (links.enabled) {
    input.links = {
      ...base(links),
      requireUtm: true,
      ...(links.exemptHosts.trim() ? { exemptHosts: splitWords(links.exemptHosts) } : {}),
    };
  }
  if (length.enabled) {
    input.length = {
      ...base(length),
      ...(length.networks.length > 0 ? { networks: length.networks } : {}),
      ...(length.maxCharacters === '' ? {} : { maxCharacters: length.maxCharacters }),
    };
  }
  return { input, fields };
}

/** A validator or server path (`address[0].choice`) as the form's field name (`address.uk.choice`). */
export function formField(path: string, fields: ReadonlyMap<string, string>): string {
  const match = /^(address|readability)\[\d+\]/u.exec(path);
  if (!match) return path;
  const mapped = fields.get(match[0]);
  return mapped ? mapped + path.slice(match[0].length) : path;
}
