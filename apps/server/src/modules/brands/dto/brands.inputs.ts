import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SocialNetwork } from '../social-network.js';

@InputType({ description: 'A new brand' })
export class CreateBrandInput {
  @Field(() => ID, { description: 'The workspace' })
  workspaceId: string;

  @Field({ description: 'Name (1-100 characters)' })
  name: string;

  @Field({ nullable: true, description: 'What the brand is and does (at most 5,000 characters)' })
  description?: string;

  @Field({ nullable: true, description: 'The community concept (at most 5,000 characters)' })
  communityConcept?: string;

  @Field(() => [SocialNetwork], { nullable: true, description: 'The networks the brand uses' })
  networks?: SocialNetwork[];

  @Field(() => [String], { nullable: true, description: 'BCP 47 language tags, e.g. vi, fa, he' })
  contentLanguages?: string[];

  @Field({ nullable: true, description: 'IANA time zone; UTC when omitted' })
  timeZone?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Most promotional posts per week or month, in percent (0-100; default 20)',
  })
  promotionCapPercent?: number;

  @Field({ nullable: true, description: 'utm_medium of post links (at most 100 characters)' })
  utmMedium?: string;

  @Field({ nullable: true, description: 'utm_campaign of post links (at most 100 characters)' })
  utmCampaign?: string;

  @Field(() => [ID], { nullable: true, description: 'Teams of the same workspace to assign' })
  teamIds?: string[];
}

@InputType({ description: "Changes to a brand's settings; omitted fields stay as they are" })
export class UpdateBrandInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ nullable: true, description: 'Name (1-100 characters)' })
  name?: string;

  @Field({ nullable: true, description: 'What the brand is and does (at most 5,000 characters)' })
  description?: string;

  @Field({ nullable: true, description: 'The community concept (at most 5,000 characters)' })
  communityConcept?: string;

  @Field(() => [SocialNetwork], { nullable: true, description: 'The networks the brand uses' })
  networks?: SocialNetwork[];

  @Field(() => [String], { nullable: true, description: 'BCP 47 language tags' })
  contentLanguages?: string[];

  @Field({ nullable: true, description: 'IANA time zone' })
  timeZone?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Most promotional posts per week or month, in percent (0-100; default 20)',
  })
  promotionCapPercent?: number;

  @Field({ nullable: true, description: 'utm_medium of post links (at most 100 characters)' })
  utmMedium?: string;

  @Field({ nullable: true, description: 'utm_campaign of post links (at most 100 characters)' })
  utmCampaign?: string;
}

@InputType({ description: 'The teams assigned to a brand (replaces the current set)' })
export class SetBrandTeamsInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => [ID], { description: 'Teams of the same workspace' })
  teamIds: string[];
}
