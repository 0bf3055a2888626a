/** The formats the server reads and writes. */
export type PlanFileFormat = 'csv' | 'xlsx';

/** Largest file the server accepts (10 MB); larger ones are refused before uploading. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * A problem of an imported file, or something the import did on its own, and where: the
 * 1-based line (CSV) or row (XLSX), 0 for the whole file; the column's heading, or ''.
 */
export interface ImportNote {
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

/** What the server answered to an import (dry run or not). */
export type ImportAnswer =
  | {
      readonly kind: 'ok';
      readonly applied: boolean;
      readonly rows: number;
      readonly warnings: readonly ImportNote[];
    }
  | {
      readonly kind: 'invalid';
      readonly errors: readonly ImportNote[];
      readonly errorCount: number;
    }
  | { readonly kind: 'tooLarge'; readonly limitBytes: number }
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly code: string;
      readonly message: string;
    }
  | { readonly kind: 'network' }
  | { readonly kind: 'aborted' };

/** The file's format from its name (or type); null when it is neither CSV nor XLSX. */
export function fileFormat(file: { name: string; type: string }): PlanFileFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  if (
    name.endsWith('.xlsx') ||
    file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  ) {
    return 'xlsx';
  }
  return null;
}

/** The export address of a plan in a format (a download, authenticated by the session cookie). */
export function exportUrl(documentId: string, format: PlanFileFormat): string {
  return `/api/documents/${encodeURIComponent(documentId)}/export?format=${format}`;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** A problem or note as the server sent it (an object, or a bare sentence). */
function readNote(entry: unknown): ImportNote {
  if (typeof entry === 'string') return { row: 0, column: '', code: '', message: entry };
  const e = record(entry);
  return {
    row: typeof e.row === 'number' ? e.row : 0,
    column:
      typeof e.column === 'string'
        ? e.column
        : typeof e.column === 'number'
          ? String(e.column)
          : '',
    code: typeof e.code === 'string' ? e.code : '',
    message: typeof e.message === 'string' ? e.message : '',
  };
}

/** Reads the server's answer by status; anything unexpected is a refusal with its status. */
export function readImportAnswer(status: number, body: unknown): ImportAnswer {
  const data = record(body);
  if (status === 200 && data.ok === true) {
    return {
      kind: 'ok',
      applied: data.applied === true,
      rows: typeof data.rows === 'number' ? data.rows : 0,
      warnings: Array.isArray(data.warnings) ? data.warnings.map(readNote) : [],
    };
  }
  if (status === 422 && Array.isArray(data.errors)) {
    const errors = data.errors.map(readNote);
    return {
      kind: 'invalid',
      errors,
      errorCount: typeof data.errorCount === 'number' ? data.errorCount : errors.length,
    };
  }
  const error = record(data.error);
  if (status === 413) {
    const details = record(error.details);
    const limit = error.limitBytes ?? details.limitBytes;
    return { kind: 'tooLarge', limitBytes: typeof limit === 'number' ? limit : MAX_IMPORT_BYTES };
  }
  return {
    kind: 'refused',
    status,
    code: typeof error.code === 'string' ? error.code : '',
    message: typeof error.message === 'string' ? error.message : '',
  };
}

export interface UploadOptions {
  documentId: string;
  format: PlanFileFormat;
  file: Blob;
  dryRun: boolean;
  /** Share of the file sent, 0 to 1. */
  onProgress: (share: number) => void;
  /** The whole file is sent; the server is checking it. */
  onUploaded: () => void;
}

/**
 * Sends a file to the plan's import endpoint as the raw request body. XMLHttpRequest rather
 * than fetch: only it reports upload progress.
 */
export function uploadImport(options: UploadOptions): {
  answer: Promise<ImportAnswer>;
  abort: () => void;
} {
  const xhr = new XMLHttpRequest();
  const url =
    `/api/documents/${encodeURIComponent(options.documentId)}/import?format=${options.format}` +
    (options.dryRun ? '&dryRun=true' : '');
  const answer = new Promise<ImportAnswer>((resolve) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => {
      options.onProgress(1);
      options.onUploaded();
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = null;
      }
      resolve(readImportAnswer(xhr.status, body));
    };
    xhr.onerror = () => resolve({ kind: 'network' });
    xhr.ontimeout = () => resolve({ kind: 'network' });
    xhr.onabort = () => resolve({ kind: 'aborted' });
  });
  xhr.open('POST', url);
  xhr.withCredentials = true;
  xhr.setRequestHeader('X-Chorus-Request', '1');
  xhr.setRequestHeader(
    'Content-Type',
    options.format === 'csv'
      ? 'text/csv'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  xhr.send(options.file);
  return { answer, abort: () => xhr.abort() };
}
