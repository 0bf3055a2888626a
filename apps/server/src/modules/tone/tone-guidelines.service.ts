import { ToneRuleError, validateGuide } from '@chorus/tone-check';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { EventLog } from '../events/index.js';
import { ToneCheckers } from './tone-checkers.js';
import { ToneErrors } from './tone.errors.js';
import { ToneGuidelineEntity } from './tone.entities.js';
import { ToneRepository, type GuidelineRow } from './tone.repository.js';

/** Longest guideline accepted, as JSON text (the request body limit is 100 KiB anyway). */
export const MAX_GUIDE_LENGTH = 90_000;

/**
 * A brand's tone-of-voice guideline, versioned: read by everyone on the brand
 * (toneOfVoice.read), changed by the chief expert and owners (toneOfVoice.edit). A change
 * appends a version, validated whole by `validateGuide`, against the version the editor
 * started from (optimistic concurrency), with a `tone.guideline_changed` event.
 */
@Injectable()
export class ToneGuidelinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: ToneRepository,
    private readonly checkers: ToneCheckers,
    private readonly events: EventLog,
  ) {}

  /** The guideline in force, or null when the brand has none. */
  async current(principal: Principal, brandId: string): Promise<GuidelineRow | null> {
    await this.access.authorizeBrand(principal, brandId, 'toneOfVoice.read');
    return this.repository.current(brandId);
  }

  /** Every saved version, newest first. */
  async versions(principal: Principal, brandId: string): Promise<GuidelineRow[]> {
    await this.access.authorizeBrand(principal, brandId, 'toneOfVoice.read');
    return this.repository.versions(brandId);
  }

  /** One saved version (to read which rules a stored check ran against), or NOT_FOUND. */
  async at(principal: Principal, brandId: string, version: number): Promise<GuidelineRow> {
    await this.access.authorizeBrand(principal, brandId, 'toneOfVoice.read');
    const row = Number.isInteger(version) ? await this.repository.version(brandId, version) : null;
    if (!row) throw AppError.notFound('That guideline version');
    return row;
  }

  /**
   * Saves a new version. Refusals change nothing: TONE_RULE_INVALID (field and rule named),
   * TONE_GUIDELINE_CONFLICT when `baseVersion` is not the version in force (null: none yet).
   */
  async update(
    principal: Principal,
    input: { brandId: string; baseVersion?: number | null; guide: string },
  ): Promise<GuidelineRow> {
    const { principal: user, brand } = await this.access.authorizeBrand(
      principal,
      input.brandId,
      'toneOfVoice.edit',
    );
    const guide = parseGuide(input.guide);
    const version = await this.dataSource.transaction(async (manager) => {
      // One change at a time per brand, on every instance.
      await manager.query('SELECT id FROM brands WHERE id = $1 FOR NO KEY UPDATE', [brand.id]);
      const current = await this.repository.current(brand.id, manager);
      const currentVersion = current?.entity.version ?? null;
      if ((input.baseVersion ?? null) !== currentVersion) throw ToneErrors.conflict(currentVersion);
      const next = (currentVersion ?? 0) + 1;
      const inserted = await manager.insert(ToneGuidelineEntity, {
        brandId: brand.id,
        version: next,
        guide: guide as object,
        createdBy: user.userId,
      });
      await this.events.record(manager, {
        type: 'tone.guideline_changed',
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        actorId: user.userId,
        subject: { type: 'tone_guideline', id: (inserted.identifiers[0] as { id: string }).id },
        data: { brandName: brand.name, version: next, previousVersion: currentVersion },
      });
      return next;
    });
    const row = (await this.repository.current(brand.id))!;
    if (row.entity.version !== version) {
      // Another change landed right after ours; answer ours.
      const ours = (await this.repository.versions(brand.id)).find(
        (candidate) => candidate.entity.version === version,
      );
      return ours ?? row;
    }
    this.checkers.of(row.entity);
    return row;
  }
}

/** The guideline from JSON text, validated; TONE_RULE_INVALID names what is wrong. */
export function parseGuide(text: string) {
  if (text.length > MAX_GUIDE_LENGTH) {
    throw ToneErrors.ruleInvalid({
      code: 'invalid_guide',
      field: 'guide',
      message: `The guideline is longer than ${MAX_GUIDE_LENGTH} characters.`,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw ToneErrors.ruleInvalid({
      code: 'invalid_guide',
      field: 'guide',
      message: 'The guideline is not valid JSON.',
    });
  }
  try {
    return validateGuide(raw);
  } catch (error) {
    if (error instanceof ToneRuleError) throw ToneErrors.ruleInvalid(error);
    throw error;
  }
}
