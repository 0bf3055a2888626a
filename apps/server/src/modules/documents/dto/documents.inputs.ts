import { Field, ID, InputType } from '@nestjs/graphql';
import { DocumentKindEnum } from '../document.model.js';

/**
 * A new document. Kinds add their own fields (media plans: `mediaPlan`) through
 * defineDocumentKind; only that kind may set them.
 */
@InputType({ description: 'A new document' })
export class CreateDocumentInput {
  [kindField: string]: unknown;

  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => DocumentKindEnum, { description: 'Strategy, media plan or post' })
  kind: string;

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
