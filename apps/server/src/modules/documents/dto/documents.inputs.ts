import { Field, ID, InputType } from '@nestjs/graphql';
import { DocumentKindEnum } from '../document.model.js';

@InputType({ description: 'A new document' })
export class CreateDocumentInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => DocumentKindEnum, { description: 'Strategy, media plan or post' })
  kind: 'strategy' | 'media_plan' | 'post';

  @Field({ description: 'Title (1-200 characters)' })
  title: string;
}

@InputType({ description: 'A new title for a document' })
export class RenameDocumentInput {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field({ description: 'Title (1-200 characters)' })
  title: string;
}
