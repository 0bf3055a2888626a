import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SocialNetwork } from '../brands/index.js';
import { DocumentKindEnum } from '../documents/index.js';

export const ShareCapabilityEnum = {
  VIEW: 'view',
  COMMENT: 'comment',
  APPROVE: 'approve',
} as const;
registerEnumType(ShareCapabilityEnum, {
  name: 'ShareCapability',
  description:
    'What a share link lets a client do: VIEW reads, COMMENT also comments (external threads), APPROVE also decides at client steps of approval flows',
});

export const ShareLinkStatusEnum = {
  ACTIVE: 'active',
  EXPIRED: 'expired',
  REVOKED: 'revoked',
} as const;
export type ShareLinkStatus = (typeof ShareLinkStatusEnum)[keyof typeof ShareLinkStatusEnum];
registerEnumType(ShareLinkStatusEnum, {
  name: 'ShareLinkStatus',
  description: 'ACTIVE opens; EXPIRED passed its expiry; REVOKED was revoked by the team',
});

export const ShareResourceKindEnum = {
  DOCUMENT: 'document',
  CALENDAR: 'calendar',
  REPORT: 'report',
} as const;
export type ShareResourceKind = (typeof ShareResourceKindEnum)[keyof typeof ShareResourceKindEnum];
registerEnumType(ShareResourceKindEnum, {
  name: 'ShareResourceKind',
  description:
    "What a share link opens: one document, a range of the brand's calendar, or the brand's KPI report (view only)",
});

@ObjectType('ShareLink', { description: 'A share link as the team sees it (never its token)' })
export class ShareLinkModel {
  @Field(() => ID, { description: 'The link' })
  id: string;

  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => ShareResourceKindEnum, {
    description: 'A document, a calendar range or the KPI report',
  })
  resourceKind: ShareResourceKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The shared document; null for a calendar range or a report',
  })
  documentId: string | null;

  @Field(() => String, { nullable: true, description: "The shared document's title" })
  documentTitle: string | null;

  @Field(() => DocumentKindEnum, { nullable: true, description: "The shared document's kind" })
  documentKind: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A calendar range's first day (yyyy-mm-dd, the brand's time zone)",
  })
  calendarFrom: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The day after a calendar range's last day (yyyy-mm-dd)",
  })
  calendarTo: string | null;

  @Field(() => [SocialNetwork], {
    nullable: true,
    description: "A calendar range's networks filter; null for every network",
  })
  networks: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "A calendar range's categories filter; null for every category",
  })
  categoryIds: string[] | null;

  @Field(() => ShareCapabilityEnum, { description: 'What the guest may do' })
  capability: string;

  @Field({ description: 'Who it is for ("Client — Lotus marketing team")' })
  label: string;

  @Field(() => Date, { nullable: true, description: 'When it stops opening; null for never' })
  expiresAt: Date | null;

  @Field({ description: 'Whether opening it asks for a password' })
  hasPassword: boolean;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who created it (display name)' })
  createdByName: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked' })
  revokedAt: Date | null;

  @Field(() => ShareLinkStatusEnum, { description: 'Active, expired or revoked' })
  status: ShareLinkStatus;

  @Field(() => Date, { nullable: true, description: 'When a guest last opened it' })
  lastOpenedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The name the last guest gave' })
  lastOpenedByName: string | null;

  @Field(() => Int, { description: 'How many times guests opened it (redemptions)' })
  openCount: number;
}

@ObjectType('CreatedShareLink', {
  description: 'A new share link and its URL: the only time the token is shown',
})
export class CreatedShareLinkModel {
  @Field(() => ShareLinkModel, { description: 'The link' })
  link: ShareLinkModel;

  @Field({ description: 'The URL to give the client (PUBLIC_URL/s/<token>); shown once' })
  url: string;
}

@ObjectType('ShareLinkPreview', {
  description: 'What a guest sees before opening a link (any dead link answers NOT_FOUND)',
})
export class ShareLinkPreviewModel {
  @Field({ description: "The link's label" })
  label: string;

  @Field(() => ShareCapabilityEnum, { description: 'What the guest will be able to do' })
  capability: string;

  @Field({ description: 'Whether redeeming needs the password' })
  needsPassword: boolean;

  @Field({
    description:
      'Whether redeeming needs an email (approve links when mail is configured; confirmed by a one-time code)',
  })
  needsEmail: boolean;

  @Field(() => ShareResourceKindEnum, {
    description: 'A document, a calendar range or the KPI report',
  })
  resourceKind: ShareResourceKind;

  @Field(() => String, { nullable: true, description: "The document's title" })
  documentTitle: string | null;

  @Field(() => DocumentKindEnum, { nullable: true, description: "The document's kind" })
  documentKind: string | null;

  @Field({ description: "The brand's name" })
  brandName: string;

  @Field({
    description:
      "Whether the server sends email; without it an approval is recorded with the guest's name and the link's label",
  })
  smtpConfigured: boolean;
}

@ObjectType('GuestSession', { description: 'The guest the request comes from, on its one link' })
export class GuestSessionModel {
  @Field({ description: 'The name the guest gave' })
  name: string;

  @Field(() => ShareCapabilityEnum, { description: "The link's capability" })
  capability: string;

  @Field({
    description:
      'Whether the guest confirmed an email by its one-time code (approve links need it when mail is configured)',
  })
  emailConfirmed: boolean;

  @Field({
    description:
      'Whether the guest must still enter the code emailed to them before deciding (confirmGuestEmail)',
  })
  emailConfirmationPending: boolean;

  @Field(() => ShareResourceKindEnum, {
    description: 'A document, a calendar range or the KPI report',
  })
  resourceKind: ShareResourceKind;

  @Field(() => ID, { description: 'The brand (for calendarPosts of a calendar range)' })
  brandId: string;

  @Field(() => ID, { nullable: true, description: 'The shared document' })
  documentId: string | null;

  @Field(() => DocumentKindEnum, { nullable: true, description: "The shared document's kind" })
  documentKind: string | null;

  @Field(() => String, { nullable: true, description: "The shared document's title" })
  documentTitle: string | null;

  @Field(() => String, { nullable: true, description: "A calendar range's first day (yyyy-mm-dd)" })
  calendarFrom: string | null;

  @Field(() => String, { nullable: true, description: 'The day after its last day (yyyy-mm-dd)' })
  calendarTo: string | null;

  @Field(() => [SocialNetwork], { nullable: true, description: "A calendar range's networks" })
  networks: string[] | null;

  @Field(() => [ID], { nullable: true, description: "A calendar range's categories" })
  categoryIds: string[] | null;

  @Field({ description: "The brand's name" })
  brandName: string;

  @Field({ description: "The brand's IANA time zone (the calendar's clock)" })
  brandTimeZone: string;

  @Field({ description: "The link's label" })
  label: string;

  @Field({ description: 'Whether the server sends email' })
  smtpConfigured: boolean;
}
