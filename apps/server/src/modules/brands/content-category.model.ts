import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ContentCategoryEntity } from './content-category.entity.js';

@ObjectType('ContentCategory', {
  description: "One of a brand's content categories (rubrics) posts are planned by",
})
export class ContentCategoryModel {
  @Field(() => ID, { description: 'The category id' })
  id: string;

  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The starting category it was seeded as (entertainment, expertise, reputation, engagement, promotion), for translations; null for one the brand added',
  })
  key: string | null;

  @Field({ description: 'Name' })
  name: string;

  @Field({ description: 'Whether its posts are promotional unless a post says otherwise' })
  promotional: boolean;

  @Field({ description: 'Palette colour of the calendar' })
  color: string;

  @Field(() => Int, { description: 'Place in the list (0 first)' })
  position: number;
}

export function toContentCategoryModel(entity: ContentCategoryEntity): ContentCategoryModel {
  return Object.assign(new ContentCategoryModel(), {
    id: entity.id,
    brandId: entity.brandId,
    key: entity.key,
    name: entity.name,
    promotional: entity.promotional,
    color: entity.color,
    position: entity.position,
  });
}
