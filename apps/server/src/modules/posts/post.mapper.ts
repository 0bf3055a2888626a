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

/** The one mapper from the post module's rows to its GraphQL types. */
export function toPostModel(row: PostRow, canEdit: boolean): PostModel {
  const archived = row.status === 'archived' || row.documentArchivedAt !== null;
  return Object.assign(new PostModel(), {
    id: row.id,
    brandId: row.brandId,
    title: row.title,
    networks: row.networks as NetworkId[],
    publishAt: row.publishAt,
    publishAtLocal: row.publishAtLocal,
    timeZone: row.timeZone,
    format: row.format as PostFormat,
    category: row.categoryId
      ? Object.assign(new PostCategoryModel(), {
          id: row.categoryId,
          name: row.categoryName ?? '',
          key: row.categoryKey,
          color: row.categoryColor ?? 'gray',
          promotional: row.categoryPromotional ?? false,
        })
      : null,
    promotional: row.promotional,
    promotionalOverride: row.promotionalOverride,
    goalId: row.goalId,
    mediaPlanId: row.mediaPlanId,
    mediaPlanRowId: row.mediaPlanRowId,
    assignee: row.assigneeId
      ? Object.assign(new PostPersonModel(), {
          id: row.assigneeId,
          displayName: row.assigneeName ?? '',
        })
      : null,
    status: row.status,
    nextStatuses: row.documentArchivedAt ? [] : [...nextStatuses(row.status)],
    approvalState: approvalStateOf(row),
    approvalFlagged: approvalFlagged(row, new Date()),
    archived,
    canEdit: canEdit && !archived,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
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
  return Object.assign(new CalendarPostsModel(), {
    brandId: result.brandId,
    timeZone: result.timeZone,
    from: result.from,
    to: result.to,
    canEdit: result.canEdit,
    promotionCapPercent: result.promotionCapPercent,
    posts: result.rows.map((row) => toPostModel(row, result.canEdit)),
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
