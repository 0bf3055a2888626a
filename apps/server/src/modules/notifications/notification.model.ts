import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export const NotificationEmailModeEnum = { IMMEDIATE: 'immediate', DAILY: 'daily' } as const;

registerEnumType(NotificationEmailModeEnum, {
  name: 'NotificationEmailMode',
  description: 'How emails of a kind go out: at once, or gathered in one daily digest',
});

@ObjectType('NotificationLink', { description: 'Where a notification leads (a deep link)' })
export class NotificationLinkModel {
  @Field(() => ID, { description: 'The workspace it happened in' })
  workspaceId: string;

  @Field(() => ID, { nullable: true, description: 'The brand, if any' })
  brandId: string | null;

  @Field(() => String, { nullable: true, description: "The brand's current name" })
  brandName: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The document (post, strategy, media plan), if any',
  })
  documentId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The document's kind: post, strategy, media_plan",
  })
  documentKind: string | null;

  @Field(() => String, { nullable: true, description: "The document's current title" })
  documentTitle: string | null;
}

@ObjectType('NotificationParam', { description: 'A value the title shows, by name' })
export class NotificationParamModel {
  @Field({ description: 'The placeholder, e.g. name' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Its value at the time' })
  value: string | null;
}

@ObjectType('Notification', { description: 'Something the signed-in person is told about' })
export class NotificationModel {
  @Field(() => ID, { description: 'The notification id' })
  id: string;

  @Field({ description: 'Its kind, e.g. post_assigned (see notificationPreferences)' })
  kind: string;

  @Field({ description: "The web app's i18n key of its title" })
  titleKey: string;

  @Field({ description: 'When it happened' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was marked read; null: unread' })
  readAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who did it (display name); null: the system',
  })
  actorName: string | null;

  @Field(() => [NotificationParamModel], {
    description: 'Values of the title: name (of the item at the time) and kind-specific ones',
  })
  params: NotificationParamModel[];

  @Field(() => NotificationLinkModel, { description: 'Where it leads' })
  link: NotificationLinkModel;
}

@ObjectType('NotificationPage', { description: "A page of one's notifications, newest first" })
export class NotificationPageModel {
  @Field(() => [NotificationModel], { description: 'The notifications of this page' })
  entries: NotificationModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor: string | null;

  @Field({ description: 'Whether older notifications follow' })
  hasMore: boolean;
}

@ObjectType('NotificationPreference', { description: "One's choice for one kind" })
export class NotificationPreferenceModel {
  @Field({ description: 'The kind' })
  kind: string;

  @Field({ description: "The web app's i18n key of the kind's title" })
  titleKey: string;

  @Field({ description: 'Shown in the notification centre' })
  inApp: boolean;

  @Field({ description: 'Emailed (when the server sends email)' })
  email: boolean;

  @Field(() => NotificationEmailModeEnum, { description: 'At once, or in the daily digest' })
  emailMode: 'immediate' | 'daily';
}

@InputType('NotificationPreferenceInput', { description: 'A new choice for one kind' })
export class NotificationPreferenceInput {
  @Field({ description: 'The kind (one of notificationPreferences)' })
  kind: string;

  @Field({ description: 'Shown in the notification centre' })
  inApp: boolean;

  @Field({ description: 'Emailed' })
  email: boolean;

  @Field(() => NotificationEmailModeEnum, { description: 'At once, or in the daily digest' })
  emailMode: 'immediate' | 'daily';
}
