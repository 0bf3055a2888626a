import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventLog, type RecordedEvent } from '../events/index.js';
import { VersionsService } from '../versions/index.js';
import { ToneCheckers } from './tone-checkers.js';
import { ToneChecksService } from './tone-checks.service.js';

/**
 * An edit reopens a request on a new version (`approval.reopened`): that version is checked
 * too and its result stored with the request, so approvers always read the check of the
 * version they decide on. It informs and does not refuse (the content is already in review);
 * a version whose check is stored keeps it (the job may run twice).
 */
@Injectable()
export class ToneRecheckProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionsService,
    private readonly checkers: ToneCheckers,
    private readonly checks: ToneChecksService,
    events: EventLog,
  ) {
    events.registerProcessor('tone-recheck', ['approval.reopened'], (event) => this.recheck(event));
  }

  async recheck(event: RecordedEvent): Promise<void> {
    const versionId = event.data.toVersionId;
    if (typeof versionId !== 'string' || !event.documentId || !event.brandId) return;
    const [document] = await this.dataSource.query<
      Array<{ id: string; brand_id: string; kind: string; language: string | null }>
    >('SELECT id, brand_id, kind, language FROM documents WHERE id = $1', [event.documentId]);
    const guideline = await this.checkers.current(event.brandId);
    const state = await this.versions.stateOf(versionId);
    if (!document || !guideline || !state) return;
    const check = await this.checks.checkState(
      this.dataSource.manager,
      guideline,
      {
        id: document.id,
        brandId: document.brand_id,
        kind: document.kind,
        language: document.language,
      },
      state,
    );
    if (!check) return;
    await this.checks.store(this.dataSource.manager, {
      requestId: event.subject.id,
      versionId,
      documentId: document.id,
      guidelineVersion: guideline.version,
      check,
      overrideReason: null,
      overriddenBy: null,
    });
  }
}
