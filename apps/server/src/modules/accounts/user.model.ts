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

  @Field(() => String, {
    nullable: true,
    description:
      "Interface language (en, vi, fa, he, uk, th); only on one's own account, null when not chosen",
  })
  interfaceLanguage: string | null;

  @Field(() => String, {
    nullable: true,
    description: "IANA time zone; only on one's own account, null when not chosen",
  })
  timeZone: string | null;

  /** `self`: the signed-in person's own account, whose preferences they may read. */
  static from(entity: UserEntity, { self = false }: { self?: boolean } = {}): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      createdAt: entity.createdAt,
      interfaceLanguage: self ? entity.interfaceLanguage : null,
      timeZone: self ? entity.timeZone : null,
    });
  }
}

@ObjectType('AuthPayload', { description: 'The result of signing up or in' })
export class AuthPayloadModel {
  @Field(() => UserModel, { description: 'The signed-in user' })
  user: UserModel;
}
