import { useCallback, useState } from 'react';
import type { ExportRow } from '../dashboard-export';

/** A sheet of the workbook: its name and rows, the first row its header. */
export interface ReportSheet {
  name: string;
  rows: ExportRow[];
}

/**
 * Asks the server to write tables as an XLSX workbook (POST …/kpis/report.xlsx) and hands
 * the file to the browser. `failed` says the last attempt did not give a workbook.
 */
export function useReportXlsx(brandId: string) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const request = useCallback(
    async (fileName: string, sheets: ReportSheet[]): Promise<Blob | null> => {
      setBusy(true);
      setFailed(false);
      try {
        const response = await fetch(
          `/api/brands/${encodeURIComponent(brandId)}/kpis/report.xlsx`,
          {
            method: 'POST',
            credentials: 'include',
            headers: {
              'X-Chorus-Request': '1',
              'Content-Type': 'application/vnd.chorus.report+json',
            },
            body: JSON.stringify({ fileName, sheets }),
          },
        );
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return await response.blob();
      } catch {
        setFailed(true);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [brandId],
  );
  return { request, busy, failed };
}
