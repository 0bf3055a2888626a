import {
  createChecker,
  isLanguage,
  validateGuide,
  type Checker,
  type Language,
  type ToneGuide,
} from '@chorus/tone-check';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IgnoreToneFindingMutation,
  ToneCheckDocumentQuery,
  ToneGuidelineQuery,
  UpdateToneGuidelineMutation,
} from '../graphql/tone.graphql';
import type { ToneStatus } from '../components/TonePanel';

/** The brand's guideline in force, as stored (JSON text and version). */
export function useToneGuidelineQuery(brandId: string) {
  return useQuery(ToneGuidelineQuery, { variables: { brandId }, fetchPolicy: 'cache-and-network' });
}

/** A stored guideline's text as the package's type, or null when it cannot be read. */
export function parseGuide(json: string): ToneGuide | null {
  try {
    return validateGuide(JSON.parse(json));
  } catch {
    return null;
  }
}

export interface ToneChecking {
  status: ToneStatus;
  guide: ToneGuide | null;
  /** Compiled once per guideline version; its paragraph cache serves every field of the page. */
  checker: Checker | null;
  version: number | null;
}

/** The brand's guideline compiled for the editors: what to check against, or why nothing is. */
export function useToneChecker(brandId: string): ToneChecking {
  const { data, previousData, error } = useToneGuidelineQuery(brandId);
  const guideline = (data ?? previousData)?.toneGuideline;
  const json = guideline?.guide ?? null;
  const version = guideline?.version ?? null;
  const arrived = guideline !== undefined;
  return useMemo(() => {
    if (!arrived) {
      const status: ToneStatus = error ? 'failed' : 'loading';
      return { status, guide: null, checker: null, version: null };
    }
    if (json === null) return { status: 'none', guide: null, checker: null, version: null };
    const guide = parseGuide(json);
    if (!guide) return { status: 'failed', guide: null, checker: null, version };
    return { status: 'ready', guide, checker: createChecker(guide), version };
  }, [arrived, json, version, error]);
}

/** The reader's interface language as a checker locale (messages), English when not one of six. */
export function useToneLocale(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

export function useUpdateToneGuideline() {
  return useMutation(UpdateToneGuidelineMutation);
}

export function useIgnoreToneFinding() {
  return useMutation(IgnoreToneFindingMutation);
}

/** The server's check of a document's current content (asked for after a blocked submission). */
export function useToneCheckDocument(documentId: string, skip: boolean) {
  return useQuery(ToneCheckDocumentQuery, {
    variables: { documentId },
    fetchPolicy: 'network-only',
    skip,
  });
}
