import { Injectable } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ApprovalRequestModel } from '../approvals/index.js';
import { toCheckModel } from './tone.mapper.js';
import { ToneCheckModel } from './tone.model.js';
import { ToneRepository } from './tone.repository.js';

type Stored =
  Awaited<ReturnType<ToneRepository['checksOf']>> extends Map<string, infer V> ? V : never;

interface Waiting {
  requestId: string;
  versionId: string;
  resolve: (check: Stored | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Loads the stored checks of the requests one response asks about in one statement: the
 * requests resolved in the same turn of the event loop (a list of them) are batched.
 */
@Injectable()
export class ToneApprovalChecks {
  private waiting: Waiting[] | null = null;

  constructor(private readonly repository: ToneRepository) {}

  load(requestId: string, versionId: string): Promise<Stored | undefined> {
    return new Promise((resolve, reject) => {
      if (!this.waiting) {
        this.waiting = [];
        setImmediate(() => void this.flush());
      }
      this.waiting.push({ requestId, versionId, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting ?? [];
    this.waiting = null;
    try {
      const found = await this.repository.checksOf(batch);
      for (const item of batch) {
        const check = found.get(item.requestId);
        item.resolve(check && check.versionId === item.versionId ? check : undefined);
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}

/**
 * `ApprovalRequest.toneCheck`: the check stored when the version under review was submitted.
 * Whoever may read the request (approvals checked that) reads its check.
 */
@Resolver(() => ApprovalRequestModel)
export class ToneApprovalResolver {
  constructor(private readonly checks: ToneApprovalChecks) {}

  @ResolveField('toneCheck', () => ToneCheckModel, {
    nullable: true,
    description:
      'The tone check of the version under review, stored when it was submitted (score, findings, any override and its reason); null when the brand had no guideline then',
  })
  async toneCheck(@Parent() request: ApprovalRequestModel): Promise<ToneCheckModel | null> {
    const stored = await this.checks.load(request.id, request.versionId);
    if (!stored) return null;
    return toCheckModel({
      score: stored.score,
      verdict: stored.verdict,
      requiredViolations: stored.requiredViolations,
      recommendedViolations: stored.recommendedViolations,
      findings: stored.findings,
      guidelineVersion: stored.guidelineVersion,
      overrideReason: stored.overrideReason,
      overriddenByName: stored.overriderName,
      checkedAt: stored.checkedAt,
    });
  }
}
