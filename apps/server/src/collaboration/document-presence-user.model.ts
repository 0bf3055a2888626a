import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DocumentPresenceUser', { description: 'Someone who has a document open now' })
export class DocumentPresenceUserModel {
  @Field(() => ID, { description: 'The user id' })
  id: string;

  @Field({ description: 'Display name' })
  name: string;

  @Field({ description: 'Their caret colour (CSS colour)' })
  color: string;
}
