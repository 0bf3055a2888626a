import type { ToneCheckView } from './tone-checks.service.js';
import type { ImpactItem } from './tone-impact.service.js';
import type {
  ToneCheckModel,
  ToneGuidelineModel,
  ToneGuidelineVersionModel,
  ToneIgnoredFindingModel,
  ToneImpactItemModel,
} from './tone.model.js';
import type { GuidelineRow, IgnoreRow } from './tone.repository.js';

export function toGuidelineModel({ entity, authorName }: GuidelineRow): ToneGuidelineModel {
  return {
    brandId: entity.brandId,
    version: entity.version,
    guide: JSON.stringify(entity.guide),
    updatedAt: entity.createdAt,
    updatedByName: authorName,
  };
}

export function toVersionModel({ entity, authorName }: GuidelineRow): ToneGuidelineVersionModel {
  return { version: entity.version, updatedAt: entity.createdAt, updatedByName: authorName };
}

export function toIgnoredModel(row: IgnoreRow): ToneIgnoredFindingModel {
  return {
    id: row.id,
    ruleId: row.ruleId,
    text: row.text,
    reason: row.reason,
    createdAt: row.createdAt,
    createdByName: row.authorName,
  };
}

export function toImpactModel(item: ImpactItem): ToneImpactItemModel {
  return {
    documentId: item.id,
    title: item.title,
    kind: item.kind,
    state: item.state,
    score: item.check.score,
    verdict: item.check.verdict,
    requiredViolations: item.check.requiredViolations,
  };
}

export function toCheckModel(check: ToneCheckView): ToneCheckModel {
  return {
    score: check.score,
    verdict: check.verdict,
    guidelineVersion: check.guidelineVersion,
    findings: check.findings.map((finding) => ({
      ruleId: finding.ruleId,
      kind: finding.kind,
      severity: finding.severity,
      messageKey: finding.messageKey,
      params: JSON.stringify(finding.params),
      text: finding.text,
      from: finding.from,
      to: finding.to,
      part: finding.part,
      paragraph: finding.paragraph,
      replacement: finding.replacement,
    })),
    overrideReason: check.overrideReason,
    overriddenByName: check.overriddenByName,
    checkedAt: check.checkedAt,
  };
}
