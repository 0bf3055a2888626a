import { can } from '@chorus/permissions';
import { isNetworkId, isPostFormat, type PostFormat } from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError, notFoundAs } from '../../platform/errors/index.js';
import { AccessService, isUuid, type Principal } from '../access/index.js';
import { MediaPlansService } from '../media-plans/index.js';
import { StrategiesService } from '../strategies/index.js';
import type { MediaPlanRowRefInput } from './dto/post.inputs.js';

/** Metadata fields as a client sends them: undefined keeps, null clears. */
export interface PostFieldsGiven {
  networks?: string[] | null;
  format?: string | null;
  categoryId?: string | null;
  promotional?: boolean | null;
  goalId?: string | null;
  mediaPlanRow?: MediaPlanRowRefInput | null;
  assigneeId?: string | null;
}

/** Checked metadata, as columns; only the keys that were given. */
export interface PostFieldsChecked {
  networks?: string[];
  format?: PostFormat;
  categoryId?: string | null;
  promotional?: boolean | null;
  goalId?: string | null;
  mediaPlanId?: string | null;
  mediaPlanRowId?: string | null;
  assigneeId?: string | null;
}

const MAX_ID = 100;

/**
 * Checks a post's metadata against the brand: its category, the goal (in one of the
 * brand's strategies), the media-plan row (in one of its plans) and the assignee (someone
 * with access to the brand). Runs before any transaction; VALIDATION names the field.
 */
@Injectable()
export class PostFieldsChecker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly strategies: StrategiesService,
    private readonly mediaPlans: MediaPlansService,
  ) {}

  async check(
    principal: Principal,
    brandId: string,
    given: PostFieldsGiven,
    prefix = '',
  ): Promise<PostFieldsChecked> {
    const field = (name: string) => `${prefix}${name}`;
    const checked: PostFieldsChecked = {};
    if (given.networks !== undefined) {
      const networks = [...new Set(given.networks ?? [])];
      if (networks.some((network) => !isNetworkId(network))) {
        throw AppError.validation(field('networks'), 'Choose networks from the list.');
      }
      checked.networks = networks;
    }
    if (given.format != null) {
      if (!isPostFormat(given.format)) {
        throw AppError.validation(field('format'), 'Choose a format from the list.');
      }
      checked.format = given.format;
    }
    if (given.categoryId !== undefined) {
      checked.categoryId =
        given.categoryId === null
          ? null
          : await this.category(brandId, given.categoryId, field('categoryId'));
    }
    if (given.promotional !== undefined) checked.promotional = given.promotional;
    if (given.goalId !== undefined) {
      checked.goalId =
        given.goalId === null
          ? null
          : await this.goal(principal, brandId, given.goalId, field('goalId'));
    }
    if (given.mediaPlanRow !== undefined) {
      const row = given.mediaPlanRow
        ? await this.planRow(principal, brandId, given.mediaPlanRow, field('mediaPlanRow'))
        : null;
      checked.mediaPlanId = row?.mediaPlanId ?? null;
      checked.mediaPlanRowId = row?.rowId ?? null;
    }
    if (given.assigneeId !== undefined) {
      checked.assigneeId =
        given.assigneeId === null
          ? null
          : await this.assignee(brandId, given.assigneeId, field('assigneeId'));
    }
    return checked;
  }

  private async category(brandId: string, id: string, field: string): Promise<string> {
    const [found] = isUuid(id)
      ? await this.dataSource.query<unknown[]>(
          'SELECT 1 FROM content_categories WHERE id = $1 AND brand_id = $2',
          [id, brandId],
        )
      : [];
    if (!found) throw AppError.validation(field, "Choose one of the brand's content categories.");
    return id;
  }

  private async goal(
    principal: Principal,
    brandId: string,
    id: string,
    field: string,
  ): Promise<string> {
    const goalId = id.trim();
    if (!goalId || goalId.length > MAX_ID) throw AppError.validation(field, 'Choose a goal.');
    const goals = await this.strategies.brandGoals(principal, brandId);
    if (!goals.some((goal) => goal.id === goalId)) {
      throw AppError.validation(field, "Choose a goal from one of the brand's strategies.");
    }
    return goalId;
  }

  private async planRow(
    principal: Principal,
    brandId: string,
    ref: MediaPlanRowRefInput,
    field: string,
  ): Promise<{ mediaPlanId: string; rowId: string }> {
    const rowId = ref.rowId.trim();
    if (!rowId || rowId.length > 64) throw AppError.validation(`${field}.rowId`, 'Choose a row.');
    const { view, plan } = await this.mediaPlans
      .read(principal, ref.mediaPlanId)
      .catch(notFoundAs('The media plan'));
    if (view.document.brandId !== brandId) throw AppError.notFound('The media plan');
    const rows = Object.values(plan.blocks).flat();
    if (!rows.some((row) => row.id === rowId)) {
      throw AppError.validation(`${field}.rowId`, 'The media plan has no such row.');
    }
    return { mediaPlanId: view.document.id, rowId };
  }

  private async assignee(brandId: string, userId: string, field: string): Promise<string> {
    const roles = isUuid(userId)
      ? ((await this.access.rolesOnBrands(userId, [brandId])).get(brandId) ?? [])
      : [];
    if (!can(roles, 'post.read')) {
      throw AppError.validation(
        field,
        'Assign the post to a member of the workspace who works on this brand.',
      );
    }
    return userId;
  }
}
