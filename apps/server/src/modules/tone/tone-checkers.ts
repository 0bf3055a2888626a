import { createChecker, validateGuide, type Checker } from '@chorus/tone-check';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ToneGuidelineEntity } from './tone.entities.js';
import { ToneRepository } from './tone.repository.js';

/** Compiled checkers kept (a brand's guideline version each). */
const KEPT = 32;

/** A brand's guideline in force, compiled. */
export interface CompiledGuideline {
  version: number;
  checker: Checker;
}

/**
 * Compiles a guideline version once and keeps the checker (its paragraph cache too): guideline
 * versions never change, so `brand:version` names a checker for good.
 */
@Injectable()
export class ToneCheckers {
  private readonly kept = new Map<string, Checker>();

  constructor(private readonly repository: ToneRepository) {}

  /** The brand's guideline in force, compiled; null when it has none. */
  async current(brandId: string, manager?: EntityManager): Promise<CompiledGuideline | null> {
    const row = await this.repository.current(brandId, manager);
    return row ? { version: row.entity.version, checker: this.of(row.entity) } : null;
  }

  of(entity: Pick<ToneGuidelineEntity, 'brandId' | 'version' | 'guide'>): Checker {
    const key = `${entity.brandId}:${entity.version}`;
    let checker = this.kept.get(key);
    if (checker) {
      this.kept.delete(key);
    } else {
      // Stored guides were validated when saved; validating again keeps the types honest.
      checker = createChecker(validateGuide(entity.guide));
      if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    }
    this.kept.set(key, checker);
    return checker;
  }
}
