import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new account' })
export class SignUpInput {
  @Field({ description: 'Email address; becomes the sign-in name' })
  email: string;

  @Field({ description: 'At least 10 characters; see the password rules' })
  password: string;

  @Field({ description: 'The name colleagues see (1-100 characters)' })
  displayName: string;
}

@InputType({ description: 'Credentials to sign in with' })
export class SignInInput {
  @Field({ description: 'Email address' })
  email: string;

  @Field({ description: 'Password' })
  password: string;
}

@InputType({ description: 'A password change; signs out every other session' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now' })
  currentPassword: string;

  @Field({ description: 'The new password' })
  newPassword: string;
}

@InputType({ description: "Changes to one's own profile; omitted fields stay as they are" })
export class UpdateProfileInput {
  @Field({ nullable: true, description: 'The name colleagues see (1-100 characters)' })
  displayName?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Interface language: en, vi, fa, he, uk or th',
  })
  interfaceLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Ho_Chi_Minh' })
  timeZone?: string | null;
}
