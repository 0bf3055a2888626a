import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A new content category (rubric) of a brand' })
export class CreateContentCategoryInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ description: 'Name (1-60 characters, unique in the brand)' })
  name: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether its posts are promotional unless a post says otherwise (default false)',
  })
  promotional?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A palette colour: gray, red, pink, grape, violet, indigo, blue, cyan, teal, green, lime, yellow, orange (default gray)',
  })
  color?: string | null;
}

@InputType({ description: 'Changes to a content category; omitted fields stay as they are' })
export class UpdateContentCategoryInput {
  @Field(() => ID, { description: 'The category' })
  categoryId: string;

  @Field(() => String, { nullable: true, description: 'Name (1-60 characters)' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether its posts are promotional' })
  promotional?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A palette colour' })
  color?: string | null;

  @Field(() => Int, { nullable: true, description: 'Place in the list (0 first)' })
  position?: number | null;
}
