import { useCallback, useState } from 'react';
import {
  type ColumnMapping,
  type DateOrder,
  fileFormat,
  type ImportAnswer,
  importUrl,
  MAX_IMPORT_BYTES,
  type PostFileFormat,
  readImportAnswer,
} from '../post-files';

/** Where the import dialog is. */
export type ImportStep =
  | { readonly kind: 'choose'; readonly problem?: 'wrongType' | 'tooLarge' }
  | { readonly kind: 'mapping' }
  | { readonly kind: 'report' }
  | { readonly kind: 'done'; readonly created: number };

async function send(
  brandId: string,
  file: File,
  format: PostFileFormat,
  options: { dryRun: boolean; mapping: ColumnMapping | null; dateOrder: DateOrder },
): Promise<ImportAnswer> {
  try {
    const response = await fetch(importUrl(brandId, format, options), {
      method: 'POST',
      credentials: 'include',
      headers: {
        'X-Chorus-Request': '1',
        'Content-Type':
          format === 'csv'
            ? 'text/csv'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: file,
    });
    const body: unknown = await response.json().catch(() => null);
    return readImportAnswer(response.status, body);
  } catch {
    return { kind: 'network' };
  }
}

/**
 * The steps of a posts import: a chosen file is checked at once with the mapping the
 * server suggests from its headers (which also answers the headers); the person adjusts
 * the mapping and checks again; only a report without errors can be imported.
 */
export function usePostImport(brandId: string) {
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' });
  const [file, setFile] = useState<{ file: File; format: PostFileFormat } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrder>('dmy');
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = useCallback(() => {
    setStep({ kind: 'choose' });
    setFile(null);
    setMapping({});
    setAnswer(null);
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
      const first = await send(brandId, chosen, format, { dryRun: true, mapping: null, dateOrder });
      setBusy(false);
      setAnswer(first);
      if (first.kind === 'report' && first.report.headers.length > 0) {
        setMapping(first.report.mapping);
        setStep({ kind: 'mapping' });
      } else {
        setStep({ kind: 'report' });
      }
    },
    [brandId, dateOrder],
  );

  const run = useCallback(
    async (dryRun: boolean) => {
      if (!file) return;
      setBusy(true);
      const next = await send(brandId, file.file, file.format, { dryRun, mapping, dateOrder });
      setBusy(false);
      setAnswer(next);
      if (!dryRun && next.kind === 'report' && next.report.applied) {
        setStep({ kind: 'done', created: next.report.created });
      } else {
        setStep({ kind: 'report' });
      }
    },
    [brandId, file, mapping, dateOrder],
  );

  return {
    step,
    fileName: file?.file.name ?? null,
    mapping,
    setMapping,
    dateOrder,
    setDateOrder,
    answer,
    busy,
    choose,
    check: () => run(true),
    importAll: () => run(false),
    backToMapping: () => setStep({ kind: 'mapping' }),
    reset,
  };
}
