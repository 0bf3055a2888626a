import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/**
 * Filled by the kind modules (defineDocumentKind) before the schema is built: the core
 * names no kind.
 */
export const DocumentKindEnum: Record<string, string> = {};
registerEnumType(DocumentKindEnum, {
  name: 'DocumentKind',
  description: 'What a co-edited document is',
});

export const CapabilityEnum = { EDIT: 'edit', COMMENT: 'comment', VIEW: 'view' } as const;
registerEnumType(CapabilityEnum, {
  name: 'Capability',
  description: 'What a person may do with a document: edit, comment, or only view',
});

@ObjectType('Document', { description: 'A co-edited document of a brand' })
export class DocumentModel {
  @Field(() => ID, { description: 'The document id; its socket is /collab/<id>' })
  id: string;

  @Field(() => ID, { description: 'The brand it belongs to' })
  brandId: string;

  @Field(() => DocumentKindEnum, { description: 'Strategy, media plan or post' })
  kind: string;

  @Field({ description: 'The title' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The language it is written in (en, vi, fa, he, uk, th), when known',
  })
  language: string | null;

  @Field(() => ID, { nullable: true, description: 'Who created it' })
  createdBy: string | null;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field({ description: 'When its title or state last changed' })
  updatedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When someone last changed its content (to within a few seconds)',
  })
  lastEditedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who last changed its content' })
  lastEditedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was archived; null while active' })
  archivedAt: Date | null;

  @Field(() => CapabilityEnum, { description: 'What the signed-in user may do with it' })
  myCapability: string;
}

@ObjectType('CollabTicket', {
  description: 'A short-lived pass to open one document over the socket',
})
export class CollabTicketModel {
  @Field({ description: 'Pass it as the `ticket` query parameter of /collab/<documentId>' })
  ticket: string;

  @Field({ description: 'The socket path to connect to' })
  path: string;

  @Field({ description: 'When the ticket stops opening new connections' })
  expiresAt: Date;

  @Field(() => CapabilityEnum, { description: 'What the connection will be allowed to do' })
  capability: string;
}
