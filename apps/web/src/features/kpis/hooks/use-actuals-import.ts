import type { NetworkId } from '@chorus/post-model';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ActualsAnswer,
  type ActualsFileFormat,
  type ActualsMapping,
  EMPTY_MAPPING,
  fileFormat,
  importUrl,
  MAX_IMPORT_BYTES,
  readActualsAnswer,
} from '../kpi-files';

/** Where the import dialog is. */
export type ActualsImportStep =
  | { readonly kind: 'choose'; readonly problem?: 'wrongType' | 'tooLarge' }
  | { readonly kind: 'mapping' }
  | { readonly kind: 'report' }
  | { readonly kind: 'done'; readonly actuals: number };

interface SendOptions {
  dryRun: boolean;
  mapping: ActualsMapping | null;
  network: NetworkId | null;
  locale: string;
}

async function send(
  brandId: string,
  file: File,
  format: ActualsFileFormat,
  options: SendOptions,
): Promise<ActualsAnswer> {
  try {
    const response = await fetch(importUrl(brandId, format, options), {
      method: 'POST',
      credentials: 'include',
      headers: { 'X-Chorus-Request': '1', 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    const body: unknown = await response.json().catch(() => null);
    return readActualsAnswer(response.status, body);
  } catch {
    return { kind: 'network' };
  }
}

/**
 * The steps of an actuals import: a chosen file is checked at once with the mapping the
 * server suggests from its headers (the answer names the headers); the person adjusts the
 * mapping and the network and checks again (a dry run naming every bad row and column);
 * only a clean report can be applied, and the server applies all of it or nothing.
 */
export function useActualsImport(brandId: string, onApplied: () => void) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const [step, setStep] = useState<ActualsImportStep>({ kind: 'choose' });
  const [file, setFile] = useState<{ file: File; format: ActualsFileFormat } | null>(null);
  const [mapping, setMapping] = useState<ActualsMapping>(EMPTY_MAPPING);
  const [network, setNetwork] = useState<NetworkId | null>(null);
  const [answer, setAnswer] = useState<ActualsAnswer | null>(null);
  const [headers, setHeaders] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);

  const reset = useCallback(() => {
    setStep({ kind: 'choose' });
    setFile(null);
    setMapping(EMPTY_MAPPING);
    setNetwork(null);
    setAnswer(null);
    setHeaders([]);
    setBusy(false);
  }, []);

  const choose = useCallback(
    async (chosen: File | null) => {
      if (!chosen) return;
      const format = fileFormat(chosen);
      if (!format) return setStep({ kind: 'choose', problem: 'wrongType' });
      if (chosen.size > MAX_IMPORT_BYTES) return setStep({ kind: 'choose', problem: 'tooLarge' });
      setFile({ file: chosen, format });
      setBusy(true);
      const first = await send(brandId, chosen, format, {
        dryRun: true,
        mapping: null,
        network: null,
        locale,
      });
      setBusy(false);
      setAnswer(first);
      if (first.kind === 'report' && first.report.headers.length > 0) {
        setHeaders(first.report.headers);
        setMapping(first.report.mapping ?? EMPTY_MAPPING);
        setNetwork(first.report.suggestedNetwork);
        setStep({ kind: 'mapping' });
      } else {
        setStep({ kind: 'report' });
      }
    },
    [brandId, locale],
  );

  const run = useCallback(
    async (dryRun: boolean) => {
      if (!file) return;
      setBusy(true);
      const next = await send(brandId, file.file, file.format, {
        dryRun,
        mapping,
        network: mapping.network ? null : network,
        locale,
      });
      setBusy(false);
      setAnswer(next);
      if (!dryRun && next.kind === 'report' && next.report.applied) {
        setStep({ kind: 'done', actuals: next.report.actuals });
        onApplied();
      } else {
        setStep({ kind: 'report' });
      }
    },
    [brandId, file, mapping, network, locale, onApplied],
  );

  return {
    step,
    fileName: file?.file.name ?? null,
    headers,
    mapping,
    setMapping,
    network,
    setNetwork,
    answer,
    busy,
    choose,
    check: () => run(true),
    apply: () => run(false),
    backToMapping: () => setStep({ kind: 'mapping' }),
    reset,
  };
}
