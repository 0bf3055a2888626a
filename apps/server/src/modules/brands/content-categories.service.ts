import {
  CATEGORY_COLORS,
  DEFAULT_CONTENT_CATEGORIES,
  isCategoryColor,
  MAX_CONTENT_CATEGORIES,
} from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFoundAs } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import { AccessService, isUuid, type Principal } from '../access/index.js';
import { actorOf, EventLog } from '../events/index.js';
import { assertBrandActive } from './brand-rules.js';
import type { BrandEntity } from './brand.entity.js';
import { ContentCategoryEntity } from './content-category.entity.js';
import type {
  CreateContentCategoryInput,
  UpdateContentCategoryInput,
} from './dto/content-categories.inputs.js';

/** Writes the articles' starting categories for a new brand (inside its creating transaction). */
export async function seedContentCategories(
  manager: EntityManager,
  brandId: string,
): Promise<void> {
  await manager.insert(
    ContentCategoryEntity,
    DEFAULT_CONTENT_CATEGORIES.map((category, position) => ({
      brandId,
      key: category.key,
      name: category.name,
      promotional: category.promotional,
      color: category.color,
      position,
    })),
  );
}

/**
 * A brand's content categories (rubrics): everyone on the brand reads them; those who
 * write its content add, rename, recolour and remove them. A category posts still use
 * cannot be removed (the posts would silently lose it): CONFLICT.
 */
@Injectable()
export class ContentCategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: EventLog,
  ) {}

  async list(principal: Principal, brandId: string): Promise<ContentCategoryEntity[]> {
    await this.access.authorizeBrand(principal, brandId, 'brand.read');
    return this.dataSource.manager.find(ContentCategoryEntity, {
      where: { brandId },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  async create(
    principal: Principal,
    input: CreateContentCategoryInput,
  ): Promise<ContentCategoryEntity> {
    const { brand } = await this.access.authorizeBrand(
      principal,
      input.brandId,
      'contentCategory.manage',
    );
    assertBrandActive(brand);
    const name = validName(input.name, 'name', 60);
    const color = validColor(input.color ?? 'gray');
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.find(ContentCategoryEntity, { where: { brandId: brand.id } });
      if (existing.length >= MAX_CONTENT_CATEGORIES) {
        throw AppError.validation(
          'brandId',
          `A brand keeps at most ${MAX_CONTENT_CATEGORIES} categories.`,
        );
      }
      assertUniqueName(existing, name, null);
      const category = await manager.save(
        manager.create(ContentCategoryEntity, {
          brandId: brand.id,
          key: null,
          name,
          promotional: input.promotional ?? false,
          color,
          position: Math.max(-1, ...existing.map((c) => c.position)) + 1,
        }),
      );
      await this.record(manager, principal, brand, { category: name, change: 'added' });
      return category;
    });
  }

  async update(
    principal: Principal,
    input: UpdateContentCategoryInput,
  ): Promise<ContentCategoryEntity> {
    const { category, brand } = await this.requireManage(principal, input.categoryId);
    const changes: Partial<ContentCategoryEntity> = {};
    if (input.name != null) changes.name = validName(input.name, 'name', 60);
    if (input.color != null) changes.color = validColor(input.color);
    if (input.promotional != null) changes.promotional = input.promotional;
    if (input.position != null) {
      if (!Number.isInteger(input.position) || input.position < 0 || input.position > 1000) {
        throw AppError.validation('position', 'Position is a whole number from 0 to 1000.');
      }
      changes.position = input.position;
    }
    if (Object.keys(changes).length === 0) return category;
    return this.dataSource.transaction(async (manager) => {
      if (changes.name !== undefined) {
        const siblings = await manager.find(ContentCategoryEntity, {
          where: { brandId: brand.id },
        });
        assertUniqueName(siblings, changes.name, category.id);
      }
      await manager.update(ContentCategoryEntity, { id: category.id }, changes);
      await this.record(manager, principal, brand, {
        category: changes.name ?? category.name,
        change: 'changed',
        ...(changes.name !== undefined && changes.name !== category.name
          ? { before: category.name, after: changes.name }
          : {}),
        ...(changes.promotional !== undefined ? { promotional: changes.promotional } : {}),
      });
      return { ...category, ...changes };
    });
  }

  /** Removes a category no post uses; CONFLICT (and nothing removed) while posts use it. */
  async delete(principal: Principal, categoryId: string): Promise<ContentCategoryEntity> {
    const { category, brand } = await this.requireManage(principal, categoryId);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.delete(ContentCategoryEntity, { id: category.id });
        await this.record(manager, principal, brand, {
          category: category.name,
          change: 'removed',
        });
      });
    } catch (error) {
      // posts.category_id references it (ON DELETE RESTRICT)
      // foreign_key_violation, or restrict_violation (PostgreSQL 15+ for ON DELETE RESTRICT)
      if (['23503', '23001'].includes(sqlState(error) ?? '')) {
        throw AppError.conflict(
          `Posts still use "${category.name}": move them to another category first.`,
          'categoryId',
        );
      }
      throw error;
    }
    return category;
  }

  private async requireManage(
    principal: Principal,
    categoryId: string,
  ): Promise<{ category: ContentCategoryEntity; brand: BrandEntity }> {
    this.access.requireUser(principal);
    const category = isUuid(categoryId)
      ? await this.dataSource.manager.findOneBy(ContentCategoryEntity, { id: categoryId })
      : null;
    if (!category) throw AppError.notFound('The category');
    const { brand } = await this.access
      .authorizeBrand(principal, category.brandId, 'contentCategory.manage')
      .catch(notFoundAs('The category'));
    assertBrandActive(brand);
    return { category, brand };
  }

  private async record(
    manager: EntityManager,
    principal: Principal,
    brand: BrandEntity,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type: 'brand.updated',
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      actorId: actorOf(principal),
      subject: { type: 'brand', id: brand.id },
      data: { name: brand.name, fields: ['contentCategories'], ...data },
    });
  }
}

/**
 * The SQLSTATE of a failed query. Read by shape: under the embedded database the error is
 * not always an instance of this module's copy of TypeORM's QueryFailedError.
 */
function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const state = code ?? driverError?.code;
  return typeof state === 'string' ? state : undefined;
}

function validColor(color: string): string {
  if (!isCategoryColor(color)) {
    throw AppError.validation('color', `Choose one of: ${CATEGORY_COLORS.join(', ')}.`);
  }
  return color;
}

function assertUniqueName(
  categories: ContentCategoryEntity[],
  name: string,
  exceptId: string | null,
): void {
  const folded = name.toLocaleLowerCase();
  if (categories.some((c) => c.id !== exceptId && c.name.toLocaleLowerCase() === folded)) {
    throw AppError.conflict(`The brand already has a category "${name}".`, 'name');
  }
}
