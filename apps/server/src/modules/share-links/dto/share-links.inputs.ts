import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SocialNetwork } from '../../brands/index.js';
import { ShareCapabilityEnum } from '../share-links.model.js';

@InputType({ description: "A range of the brand's calendar to share" })
export class ShareCalendarRangeInput {
  @Field({ description: "First day, yyyy-mm-dd in the brand's time zone" })
  from: string;

  @Field({ description: 'Day after the last, yyyy-mm-dd (at most 366 days after from)' })
  to: string;

  @Field(() => [SocialNetwork], { nullable: true, description: 'Only posts going to any of these' })
  networks?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only posts in any of these categories' })
  categoryIds?: string[] | null;
}

@InputType({
  description: 'A new share link: exactly one of documentId, calendar and report',
})
export class CreateShareLinkInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The document to share (of the brand, not archived)',
  })
  documentId?: string | null;

  @Field(() => ShareCalendarRangeInput, {
    nullable: true,
    description: 'The calendar range to share',
  })
  calendar?: ShareCalendarRangeInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: the brand's KPI report (the Results page's dashboard and per-post results), VIEW only",
  })
  report?: boolean | null;

  @Field(() => ShareCapabilityEnum, { description: 'What the guest may do' })
  capability: 'view' | 'comment' | 'approve';

  @Field({ description: 'Who it is for (1 to 200 characters)' })
  label: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Days until it stops opening, 1 to 90; null: never (the UI warns)',
  })
  expiresInDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A password the guest must give (8 to 200 characters); null for none',
  })
  password?: string | null;
}

@InputType({ description: 'Opening a share link as a guest' })
export class RedeemShareLinkInput {
  @Field({ description: "The token from the link's URL (/s/<token>)" })
  token: string;

  @Field({ description: 'The name the guest gives (shown to the team as "Guest: <name>")' })
  name: string;

  @Field(() => String, { nullable: true, description: "The link's password, when it has one" })
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An email (approve links when mail is configured: a one-time code is sent to it)',
  })
  email?: string | null;
}
