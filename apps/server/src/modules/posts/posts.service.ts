import { can, type Role } from '@chorus/permissions';
import {
  canTransition,
  nextStatuses,
  statusAfterApproval,
  type ApprovalOutcome,
  type PostStatus,
} from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFoundAs } from '../../platform/errors/index.js';
import { AccessService, isUuid, type Principal } from '../access/index.js';
import { assertBrandActive } from '../brands/index.js';
import {
  DocumentsService,
  type CreatingDocument,
  type DocumentEntity,
  type KindRowsWriter,
} from '../documents/index.js';
import { actorOf, EventLog, type EventType } from '../events/index.js';
import type {
  CreatePostInput,
  MovePostInput,
  PostFieldsInput,
  TransitionPostInput,
  UpdatePostInput,
} from './dto/post.inputs.js';
import { PostFieldsChecker, type PostFieldsChecked } from './post-fields.js';
import { PostEntity } from './post.entity.js';
import { PostErrors } from './posts.errors.js';
import { PostsRepository, type PostRow } from './posts.repository.js';
import { resolvePublishTime, type PublishTimeAdjustment } from './publish-time.js';

/** A post as answered: its row, whether the caller may change it, and any DST adjustment. */
export interface PostResult {
  row: PostRow;
  canEdit: boolean;
  adjustment: PublishTimeAdjustment | null;
}

/**
 * A post's metadata: created with its document (through the documents core's create
 * step), changed field by field, moved on the calendar, and walked along the status
 * machine. Every change writes its event in the same transaction.
 */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly repository: PostsRepository,
    private readonly fields: PostFieldsChecker,
    private readonly events: EventLog,
  ) {}

  /**
   * The post kind's create step: checks the `post` field of the create input before the
   * document exists and answers the writer of its row and post.created event.
   */
  async prepareCreate({ principal, brand, input }: CreatingDocument): Promise<KindRowsWriter> {
    const given = (input.post ?? {}) as PostFieldsInput;
    const checked = await this.fields.check(principal, brand.id, given, 'post.');
    const time =
      given.publishAt != null
        ? resolvePublishTime(given.publishAt, brand.timeZone, 'post.publishAt')
        : null;
    return async (manager, document) => {
      await manager.insert(PostEntity, {
        documentId: document.id,
        brandId: document.brandId,
        networks: checked.networks ?? [],
        publishAt: time?.instant ?? null,
        format: checked.format ?? 'text',
        categoryId: checked.categoryId ?? null,
        promotional: checked.promotional ?? null,
        goalId: checked.goalId ?? null,
        mediaPlanId: checked.mediaPlanId ?? null,
        mediaPlanRowId: checked.mediaPlanRowId ?? null,
        assigneeId: checked.assigneeId ?? null,
        status: 'draft',
      });
      await this.record(manager, 'post.created', principal, document, brand.workspaceId, {
        name: document.title,
        status: 'draft',
        publishAt: time?.local ?? null,
        timeZone: brand.timeZone,
        networks: checked.networks ?? [],
        assigneeId: checked.assigneeId ?? null,
      });
    };
  }

  /** The post kind's duplicate step: the copy gets the metadata, as a draft. */
  async copyRows(
    manager: EntityManager,
    source: DocumentEntity,
    copy: DocumentEntity,
    actorId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO posts (document_id, brand_id, networks, publish_at, format, category_id,
                          promotional, goal_id, media_plan_id, media_plan_row_id, assignee_id, status)
       SELECT $1, brand_id, networks, publish_at, format, category_id, promotional, goal_id,
              media_plan_id, media_plan_row_id, assignee_id, 'draft'
         FROM posts WHERE document_id = $2`,
      [copy.id, source.id],
    );
    const [brand] = await manager.query<Array<{ workspace_id: string }>>(
      'SELECT workspace_id FROM brands WHERE id = $1',
      [copy.brandId],
    );
    await this.events.record(manager, {
      type: 'post.created',
      workspaceId: brand!.workspace_id,
      brandId: copy.brandId,
      documentId: copy.id,
      actorId,
      subject: { type: 'post', id: copy.id },
      data: { name: copy.title, status: 'draft', duplicatedFrom: source.title },
    });
  }

  /** A post document with its metadata in one step (the same path as createDocument). */
  async create(principal: Principal, input: CreatePostInput): Promise<PostResult> {
    const view = await this.documents.create(principal, {
      brandId: input.brandId,
      kind: 'post',
      title: input.title,
      language: input.language,
      post: input.post ?? null,
    });
    const row = await this.requireRow(view.document.id);
    const publishAt = input.post?.publishAt;
    return {
      row,
      canEdit: view.capability === 'edit',
      adjustment: publishAt != null ? resolvePublishTime(publishAt, row.timeZone).adjustment : null,
    };
  }

  async get(principal: Principal, postId: string): Promise<PostResult> {
    const { row, roles } = await this.requirePost(principal, postId, 'post.read');
    return { row, canEdit: canEdit(roles, row), adjustment: null };
  }

  async update(principal: Principal, input: UpdatePostInput): Promise<PostResult> {
    const { row, roles } = await this.requirePost(principal, input.postId, 'post.edit');
    assertChangeable(row);
    const { postId: _postId, ...given } = input;
    const checked = await this.fields.check(principal, row.brandId, given);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, row.id);
      assertChangeable(locked);
      const changed = changedFields(locked, checked);
      if (changed.length === 0) return;
      await manager.update(PostEntity, { documentId: row.id }, checked);
      await this.record(manager, 'post.updated', principal, locked, locked.workspaceId, {
        name: locked.title,
        fields: changed,
        ...(changed.includes('assigneeId')
          ? { assignee: { before: locked.assigneeId, after: checked.assigneeId ?? null } }
          : {}),
      });
    });
    return { row: await this.requireRow(row.id), canEdit: canEdit(roles, row), adjustment: null };
  }

  /** A new publish time (a calendar move), or none; refused for archived posts. */
  async move(principal: Principal, input: MovePostInput): Promise<PostResult> {
    const { row, roles } = await this.requirePost(principal, input.postId, 'post.edit');
    assertChangeable(row);
    const time = input.publishAt != null ? resolvePublishTime(input.publishAt, row.timeZone) : null;
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, row.id);
      assertChangeable(locked);
      if (!time && locked.status === 'scheduled') {
        throw AppError.validation(
          'publishAt',
          'A scheduled post needs a publish time; make it ready again before taking it off the calendar.',
        );
      }
      if ((locked.publishAt?.getTime() ?? null) === (time?.instant.getTime() ?? null)) return;
      await manager.update(
        PostEntity,
        { documentId: row.id },
        { publishAt: time?.instant ?? null },
      );
      await this.record(manager, 'post.moved', principal, locked, locked.workspaceId, {
        name: locked.title,
        before: locked.publishAtLocal,
        after: time?.local ?? null,
        timeZone: locked.timeZone,
        ...(time?.adjustment ? { adjusted: time.adjustment.kind } : {}),
      });
    });
    return {
      row: await this.requireRow(row.id),
      canEdit: canEdit(roles, row),
      adjustment: time?.adjustment ?? null,
    };
  }

  /** A status change along the machine; anything else is INVALID_TRANSITION and changes nothing. */
  async transition(principal: Principal, input: TransitionPostInput): Promise<PostResult> {
    const { row, roles } = await this.requirePost(principal, input.postId, 'post.edit');
    const to = input.to;
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, row.id);
      assertBrandActive({ archivedAt: locked.brandArchivedAt });
      if (locked.documentArchivedAt) throw PostErrors.archived();
      const allowed = nextStatuses(locked.status);
      if (!canTransition(locked.status, to)) {
        throw PostErrors.invalidTransition(locked.status, to, allowed);
      }
      if (to === 'scheduled' && !locked.publishAt) {
        throw PostErrors.invalidTransition(
          locked.status,
          to,
          allowed,
          'Give the post a publish time before scheduling it.',
        );
      }
      await manager.update(PostEntity, { documentId: row.id }, { status: to });
      await this.record(manager, 'post.status_changed', principal, locked, locked.workspaceId, {
        name: locked.title,
        before: locked.status,
        after: to,
      });
    });
    return { row: await this.requireRow(row.id), canEdit: canEdit(roles, row), adjustment: null };
  }

  /**
   * What an approval request does to the post's status (submitted or reopened → in_review,
   * approved → approved, returned → ready), inside the approval's transaction, with its
   * post.status_changed event. Answers the new status, or null when it keeps its own.
   */
  async applyApprovalOutcome(
    manager: EntityManager,
    documentId: string,
    outcome: ApprovalOutcome,
    actorId: string | null,
  ): Promise<PostStatus | null> {
    const locked = await this.repository.findOne(documentId, manager, true);
    if (!locked) return null;
    const to = statusAfterApproval(locked.status, outcome);
    if (!to) return null;
    await manager.update(PostEntity, { documentId }, { status: to });
    await this.events.record(manager, {
      type: 'post.status_changed',
      workspaceId: locked.workspaceId,
      brandId: locked.brandId,
      documentId,
      actorId,
      subject: { type: 'post', id: documentId },
      data: { name: locked.title, before: locked.status, after: to, via: 'approval' },
    });
    return to;
  }

  /**
   * The post and the caller's roles on its brand. Someone who may not read it gets
   * NOT_FOUND (ids of other brands reveal nothing); a reader asking to edit, FORBIDDEN.
   */
  private async requirePost(
    principal: Principal,
    postId: string,
    action: 'post.read' | 'post.edit',
  ): Promise<{ row: PostRow; roles: Role[] }> {
    if (principal.kind === 'guest') {
      // A guest reads only a post its link covers (the post, or one in its calendar range).
      const { roles } = await this.access
        .authorizeDocument(principal, postId, action)
        .catch(notFoundAs('The post'));
      return { row: await this.requireRow(postId), roles };
    }
    this.access.requireUser(principal);
    const row = isUuid(postId) ? await this.repository.findOne(postId) : null;
    if (!row) throw AppError.notFound('The post');
    const { roles } = await this.access
      .authorizeBrand(principal, row.brandId, 'post.read')
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code !== 'UNAUTHENTICATED') {
          throw AppError.notFound('The post');
        }
        throw error;
      });
    if (!can(roles, action)) throw AppError.forbidden();
    return { row, roles };
  }

  private async requireRow(postId: string): Promise<PostRow> {
    const row = await this.repository.findOne(postId);
    if (!row) throw AppError.notFound('The post');
    return row;
  }

  private async lock(manager: EntityManager, postId: string): Promise<PostRow> {
    const row = await this.repository.findOne(postId, manager, true);
    if (!row) throw AppError.notFound('The post');
    return row;
  }

  private async record(
    manager: EntityManager,
    type: EventType,
    principal: Principal,
    post: { id: string; brandId: string },
    workspaceId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId,
      brandId: post.brandId,
      documentId: post.id,
      actorId: actorOf(principal),
      subject: { type: 'post', id: post.id },
      data,
    });
  }
}

/** Archived posts (status or document) and posts of archived brands keep still. */
function assertChangeable(row: PostRow): void {
  assertBrandActive({ archivedAt: row.brandArchivedAt });
  if (row.documentArchivedAt || row.status === 'archived') throw PostErrors.archived();
}

function canEdit(roles: Role[], row: PostRow): boolean {
  return can(roles, 'post.edit') && !row.brandArchivedAt;
}

function changedFields(row: PostRow, checked: PostFieldsChecked): string[] {
  const current: Record<keyof PostFieldsChecked, unknown> = {
    networks: row.networks,
    format: row.format,
    categoryId: row.categoryId,
    promotional: row.promotionalOverride,
    goalId: row.goalId,
    mediaPlanId: row.mediaPlanId,
    mediaPlanRowId: row.mediaPlanRowId,
    assigneeId: row.assigneeId,
  };
  return (Object.keys(checked) as Array<keyof PostFieldsChecked>).filter(
    (key) => JSON.stringify(current[key]) !== JSON.stringify(checked[key]),
  );
}
