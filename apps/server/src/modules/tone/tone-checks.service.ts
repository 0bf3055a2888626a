import { can } from '@chorus/permissions';
import { ToneInputError } from '@chorus/tone-check';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { validText } from '../../platform/validation/index.js';
import { AccessService, type Principal } from '../access/index.js';
import type { Submission, SubmissionGate } from '../approvals/index.js';
import { DocumentsService } from '../documents/index.js';
import { EventLog } from '../events/index.js';
import { VersionsService } from '../versions/index.js';
import {
  checkDocumentText,
  declaredLanguage,
  documentText,
  type DocumentCheck,
} from './tone-check-result.js';
import { ToneCheckers, type CompiledGuideline } from './tone-checkers.js';
import { ToneErrors } from './tone.errors.js';
import { ToneCheckEntity, ToneIgnoreEntity } from './tone.entities.js';
import { ToneRepository, type IgnoreRow } from './tone.repository.js';

/** Longest reason (override, ignore once). */
export const MAX_REASON = 2000;
/** Longest flagged text an ignore-once names. */
const MAX_IGNORED_TEXT = 500;

/** A check as served: the stored row's facts, or a check made just now. */
export interface ToneCheckView extends DocumentCheck {
  guidelineVersion: number;
  overrideReason: string | null;
  overriddenByName: string | null;
  checkedAt: Date;
}

/**
 * The tone check of documents: the approval gate (registered into approvals' submission gates:
 * the exact submitted version is checked, the result stored with the request and version, a
 * failing one refused unless the chief expert overrides with a reason), the check on demand,
 * and "ignore once".
 */
@Injectable()
export class ToneChecksService implements SubmissionGate {
  readonly name = 'tone';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly versions: VersionsService,
    private readonly repository: ToneRepository,
    private readonly checkers: ToneCheckers,
    private readonly events: EventLog,
  ) {}

  /**
   * The gate. No guideline: nothing to check. A failing version (verdict BLOCK) is refused
   * with TONE_CHECK_BLOCKED unless `toneOverrideReason` is given by someone holding
   * toneOfVoice.override (an empty one: TONE_OVERRIDE_REASON_REQUIRED; without the right:
   * FORBIDDEN); an override is recorded as `tone.check_overridden`. The result is stored
   * with the request and version either way, in the submission's transaction.
   */
  async inspect(submission: Submission): Promise<void> {
    const { manager, document } = submission;
    const guideline = await this.checkers.current(document.brandId, manager);
    if (!guideline) return;
    const check = await this.checkState(manager, guideline, document, submission.state);
    if (!check) return;
    let overrideReason: string | null = null;
    if (check.verdict === 'block') {
      const given = submission.options.toneOverrideReason;
      if (given === undefined || given === null) throw ToneErrors.blocked(check, guideline.version);
      if (!can(submission.roles, 'toneOfVoice.override')) throw AppError.forbidden();
      if (given.trim() === '') throw ToneErrors.overrideReasonRequired();
      overrideReason = validText(given, 'toneOverrideReason', MAX_REASON);
    }
    await this.store(manager, {
      requestId: submission.requestId,
      versionId: submission.versionId,
      documentId: document.id,
      guidelineVersion: guideline.version,
      check,
      overrideReason,
      overriddenBy: overrideReason ? submission.submitterId : null,
    });
    if (overrideReason) {
      await this.events.record(manager, {
        type: 'tone.check_overridden',
        workspaceId: submission.workspaceId,
        brandId: document.brandId,
        documentId: document.id,
        actorId: submission.submitterId,
        subject: { type: 'approval_request', id: submission.requestId },
        data: {
          documentTitle: document.title,
          reason: overrideReason,
          score: check.score,
          verdict: check.verdict,
          requiredViolations: check.requiredViolations,
          guidelineVersion: guideline.version,
          versionId: submission.versionId,
          versionNumber: submission.versionNumber,
        },
      });
    }
  }

  /** The document's live content checked now (toneOfVoice.read); null without a guideline. */
  async checkNow(principal: Principal, documentId: string): Promise<ToneCheckView | null> {
    const { document } = await this.documents.open(principal, documentId);
    await this.access.authorizeBrand(principal, document.brandId, 'toneOfVoice.read');
    const guideline = await this.checkers.current(document.brandId);
    if (!guideline) return null;
    const state = await this.versions.readLiveState(document.id);
    const check = await this.checkState(this.dataSource.manager, guideline, document, state);
    if (!check) return null;
    return {
      ...check,
      guidelineVersion: guideline.version,
      overrideReason: null,
      overriddenByName: null,
      checkedAt: new Date(),
    };
  }

  /** A document's ignore-once decisions (its readers: the editors skip them as the server does). */
  async ignored(principal: Principal, documentId: string): Promise<IgnoreRow[]> {
    const { document } = await this.documents.open(principal, documentId);
    await this.access.authorizeBrand(principal, document.brandId, 'toneOfVoice.read');
    return this.repository.ignoreList(document.id);
  }

  /**
   * "Ignore once": this rule on this text does not apply to this document (its editors; a
   * reason is required). Recorded as `tone.finding_ignored`; the document's checks skip it.
   */
  async ignore(
    principal: Principal,
    input: { documentId: string; ruleId: string; text: string; reason: string },
  ): Promise<boolean> {
    const user = this.access.requireUser(principal);
    const view = await this.documents.open(principal, input.documentId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    const ruleId = input.ruleId.trim();
    if (ruleId === '' || ruleId.length > 200) {
      throw AppError.validation('ruleId', 'Name the rule of the finding.');
    }
    if (input.text.length > MAX_IGNORED_TEXT) {
      throw AppError.validation(
        'text',
        `The flagged text is at most ${MAX_IGNORED_TEXT} characters.`,
      );
    }
    if (input.reason.trim() === '') {
      throw AppError.validation('reason', 'Say why the finding does not apply here.');
    }
    const reason = validText(input.reason, 'reason', MAX_REASON);
    const { document } = view;
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(ToneIgnoreEntity, {
        documentId: document.id,
        ruleId,
        text: input.text,
        reason,
        createdBy: user.userId,
      });
      await this.events.record(manager, {
        type: 'tone.finding_ignored',
        workspaceId: view.workspaceId,
        brandId: document.brandId,
        documentId: document.id,
        actorId: user.userId,
        subject: { type: 'document', id: document.id },
        data: {
          documentTitle: document.title,
          ignoreId: (inserted.identifiers[0] as { id: string }).id,
          ruleId,
          text: input.text,
          reason,
        },
      });
    });
    return true;
  }

  /**
   * Stores a check with the request and version it was made for. A version whose check is
   * already stored keeps it (a reopen's re-check may run twice).
   */
  async store(
    manager: EntityManager,
    row: {
      requestId: string;
      versionId: string;
      documentId: string;
      guidelineVersion: number;
      check: DocumentCheck;
      overrideReason: string | null;
      overriddenBy: string | null;
    },
  ): Promise<void> {
    const { check, ...rest } = row;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ToneCheckEntity)
      .values({
        ...rest,
        score: check.score,
        verdict: check.verdict,
        requiredViolations: check.requiredViolations,
        recommendedViolations: check.recommendedViolations,
        findings: check.findings,
      })
      .orIgnore()
      .execute();
  }

  /** Checks a document state against a compiled guideline, honouring its ignore-once list. */
  async checkState(
    manager: EntityManager,
    guideline: CompiledGuideline,
    document: { id: string; brandId: string; kind: string; language: string | null },
    state: Uint8Array,
  ): Promise<DocumentCheck | null> {
    const facts = await this.repository.brandFacts(document.brandId, manager);
    const networks =
      document.kind === 'post' ? await this.repository.networks(document.id, manager) : [];
    const ignore = await this.repository.ignores(document.id, manager);
    return checkContent(guideline, document, state, {
      brandLanguages: facts?.languages ?? [],
      networks,
      ignore,
    });
  }
}

/** What a check needs besides the content: read once per document, or in bulk for many. */
export interface CheckFacts {
  brandLanguages: readonly string[];
  /** A post's networks. */
  networks: readonly string[];
  ignore: ReadonlyArray<{ ruleId: string; text: string }>;
}

/** Checks a document state; null for kinds the tone check does not read (media plans). */
export function checkContent(
  guideline: CompiledGuideline,
  document: { kind: string; language: string | null },
  state: Uint8Array,
  facts: CheckFacts,
): DocumentCheck | null {
  const content = documentText(document.kind, state);
  if (!content) return null;
  try {
    return checkDocumentText(
      guideline.checker,
      content,
      declaredLanguage(document.language, facts.brandLanguages),
      facts.networks,
      facts.ignore,
    );
  } catch (error) {
    // The checker reads at most 262,144 UTF-16 units: a longer text is refused, typed.
    if (error instanceof ToneInputError) throw ToneErrors.textTooLong(error);
    throw error;
  }
}
