import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { ContentCategoriesService } from './content-categories.service.js';
import { ContentCategoryModel, toContentCategoryModel } from './content-category.model.js';
import {
  CreateContentCategoryInput,
  UpdateContentCategoryInput,
} from './dto/content-categories.inputs.js';

@Resolver(() => ContentCategoryModel)
export class ContentCategoriesResolver {
  constructor(private readonly categories: ContentCategoriesService) {}

  @Query(() => [ContentCategoryModel], {
    description: "A brand's content categories (rubrics), in list order",
  })
  async contentCategories(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<ContentCategoryModel[]> {
    return (await this.categories.list(principal, brandId)).map(toContentCategoryModel);
  }

  @Mutation(() => ContentCategoryModel, { description: 'Adds a content category to a brand' })
  async createContentCategory(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateContentCategoryInput,
  ): Promise<ContentCategoryModel> {
    return toContentCategoryModel(await this.categories.create(principal, input));
  }

  @Mutation(() => ContentCategoryModel, {
    description: 'Renames, recolours, reorders a content category or changes its promotional flag',
  })
  async updateContentCategory(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateContentCategoryInput,
  ): Promise<ContentCategoryModel> {
    return toContentCategoryModel(await this.categories.update(principal, input));
  }

  @Mutation(() => ContentCategoryModel, {
    description: 'Removes a content category no post uses (CONFLICT while posts use it)',
  })
  async deleteContentCategory(
    @CurrentPrincipal() principal: Principal,
    @Args('categoryId', { type: () => ID }) categoryId: string,
  ): Promise<ContentCategoryModel> {
    return toContentCategoryModel(await this.categories.delete(principal, categoryId));
  }
}
