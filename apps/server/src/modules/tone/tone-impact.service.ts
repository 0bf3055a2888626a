import { Injectable } from '@nestjs/common';
import { AccessService, type Principal } from '../access/index.js';
import { VersionsService } from '../versions/index.js';
import type { DocumentCheck } from './tone-check-result.js';
import { ToneCheckers } from './tone-checkers.js';
import { checkContent } from './tone-checks.service.js';
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
    private readonly access: AccessService,
    private readonly versions: VersionsService,
    private readonly repository: ToneRepository,
    private readonly checkers: ToneCheckers,
  ) {}

  /** The report for someone who may read the guideline. */
  async report(principal: Principal, brandId: string): Promise<ImpactItem[]> {
    await this.access.authorizeBrand(principal, brandId, 'toneOfVoice.read');
    return this.failing(brandId);
  }

  /**
   * Documents that fail now (verdict BLOCK), in publishing order; none without a guideline.
   * Brand facts and ignore lists are read once for all; each document's state is loaded.
   */
  async failing(brandId: string): Promise<ImpactItem[]> {
    const guideline = await this.checkers.current(brandId);
    if (!guideline) return [];
    const watched = await this.repository.watched(brandId);
    const facts = await this.repository.brandFacts(brandId);
    const ignores = await this.repository.ignoresOf(watched.map((document) => document.id));
    const failing: ImpactItem[] = [];
    for (const document of watched) {
      const state = await this.versions.readLiveState(document.id);
      const check = checkContent(guideline, document, state, {
        brandLanguages: facts?.languages ?? [],
        networks: document.networks,
        ignore: ignores.get(document.id) ?? [],
      });
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
