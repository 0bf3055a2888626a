import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A named version of the current content' })
export class CreateDocumentVersionInput {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field({ description: 'Name (1-200 characters), e.g. "Sent to the client"' })
  name: string;
}
