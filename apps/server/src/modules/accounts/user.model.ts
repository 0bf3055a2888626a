import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from './user.entity.js';

@ObjectType('User', { description: 'A person with a Chorus account' })
export class UserModel {
  @Field(() => ID, { description: 'The user id' })
  id: string;

  @Field({ description: 'The email the person signs in with' })
  email: string;

  @Field({ description: 'The name shown to colleagues' })
  displayName: string;

  @Field({ description: 'When the account was created' })
  createdAt: Date;

  static from(entity: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('AuthPayload', { description: 'The result of signing up or in' })
export class AuthPayloadModel {
  @Field(() => UserModel, { description: 'The signed-in user' })
  user: UserModel;
}
