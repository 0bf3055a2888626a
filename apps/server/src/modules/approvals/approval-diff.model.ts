import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DocumentKindEnum } from '../documents/index.js';
import { DiffOpEnum } from './approval-enums.js';

@ObjectType('DiffPart', { description: 'A run of words: unchanged, inserted or deleted' })
export class DiffPartModel {
  @Field(() => DiffOpEnum, { description: 'Unchanged, inserted or deleted' })
  op: string;

  @Field({ description: 'The words, with their spacing' })
  text: string;
}

@ObjectType('MediaPlanRowRef', { description: 'A row of a media plan, named' })
export class MediaPlanRowRefModel {
  @Field({ description: 'The row id' })
  rowId: string;

  @Field({ description: 'PAID, OWNED or EARNED' })
  block: string;

  @Field({ description: 'Its channel' })
  channel: string;

  @Field({ description: 'Its activity' })
  activity: string;
}

@ObjectType('MediaPlanCellChange', { description: 'A cell (or row field) that changed, old → new' })
export class MediaPlanCellChangeModel {
  @Field({ description: 'The row id' })
  rowId: string;

  @Field({ description: 'A period key (e.g. 2026-03) or a row field (channel, activity…)' })
  column: string;

  @Field({ description: 'budget, quantity, note, or the row field' })
  field: string;

  @Field({ description: 'The old value (budgets in minor units)' })
  before: string;

  @Field({ description: 'The new value' })
  after: string;
}

@ObjectType('MediaPlanTotalsChange', { description: 'Totals before → after' })
export class MediaPlanTotalsChangeModel {
  @Field({ description: "'overall' or a block (PAID, OWNED, EARNED)" })
  scope: string;

  @Field(() => Float, { description: 'Budget before (minor units)' })
  budgetBefore: number;

  @Field(() => Float, { description: 'Budget after (minor units)' })
  budgetAfter: number;

  @Field(() => Float, { description: 'Quantity before' })
  quantityBefore: number;

  @Field(() => Float, { description: 'Quantity after' })
  quantityAfter: number;
}

@ObjectType('MediaPlanDiff', { description: 'A media plan compared cell by cell' })
export class MediaPlanDiffModel {
  @Field(() => [MediaPlanRowRefModel], { description: 'Rows added' })
  rowsAdded: MediaPlanRowRefModel[];

  @Field(() => [MediaPlanRowRefModel], { description: 'Rows removed' })
  rowsRemoved: MediaPlanRowRefModel[];

  @Field(() => [MediaPlanCellChangeModel], { description: 'Cells and row fields changed' })
  cellsChanged: MediaPlanCellChangeModel[];

  @Field(() => [MediaPlanTotalsChangeModel], {
    description: 'The overall totals, then each block whose totals changed',
  })
  totals: MediaPlanTotalsChangeModel[];

  @Field({ description: 'The plan currency (ISO 4217)' })
  currency: string;
}

@ObjectType('VersionDiff', { description: 'What changed between two versions of a document' })
export class VersionDiffModel {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field(() => DocumentKindEnum, { description: 'Its kind' })
  documentKind: string;

  @Field(() => ID, { description: 'The older version' })
  fromVersionId: string;

  @Field(() => ID, { description: 'The newer version' })
  toVersionId: string;

  @Field(() => [DiffPartModel], {
    nullable: true,
    description: 'Posts and strategies: a word diff of the plain text',
  })
  words: DiffPartModel[] | null;

  @Field(() => MediaPlanDiffModel, {
    nullable: true,
    description: 'Media plans: a cell-level diff',
  })
  mediaPlan: MediaPlanDiffModel | null;
}
