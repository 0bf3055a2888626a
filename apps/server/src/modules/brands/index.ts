export { assertBrandActive } from './brand-rules.js';
export { BrandTeamEntity } from './brand-team.entity.js';
export { BrandEntity } from './brand.entity.js';
export { BrandsModule } from './brands.module.js';
export { BrandsService } from './brands.service.js';
export { ContentCategoriesService, seedContentCategories } from './content-categories.service.js';
export { ContentCategoryEntity } from './content-category.entity.js';
export { SocialNetwork } from './social-network.js';
