import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const VersionKindEnum = {
  NAMED: 'named',
  AUTO: 'auto',
  RESTORE: 'restore',
  APPROVAL: 'approval',
} as const;
registerEnumType(VersionKindEnum, {
  name: 'VersionKind',
  description:
    'Why a version exists: named by someone, automatic, the result of a restore, or submitted for approval',
});

@ObjectType('VersionApprover', { description: 'Someone whose approval a version holds' })
export class VersionApproverModel {
  @Field(() => ID, {
    nullable: true,
    description: 'The approver (null once their account is gone)',
  })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'Their display name at the time' })
  name: string | null;

  @Field(() => Int, { description: 'The step of the flow they approved at (0-based)' })
  stepIndex: number;

  @Field({ description: 'When they approved' })
  approvedAt: Date;
}

@ObjectType('VersionApproval', { description: 'The approval a version received' })
export class VersionApprovalModel {
  @Field({ description: 'When the last step approved it' })
  approvedAt: Date;

  @Field(() => ID, { description: 'The approval request that approved it' })
  requestId: string;

  @Field(() => [VersionApproverModel], { description: 'Who approved it, step by step' })
  approvers: VersionApproverModel[];
}

@ObjectType('DocumentVersion', { description: 'A saved state of a document' })
export class DocumentVersionModel {
  @Field(() => ID, { description: 'The version id' })
  id: string;

  @Field(() => ID, { description: 'The document it belongs to' })
  documentId: string;

  @Field(() => Int, { description: '1, 2, 3… per document, in the order they were made' })
  number: number;

  @Field(() => VersionKindEnum, { description: 'Named, automatic, restore or approval' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'The name it was given, if any' })
  name: string | null;

  @Field(() => ID, { nullable: true, description: 'Who made it; null for automatic ones' })
  authorId: string | null;

  @Field(() => String, { nullable: true, description: "The author's display name" })
  authorName: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For restores: the number of the version brought back',
  })
  restoredFrom: number | null;

  @Field(() => VersionApprovalModel, {
    nullable: true,
    description: 'Set when an approval flow approved exactly this version',
  })
  approval: VersionApprovalModel | null;

  @Field(() => Int, { description: 'Size of the saved state in bytes' })
  sizeBytes: number;

  @Field({ description: 'When it was made' })
  createdAt: Date;
}

@ObjectType('DocumentVersionState', { description: 'A version with its content' })
export class DocumentVersionStateModel {
  @Field(() => DocumentVersionModel, { description: 'The version' })
  version: DocumentVersionModel;

  @Field({
    description: 'The whole content as one Yjs update (base64); apply it to an empty Y.Doc',
  })
  state: string;
}
