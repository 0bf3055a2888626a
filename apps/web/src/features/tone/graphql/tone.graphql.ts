import { graphql } from '../../../gql';

/** A guideline version as the editors and the settings page read it. */
export const ToneGuidelineFieldsFragment = graphql(`
  fragment ToneGuidelineFields on ToneGuideline {
    brandId
    version
    guide
    updatedAt
    updatedByName
  }
`);

/** A document that fails the guideline in force (the guideline-change report). */
export const ToneImpactFieldsFragment = graphql(`
  fragment ToneImpactFields on ToneImpactItem {
    documentId
    title
    kind
    state
    score
    verdict
    requiredViolations
  }
`);

/** A stored or fresh tone check: score, findings, any override. */
export const ToneCheckFieldsFragment = graphql(`
  fragment ToneCheckFields on ToneCheck {
    score
    verdict
    guidelineVersion
    overrideReason
    overriddenByName
    checkedAt
    findings {
      ruleId
      kind
      severity
      messageKey
      params
      text
      from
      to
      part
      paragraph
      replacement
    }
  }
`);

export const ToneGuidelineQuery = graphql(`
  query ToneGuideline($brandId: ID!) {
    toneGuideline(brandId: $brandId) {
      ...ToneGuidelineFields
    }
  }
`);

export const UpdateToneGuidelineMutation = graphql(`
  mutation UpdateToneGuideline($input: UpdateToneGuidelineInput!) {
    updateToneGuideline(input: $input) {
      guideline {
        ...ToneGuidelineFields
      }
      nowFailing {
        ...ToneImpactFields
      }
    }
  }
`);

/** The server's check of a document's current content (after a blocked submission). */
export const ToneCheckDocumentQuery = graphql(`
  query ToneCheckDocument($documentId: ID!) {
    toneCheckDocument(documentId: $documentId) {
      ...ToneCheckFields
    }
  }
`);

export const IgnoreToneFindingMutation = graphql(`
  mutation IgnoreToneFinding($input: IgnoreToneFindingInput!) {
    ignoreToneFinding(input: $input)
  }
`);

/** A document's "ignore once" decisions (the editors skip them, as the server's checks do). */
export const ToneIgnoredFindingsQuery = graphql(`
  query ToneIgnoredFindings($documentId: ID!) {
    toneIgnoredFindings(documentId: $documentId) {
      id
      ruleId
      text
    }
  }
`);

/** The saved versions of a brand's guideline, newest first. */
export const ToneGuidelineVersionsQuery = graphql(`
  query ToneGuidelineVersions($brandId: ID!) {
    toneGuidelineVersions(brandId: $brandId) {
      version
      updatedAt
      updatedByName
    }
  }
`);

/** One saved version whole (which rules a stored check ran against). */
export const ToneGuidelineAtQuery = graphql(`
  query ToneGuidelineAt($brandId: ID!, $version: Int!) {
    toneGuidelineAt(brandId: $brandId, version: $version) {
      ...ToneGuidelineFields
    }
  }
`);
