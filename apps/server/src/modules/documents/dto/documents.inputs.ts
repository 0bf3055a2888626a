import { Field, ID, InputType } from '@nestjs/graphql';
import { DocumentKindEnum } from '../document.model.js';
import { MediaPlanSettingsInput } from './media-plan-settings.input.js';

@InputType({ description: 'A new document' })
export class CreateDocumentInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => DocumentKindEnum, { description: 'Strategy, media plan or post' })
  kind: 'strategy' | 'media_plan' | 'post';

  @Field({ description: 'Title (1-200 characters)' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The language it is written in: en, vi, fa, he, uk or th',
  })
  language?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Start from the kind's template (strategies: the 17-section SMM strategy)",
  })
  fromTemplate?: boolean | null;

  @Field(() => MediaPlanSettingsInput, {
    nullable: true,
    description:
      'Media plans: flight, period and currency (default: the next three months, by month, USD)',
  })
  mediaPlan?: MediaPlanSettingsInput | null;
}

@InputType({ description: 'A copy of a document with everything in it' })
export class DuplicateDocumentInput {
  @Field(() => ID, { description: 'The document to copy' })
  documentId: string;

  @Field({ description: 'Title of the copy (1-200 characters)' })
  title: string;
}

@InputType({ description: 'A new title for a document' })
export class RenameDocumentInput {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field({ description: 'Title (1-200 characters)' })
  title: string;
}
