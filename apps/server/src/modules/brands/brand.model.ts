import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SocialNetwork } from './social-network.js';

@ObjectType('Brand', {
  description: 'A client brand: the unit strategies, plans and posts belong to',
})
export class BrandModel {
  @Field(() => ID, { description: 'The brand id' })
  id: string;

  @Field(() => ID, { description: 'The workspace the brand belongs to' })
  workspaceId: string;

  @Field({ description: 'The brand name' })
  name: string;

  @Field({ description: 'What the brand is and does' })
  description: string;

  @Field({ description: 'The community concept: who gathers around the brand and why' })
  communityConcept: string;

  @Field(() => [SocialNetwork], { description: 'The networks the brand uses' })
  networks: SocialNetwork[];

  @Field(() => [String], { description: 'BCP 47 tags of the languages the brand publishes in' })
  contentLanguages: string[];

  @Field({ description: 'IANA time zone of the content calendar' })
  timeZone: string;

  @Field(() => Int, {
    description:
      'The most promotional posts a week or month of the content calendar may hold, in percent (default 20)',
  })
  promotionCapPercent: number;

  @Field({
    description:
      'utm_medium of the links in the brand\'s posts (default "social"); empty: left out',
  })
  utmMedium: string;

  @Field({ description: "utm_campaign of the links in the brand's posts; empty: left out" })
  utmCampaign: string;

  @Field(() => Date, { nullable: true, description: 'When it was archived; null while active' })
  archivedAt: Date | null;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field(() => [String], {
    description:
      "The signed-in user's roles on this brand: owner or admin, and team roles (plain workspace membership is not listed)",
  })
  myRoles: string[];

  @Field(() => [String], {
    description: 'Brand-scope actions of the permission matrix the signed-in user may perform here',
  })
  myActions: string[];
}
