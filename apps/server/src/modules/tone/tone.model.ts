import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DocumentKindEnum } from '../documents/index.js';

export const ToneVerdictEnum = { PASS: 'pass', WARN: 'warn', BLOCK: 'block' } as const;
registerEnumType(ToneVerdictEnum, {
  name: 'ToneVerdict',
  description:
    "PASS: the text meets the guideline; WARN: score under the guideline's warn threshold; BLOCK: a required rule is broken or the score is under the block threshold",
});

@ObjectType('ToneGuideline', { description: "A brand's tone-of-voice guideline in force" })
export class ToneGuidelineModel {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => Int, { description: 'Its version: 1 for the first, +1 per change' })
  version: number;

  @Field({
    description:
      'The guideline as JSON text, shaped as ToneGuide of @chorus/tone-check (thresholds, traits, address, terms, emoji, hashtags, …)',
  })
  guide: string;

  @Field({ description: 'When this version was saved' })
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who saved this version (display name)' })
  updatedByName: string | null;
}

@ObjectType('ToneGuidelineVersion', { description: 'One saved version of a guideline' })
export class ToneGuidelineVersionModel {
  @Field(() => Int, { description: 'The version number' })
  version: number;

  @Field({ description: 'When it was saved' })
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who saved it (display name)' })
  updatedByName: string | null;
}

@ObjectType('ToneIgnoredFinding', {
  description: 'An "ignore once" decision: this rule on this text does not apply to the document',
})
export class ToneIgnoredFindingModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The rule of the finding' })
  ruleId: string;

  @Field({ description: 'The flagged text, as it stood' })
  text: string;

  @Field({ description: 'Why it does not apply here' })
  reason: string;

  @Field({ description: 'When it was decided' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who decided (display name)' })
  createdByName: string | null;
}

@ObjectType('ToneImpactItem', {
  description:
    'A scheduled or in-review document of the brand that fails the guideline in force (the guideline-change report)',
})
export class ToneImpactItemModel {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field({ description: 'Its title' })
  title: string;

  @Field(() => DocumentKindEnum, { description: 'Post or strategy' })
  kind: string;

  @Field({
    description: '"scheduled" (a post on the calendar) or "in_review" (pending approval)',
  })
  state: string;

  @Field(() => Int, { description: 'Its tone score (0–100) under the guideline in force' })
  score: number;

  @Field(() => ToneVerdictEnum, { description: 'Its verdict under the guideline in force' })
  verdict: string;

  @Field(() => Int, { description: 'How many required rules it breaks' })
  requiredViolations: number;
}

@ObjectType('ToneFinding', { description: 'One thing the tone check found in a text' })
export class ToneFindingModel {
  @Field({ description: 'The rule (its id in the guideline)' })
  ruleId: string;

  @Field({
    description:
      'What the finding is about: term, address, emoji, hashtag, exclamation, caps, link, length, readability, escalation',
  })
  kind: string;

  @Field({ description: '"required" or "recommended"' })
  severity: string;

  @Field({
    description:
      "The message's key in @chorus/tone-check's MESSAGES (format it in the reader's locale with formatMessage)",
  })
  messageKey: string;

  @Field({ description: "The message's parameters as a JSON object" })
  params: string;

  @Field({ description: 'The flagged text (empty for findings about the whole text)' })
  text: string;

  @Field(() => Int, {
    description: 'Start of the range (UTF-16 offset into the part or paragraph)',
  })
  from: number;

  @Field(() => Int, { description: 'End of the range (exclusive)' })
  to: number;

  @Field({
    description:
      'Which text: "base" (a post\'s base text), a network id (that network\'s own text) or "body" (a strategy)',
  })
  part: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'For strategies: the paragraph the range is in; null for findings about the whole text',
  })
  paragraph: number | null;

  @Field(() => String, { nullable: true, description: 'The suggested replacement, if any' })
  replacement: string | null;
}

@ObjectType('ToneCheck', {
  description: "A document's content checked against its brand's tone-of-voice guideline",
})
export class ToneCheckModel {
  @Field(() => Int, { description: 'The score, 0–100' })
  score: number;

  @Field(() => ToneVerdictEnum, { description: 'Pass, warn or block' })
  verdict: string;

  @Field(() => Int, { description: 'The guideline version checked against' })
  guidelineVersion: number;

  @Field(() => [ToneFindingModel], { description: 'What was found (the first 500 per text)' })
  findings: ToneFindingModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Why it was submitted although it failed (an override), if it was',
  })
  overrideReason: string | null;

  @Field(() => String, { nullable: true, description: 'Who overrode the failed check' })
  overriddenByName: string | null;

  @Field({ description: 'When the check ran' })
  checkedAt: Date;
}

@ObjectType('ToneGuidelineUpdate', { description: 'A saved guideline change and what it affects' })
export class ToneGuidelineUpdateModel {
  @Field(() => ToneGuidelineModel, { description: 'The guideline now in force' })
  guideline: ToneGuidelineModel;

  @Field(() => [ToneImpactItemModel], {
    description: 'Scheduled and in-review documents of the brand that fail the new version',
  })
  nowFailing: ToneImpactItemModel[];
}
