import type {
  COMPETITOR_FIELDS,
  DRIVER_BARRIER_FIELDS,
  PERSONA_FIELDS,
  SMART_GOAL_FIELDS,
} from '../schema.js';
import type { SmartIssue, SmartLetter } from '../smart.js';

/** The sections of the strategy template, in document order. */
export const TEMPLATE_SECTION_KEYS = [
  'goals',
  'segments',
  'personas',
  'trends',
  'mediaConsumption',
  'driversBarriers',
  'competitors',
  'platforms',
  'insight',
  'brandRole',
  'community',
  'tactics',
  'contentPlan',
  'conversion',
  'kpi',
  'measurement',
  'readiness',
] as const;
export type TemplateSectionKey = (typeof TEMPLATE_SECTION_KEYS)[number];

/** The items of the readiness checklist (the last section), in order. */
export const CHECKLIST_ITEM_KEYS = [
  'strategy',
  'environment',
  'platformsTools',
  'budget',
  'team',
  'influencers',
  'measurementTools',
  'offline',
  'editorialRules',
  'beHuman',
] as const;
export type ChecklistItemKey = (typeof CHECKLIST_ITEM_KEYS)[number];

/** The words of the template in one language. */
export interface TemplateTexts {
  sections: Record<TemplateSectionKey, { heading: string; hint: string }>;
  checklist: Record<ChecklistItemKey, string>;
}

/** Labels of typed blocks, for exports and for the editor's cards. */
export interface StrategyLabels {
  /** The page title when the caller gives none. */
  documentTitle: string;
  /** `statement` is the label of the card itself ("Goal"). */
  goalFields: Record<(typeof SMART_GOAL_FIELDS)[number], string>;
  smartCheck: string;
  smartLetters: Record<SmartLetter, string>;
  smartIssues: Record<SmartIssue, string>;
  persona: string;
  personaFields: Record<(typeof PERSONA_FIELDS)[number], string>;
  driverBarrierFields: Record<(typeof DRIVER_BARRIER_FIELDS)[number], string>;
  competitorFields: Record<(typeof COMPETITOR_FIELDS)[number], string>;
  insight: string;
  brandRole: string;
}

export interface LanguageTexts {
  template: TemplateTexts;
  labels: StrategyLabels;
}
