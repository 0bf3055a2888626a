import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { IgnoreToneFindingInput, UpdateToneGuidelineInput } from './dto/tone.inputs.js';
import { ToneChecksService } from './tone-checks.service.js';
import { ToneGuidelinesService } from './tone-guidelines.service.js';
import { ToneImpactService } from './tone-impact.service.js';
import {
  toCheckModel,
  toGuidelineModel,
  toIgnoredModel,
  toImpactModel,
  toVersionModel,
} from './tone.mapper.js';
import {
  ToneCheckModel,
  ToneGuidelineModel,
  ToneGuidelineUpdateModel,
  ToneGuidelineVersionModel,
  ToneIgnoredFindingModel,
  ToneImpactItemModel,
} from './tone.model.js';

@Resolver()
export class ToneResolver {
  constructor(
    private readonly guidelines: ToneGuidelinesService,
    private readonly checks: ToneChecksService,
    private readonly impact: ToneImpactService,
  ) {}

  @Query(() => ToneGuidelineModel, {
    nullable: true,
    description: "The brand's tone-of-voice guideline in force; null when it has none",
  })
  async toneGuideline(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<ToneGuidelineModel | null> {
    const row = await this.guidelines.current(principal, brandId);
    return row ? toGuidelineModel(row) : null;
  }

  @Query(() => [ToneGuidelineVersionModel], {
    description: "The saved versions of the brand's guideline, newest first",
  })
  async toneGuidelineVersions(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<ToneGuidelineVersionModel[]> {
    return (await this.guidelines.versions(principal, brandId)).map(toVersionModel);
  }

  @Query(() => ToneGuidelineModel, {
    description:
      "One saved version of the brand's guideline (which rules a stored check ran against); NOT_FOUND when there is no such version",
  })
  async toneGuidelineAt(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ToneGuidelineModel> {
    return toGuidelineModel(await this.guidelines.at(principal, brandId, version));
  }

  @Query(() => [ToneIgnoredFindingModel], {
    description:
      'A document\'s "ignore once" decisions, oldest first (the editors skip them as the server\'s checks do)',
  })
  async toneIgnoredFindings(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<ToneIgnoredFindingModel[]> {
    return (await this.checks.ignored(principal, documentId)).map(toIgnoredModel);
  }

  @Mutation(() => ToneGuidelineUpdateModel, {
    description:
      'Saves a new version of the guideline (toneOfVoice.edit; TONE_RULE_INVALID names the bad field, TONE_GUIDELINE_CONFLICT when it changed meanwhile) and lists what now fails',
  })
  async updateToneGuideline(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateToneGuidelineInput,
  ): Promise<ToneGuidelineUpdateModel> {
    const row = await this.guidelines.update(principal, input);
    const nowFailing = await this.impact.failing(row.entity.brandId);
    return { guideline: toGuidelineModel(row), nowFailing: nowFailing.map(toImpactModel) };
  }

  @Query(() => [ToneImpactItemModel], {
    description:
      "The brand's scheduled and in-review documents that fail the guideline in force (toneOfVoice.read)",
  })
  async toneGuidelineImpact(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<ToneImpactItemModel[]> {
    return (await this.impact.report(principal, brandId)).map(toImpactModel);
  }

  @Query(() => ToneCheckModel, {
    nullable: true,
    description:
      "The document's current content checked now against its brand's guideline; null when the brand has none (or the kind is not checked)",
  })
  async toneCheckDocument(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<ToneCheckModel | null> {
    const check = await this.checks.checkNow(principal, documentId);
    return check ? toCheckModel(check) : null;
  }

  @Mutation(() => Boolean, {
    description:
      '"Ignore once": a finding (rule + flagged text) does not apply to this document, for a reason (its editors; recorded; the server\'s checks of the document skip it)',
  })
  async ignoreToneFinding(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: IgnoreToneFindingInput,
  ): Promise<boolean> {
    return this.checks.ignore(principal, input);
  }
}
