import {
  POST_FORMATS,
  POST_STATUSES,
  type PostFormat as PostFormatId,
  type PostStatus as PostStatusId,
} from '@chorus/post-model';
import { registerEnumType } from '@nestjs/graphql';

/** The statuses of @chorus/post-model as a GraphQL enum (names upper-cased). */
export const PostStatusEnum = Object.fromEntries(
  POST_STATUSES.map((status) => [status.toUpperCase(), status]),
) as { readonly [K in PostStatusId as Uppercase<K>]: K };

/** The formats of @chorus/post-model as a GraphQL enum (names upper-cased). */
export const PostFormatEnum = Object.fromEntries(
  POST_FORMATS.map((format) => [format.toUpperCase(), format]),
) as { readonly [K in PostFormatId as Uppercase<K>]: K };

export const TimeAdjustmentKindEnum = { GAP: 'gap', OVERLAP: 'overlap' } as const;

/** A post's approval state, from its latest approval request. */
export const ApprovalStateEnum = {
  NONE: 'none',
  PENDING: 'pending',
  CHANGES_REQUESTED: 'changes_requested',
  REJECTED: 'rejected',
  APPROVED: 'approved',
} as const;
export type ApprovalState = (typeof ApprovalStateEnum)[keyof typeof ApprovalStateEnum];

registerEnumType(ApprovalStateEnum, {
  name: 'ApprovalState',
  description:
    "A post's approval state from its latest request: NONE (never submitted, or withdrawn), PENDING, CHANGES_REQUESTED, REJECTED, APPROVED",
});

registerEnumType(PostStatusEnum, {
  name: 'PostStatus',
  description:
    'Where a post is in its life: draft → ready → scheduled → published, or archived (transitionPost moves it along the machine); with an approval flow, in_review while a request is open and approved after its last approval (approvals alone set these)',
});
registerEnumType(PostFormatEnum, {
  name: 'PostFormat',
  description: 'What the post is on the network: text, image, carousel, video, story, reel, live',
});
registerEnumType(TimeAdjustmentKindEnum, {
  name: 'TimeAdjustmentKind',
  description:
    'GAP: the local time does not exist (clocks move forward), moved forward by the gap; OVERLAP: it happens twice (clocks move back), the earlier one is used',
});
