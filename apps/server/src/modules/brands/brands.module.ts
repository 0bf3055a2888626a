import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrandTeamEntity } from './brand-team.entity.js';
import { BrandEntity } from './brand.entity.js';
import { BrandsResolver, WorkspaceBrandsResolver } from './brands.resolver.js';
import { BrandsService } from './brands.service.js';
import { ContentCategoriesResolver } from './content-categories.resolver.js';
import { ContentCategoriesService } from './content-categories.service.js';
import { ContentCategoryEntity } from './content-category.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([BrandEntity, BrandTeamEntity, ContentCategoryEntity])],
  providers: [
    BrandsService,
    BrandsResolver,
    WorkspaceBrandsResolver,
    ContentCategoriesService,
    ContentCategoriesResolver,
  ],
  exports: [BrandsService, ContentCategoriesService],
})
export class BrandsModule {}
