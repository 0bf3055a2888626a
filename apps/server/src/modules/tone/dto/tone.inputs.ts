import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "A new version of a brand's tone-of-voice guideline" })
export class UpdateToneGuidelineInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the edit started from (null when creating the first); a newer one answers TONE_GUIDELINE_CONFLICT',
  })
  baseVersion?: number | null;

  @Field({
    description:
      'The whole guideline as JSON text (ToneGuide of @chorus/tone-check); TONE_RULE_INVALID names the bad field',
  })
  guide: string;
}

@InputType({ description: '"Ignore once": a finding that does not apply to this document' })
export class IgnoreToneFindingInput {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field({ description: "The finding's rule id" })
  ruleId: string;

  @Field({ description: 'The flagged text, as the finding shows it' })
  text: string;

  @Field({ description: 'Why it does not apply here (recorded)' })
  reason: string;
}
