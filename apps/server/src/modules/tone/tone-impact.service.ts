import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, type Principal } from '../access/index.js';
import { VersionsService } from '../versions/index.js';
import type { DocumentCheck } from './tone-check-result.js';
import { ToneCheckers } from './tone-checkers.js';
import { ToneChecksService } from './tone-checks.service.js';
import { ToneRepository, type WatchedDocument } from './tone.repository.js';

/** A watched document that fails the guideline in force. */
export interface ImpactItem extends Pick<WatchedDocument, 'id' | 'title' | 'kind' | 'state'> {
  check: DocumentCheck;
}

/**
 * The guideline-change report: the brand's scheduled and in-review documents checked against
 * the guideline in force, keeping those it blocks — what the chief expert has to act on.
 */
@Injectable()
export class ToneImpactService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly versions: VersionsService,
    private readonly repository: ToneRepository,
    private readonly checkers: ToneCheckers,
    private readonly checks: ToneChecksService,
  ) {}

  /** The report for someone who may read the guideline. */
  async report(principal: Principal, brandId: string): Promise<ImpactItem[]> {
    await this.access.authorizeBrand(principal, brandId, 'toneOfVoice.read');
    return this.failing(brandId);
  }

  /** Documents that fail now (verdict BLOCK), in publishing order; none without a guideline. */
  async failing(brandId: string): Promise<ImpactItem[]> {
    const guideline = await this.checkers.current(brandId);
    if (!guideline) return [];
    const failing: ImpactItem[] = [];
    for (const document of await this.repository.watched(brandId)) {
      const state = await this.versions.readLiveState(document.id);
      const check = await this.checks.checkState(
        this.dataSource.manager,
        guideline,
        { ...document, brandId },
        state,
      );
      if (check?.verdict === 'block') {
        failing.push({
          id: document.id,
          title: document.title,
          kind: document.kind,
          state: document.state,
          check,
        });
      }
    }
    return failing;
  }
}
