import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEntry', { description: 'One line of the workspace activity (audit log)' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'The entry id' })
  id: string;

  @Field({ description: 'When it happened' })
  occurredAt: Date;

  @Field({ description: 'What happened, e.g. member.role_changed or document.archived' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'Who did it; null for the system' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's display name" })
  actorName: string | null;

  @Field(() => ID, { nullable: true, description: 'The brand it concerns, if any' })
  brandId: string | null;

  @Field(() => String, { nullable: true, description: "The brand's current name" })
  brandName: string | null;

  @Field(() => ID, { nullable: true, description: 'The document it concerns, if any' })
  documentId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The document's current title (or its title then, when it is gone)",
  })
  documentTitle: string | null;

  @Field({ description: 'member, invitation, team, brand, document or version' })
  subjectType: string;

  @Field(() => ID, { description: 'The id of what it happened to' })
  subjectId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The name of what it happened to at the time (a member, team, brand, title…)',
  })
  subjectName: string | null;

  @Field(() => String, { nullable: true, description: 'The value before, where one changed' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, where one changed' })
  after: string | null;
}

@ObjectType('AuditPage', { description: 'A page of the audit log, newest first' })
export class AuditPageModel {
  @Field(() => [AuditEntryModel], { description: 'The entries of this page' })
  entries: AuditEntryModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null when the page is empty',
  })
  endCursor: string | null;

  @Field({ description: 'Whether more entries follow' })
  hasMore: boolean;
}

@InputType('AuditFilter', { description: 'Narrows the audit log; all fields optional' })
export class AuditFilterInputModel {
  @Field(() => ID, { nullable: true, description: 'Only what this person did' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this brand' })
  brandId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action' })
  action?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'From this instant (ISO 8601 date or date-time), inclusive',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Until this instant (ISO 8601 date or date-time), exclusive',
  })
  to?: string | null;
}

@ObjectType('ParkedJob', {
  description: 'A background reaction to an event that failed every retry and waits for a look',
})
export class ParkedJobModel {
  @Field(() => ID, { description: 'The job id' })
  jobId: string;

  @Field({ description: 'The processor that failed, e.g. audit' })
  processor: string;

  @Field(() => ID, { description: 'The event it was reacting to' })
  eventId: string;

  @Field({ description: "The event's type" })
  eventType: string;

  @Field({ description: 'The error of the last attempt' })
  error: string;

  @Field(() => Int, { description: 'How many times it ran' })
  attempts: number;

  @Field({ description: 'When it was parked' })
  failedAt: Date;
}
