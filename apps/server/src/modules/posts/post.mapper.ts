import { nextStatuses, type NetworkId, type PostFormat } from '@chorus/post-model';
import type { CalendarResult, MixResult } from './calendar.service.js';
import type { ApprovalState } from './post-enums.js';
import {
  ContentMixCategoryModel,
  ContentMixModel,
  ContentMixNetworkModel,
  ContentMixPeriodModel,
} from './content-mix.model.js';
import {
  CalendarPostsModel,
  PostCategoryModel,
  PostModel,
  PostPayloadModel,
  PostPersonModel,
  PublishTimeAdjustmentModel,
} from './post.model.js';
import type { PostRow } from './posts.repository.js';
import type { PostResult } from './posts.service.js';

/** The approval state the calendar shows: a withdrawn request counts as none. */
export function approvalStateOf(row: Pick<PostRow, 'approvalStatus'>): ApprovalState {
  const states: readonly string[] = ['pending', 'changes_requested', 'rejected', 'approved'];
  return row.approvalStatus && states.includes(row.approvalStatus)
    ? (row.approvalStatus as ApprovalState)
    : 'none';
}

/**
 * Flagged on the calendar: a flow applies, the post is not approved, and it is scheduled
 * or its publish time has come (published and archived posts are past caring).
 */
export function approvalFlagged(
  row: Pick<PostRow, 'approvalStatus' | 'needsApproval' | 'status' | 'publishAt'>,
  now: Date,
): boolean {
  if (!row.needsApproval || row.approvalStatus === 'approved') return false;
  if (row.status === 'published' || row.status === 'archived') return false;
  return row.status === 'scheduled' || (row.publishAt !== null && row.publishAt <= now);
}

/**
 * The one mapper from the post module's rows to its GraphQL types. A calendar maps up to
 * 5,000 rows per answer, so each model is filled in place (no intermediate objects).
 */
export function toPostModel(row: PostRow, canEdit: boolean, now = new Date()): PostModel {
  const archived = row.status === 'archived' || row.documentArchivedAt !== null;
  const model = new PostModel();
  model.id = row.id;
  model.brandId = row.brandId;
  model.title = row.title;
  model.networks = row.networks as NetworkId[];
  model.publishAt = row.publishAt;
  model.publishAtLocal = row.publishAtLocal;
  model.timeZone = row.timeZone;
  model.format = row.format as PostFormat;
  model.category = row.categoryId ? toCategory(row, row.categoryId) : null;
  model.promotional = row.promotional;
  model.promotionalOverride = row.promotionalOverride;
  model.goalId = row.goalId;
  model.mediaPlanId = row.mediaPlanId;
  model.mediaPlanRowId = row.mediaPlanRowId;
  model.assignee = row.assigneeId ? toPerson(row.assigneeId, row.assigneeName) : null;
  model.status = row.status;
  // The machine's lists are shared and read-only; GraphQL only reads them.
  model.nextStatuses = row.documentArchivedAt
    ? []
    : (nextStatuses(row.status) as PostModel['nextStatuses']);
  model.approvalState = approvalStateOf(row);
  model.approvalFlagged = approvalFlagged(row, now);
  model.archived = archived;
  model.canEdit = canEdit && !archived;
  model.createdAt = row.createdAt;
  model.updatedAt = row.updatedAt;
  return model;
}

function toCategory(row: PostRow, id: string): PostCategoryModel {
  const category = new PostCategoryModel();
  category.id = id;
  category.name = row.categoryName ?? '';
  category.key = row.categoryKey;
  category.color = row.categoryColor ?? 'gray';
  category.promotional = row.categoryPromotional ?? false;
  return category;
}

function toPerson(id: string, displayName: string | null): PostPersonModel {
  const person = new PostPersonModel();
  person.id = id;
  person.displayName = displayName ?? '';
  return person;
}

export function toPostPayload(result: PostResult): PostPayloadModel {
  return Object.assign(new PostPayloadModel(), {
    post: toPostModel(result.row, result.canEdit),
    publishTimeAdjustment: result.adjustment
      ? Object.assign(new PublishTimeAdjustmentModel(), result.adjustment)
      : null,
  });
}

export function toCalendarModel(result: CalendarResult): CalendarPostsModel {
  const now = new Date();
  return Object.assign(new CalendarPostsModel(), {
    brandId: result.brandId,
    timeZone: result.timeZone,
    from: result.from,
    to: result.to,
    canEdit: result.canEdit,
    promotionCapPercent: result.promotionCapPercent,
    posts: result.rows.map((row) => toPostModel(row, result.canEdit, now)),
    truncated: result.truncated,
  });
}

export function toContentMixModel(result: MixResult): ContentMixModel {
  const period = (p: MixResult['weeks'][number]) =>
    Object.assign(new ContentMixPeriodModel(), {
      ...p,
      byCategory: p.byCategory.map((c) => Object.assign(new ContentMixCategoryModel(), c)),
      byNetwork: p.byNetwork.map((n) =>
        Object.assign(new ContentMixNetworkModel(), { ...n, network: n.network as NetworkId }),
      ),
    });
  return Object.assign(new ContentMixModel(), {
    brandId: result.brandId,
    timeZone: result.timeZone,
    capPercent: result.capPercent,
    weeks: result.weeks.map(period),
    months: result.months.map(period),
  });
}
