import { Module } from '@nestjs/common';
import { BrandsResolver, WorkspaceBrandsResolver } from './brands.resolver.js';
import { BrandsService } from './brands.service.js';

@Module({
  providers: [BrandsService, BrandsResolver, WorkspaceBrandsResolver],
  exports: [BrandsService],
})
export class BrandsModule {}
