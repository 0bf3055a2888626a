import {
  createChecker,
  isLanguage,
  validateGuide,
  type Checker,
  type CheckOptions,
  type Language,
  type ToneGuide,
} from '@chorus/tone-check';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IgnoreToneFindingMutation,
  ToneCheckDocumentQuery,
  ToneGuidelineAtQuery,
  ToneGuidelineVersionsQuery,
  ToneIgnoredFindingsQuery,
  ToneGuidelineQuery,
  UpdateToneGuidelineMutation,
} from '../graphql/tone.graphql';
import type { ToneStatus } from '../components/TonePanel';

/** The brand's guideline in force, as stored (JSON text and version). */
export function useToneGuidelineQuery(brandId: string, skip = false) {
  return useQuery(ToneGuidelineQuery, {
    variables: { brandId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
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
export function useToneChecker(brandId: string, skip = false): ToneChecking {
  const { data, previousData, error } = useToneGuidelineQuery(brandId, skip);
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

/** The guideline's saved versions, newest first. */
export function useToneGuidelineVersions(brandId: string, skip = false) {
  return useQuery(ToneGuidelineVersionsQuery, {
    variables: { brandId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
}

/** One saved version whole. */
export function useToneGuidelineAt(brandId: string, version: number) {
  return useQuery(ToneGuidelineAtQuery, { variables: { brandId, version } });
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

export type IgnoreList = NonNullable<CheckOptions['ignore']>;

/**
 * A document's "ignore once" decisions: those stored on the server (made earlier, or by
 * someone else) and those made on this page, so a reloaded editor does not flag them again.
 * The list keeps its identity while nothing changes (the editors re-check when it changes).
 */
export function useIgnoredFindings(
  documentId: string,
  skip = false,
): {
  ignored: IgnoreList;
  ignoreOnce: (ruleId: string, text: string, reason: string) => Promise<void>;
} {
  const { data } = useQuery(ToneIgnoredFindingsQuery, {
    variables: { documentId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const [added, setAdded] = useState<IgnoreList>([]);
  const [ignore] = useIgnoreToneFinding();
  const stored = data?.toneIgnoredFindings;
  const ignored = useMemo<IgnoreList>(() => {
    const seen = new Set<string>();
    const list: Array<{ ruleId: string; text: string }> = [];
    for (const item of [...(stored ?? []), ...added]) {
      const key = `${item.ruleId}\u0000${item.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ ruleId: item.ruleId, text: item.text });
    }
    return list;
  }, [stored, added]);
  const ignoreOnce = useCallback(
    async (ruleId: string, text: string, reason: string) => {
      await ignore({ variables: { input: { documentId, ruleId, text, reason } } });
      setAdded((current) => [...current, { ruleId, text }]);
    },
    [ignore, documentId],
  );
  return { ignored, ignoreOnce };
}
