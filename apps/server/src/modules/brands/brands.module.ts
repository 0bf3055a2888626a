import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrandTeamEntity } from './brand-team.entity.js';
import { BrandEntity } from './brand.entity.js';
import { BrandsResolver, WorkspaceBrandsResolver } from './brands.resolver.js';
import { BrandsService } from './brands.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([BrandEntity, BrandTeamEntity])],
  providers: [BrandsService, BrandsResolver, WorkspaceBrandsResolver],
  exports: [BrandsService],
})
export class BrandsModule {}
