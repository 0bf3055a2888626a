import { MantineProvider } from '@mantine/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../../../i18n';
import { ImportDialog } from './ImportDialog';
import { readImportAnswer } from './upload';

/** An XMLHttpRequest stand-in the test answers by hand. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: {
    onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void;
    onload?: () => void;
  } = {};
  onload?: () => void;
  onerror?: () => void;
  ontimeout?: () => void;
  onabort?: () => void;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

/** The server answers; React sees the report once the answer's promise settles. */
async function answer(request: FakeXhr, status: number, body: unknown): Promise<void> {
  await act(async () => {
    request.respond(status, body);
    await Promise.resolve();
  });
}

const realXhr = window.XMLHttpRequest;
beforeEach(() => {
  FakeXhr.sent = [];
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
});
afterEach(() => {
  window.XMLHttpRequest = realXhr;
});

async function renderDialog() {
  await initI18n({ language: 'en' });
  const onClose = jest.fn();
  render(
    <MantineProvider env="test">
      <ImportDialog documentId="doc-1" opened onClose={onClose} />
    </MantineProvider>,
  );
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return { input, onClose };
}

describe('importing a media-plan file', () => {
  it('refuses a file over 10 MB before uploading anything', async () => {
    const user = userEvent.setup();
    const { input } = await renderDialog();
    const big = new File(['x'], 'year.xlsx');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await user.upload(input, big);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This file is 11 MB; files can be at most 10 MB.',
    );
    expect(FakeXhr.sent).toEqual([]);
  });

  it('refuses a file that is neither CSV nor XLSX', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { input } = await renderDialog();
    await user.upload(input, new File(['%PDF'], 'plan.pdf', { type: 'application/pdf' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This is not a CSV or XLSX file.');
    expect(FakeXhr.sent).toEqual([]);
  });

  it('shows upload progress, then checking, then every bad row and column, and imports nothing', async () => {
    const user = userEvent.setup();
    const { input } = await renderDialog();
    await user.upload(input, new File(['Block,Channel\n'], 'plan.csv', { type: 'text/csv' }));

    const request = FakeXhr.sent[0] as FakeXhr;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/documents/doc-1/import?format=csv&dryRun=true');
    expect(request.headers['X-Chorus-Request']).toBe('1');

    act(() => request.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 100 }));
    expect(screen.getByText('Uploading… 40%')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    act(() => request.upload.onload?.());
    expect(screen.getByTestId('import-announcement')).toHaveTextContent('Checking the file…');

    await answer(request, 422, {
      ok: false,
      errorCount: 2,
      errors: [
        {
          row: 3,
          column: '2027-W02 Budget',
          code: 'budget_not_a_number',
          message: 'Budget "lots" is not a number.',
        },
        {
          row: 7,
          column: 'Block',
          code: 'block_unknown',
          message: 'Block must be PAID, OWNED or EARNED.',
        },
      ],
      warnings: [],
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was imported: the file has 2 problems.',
    );
    const rows = within(screen.getByTestId('import-errors')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'RowColumnProblem',
      '32027-W02 BudgetBudget "lots" is not a number.',
      '7BlockBlock must be PAID, OWNED or EARNED.',
    ]);
    expect(screen.queryByRole('button', { name: 'Replace the rows' })).toBeNull();
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it('moves focus from the vanished file button to the progress, and announces it every 25 %', async () => {
    const user = userEvent.setup();
    await renderDialog();
    const choose = screen.getByRole('button', { name: 'Choose a file' });
    await user.click(choose);
    const input = document.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    await user.upload(input, new File(['Block,Channel\n'], 'plan.csv', { type: 'text/csv' }));
    expect(choose).not.toBeInTheDocument();
    const progress = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.contains(progress)).toBe(true);

    const request = FakeXhr.sent[0] as FakeXhr;
    const announcement = screen.getByTestId('import-announcement');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(announcement.textContent ?? ''));
    observer.observe(announcement, { subtree: true, childList: true, characterData: true });
    for (const loaded of [3, 10, 24, 26, 40, 49, 51, 77, 99]) {
      act(() => request.upload.onprogress?.({ lengthComputable: true, loaded, total: 100 }));
      await act(async () => Promise.resolve());
    }
    observer.disconnect();
    // The bar follows every event; the live region changed only at each quarter.
    expect(progress).toHaveAttribute('aria-valuenow', '99');
    expect(screen.getByText('Uploading… 99%')).toBeInTheDocument();
    expect([...new Set(heard)]).toEqual(['Uploading… 25%', 'Uploading… 50%', 'Uploading… 75%']);
    expect(announcement).toHaveTextContent('Uploading… 75%');

    await answer(request, 422, { ok: false, errorCount: 1, errors: [], warnings: [] });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was imported: the file has 1 problem. Fix it and try again.',
    );
    expect(document.activeElement?.contains(screen.getByRole('alert'))).toBe(true);
  });

  it('imports a clean file only once the person confirms the report', async () => {
    const user = userEvent.setup();
    const { input } = await renderDialog();
    await user.upload(input, new File(['…'], 'plan.xlsx'));
    const dryRun = FakeXhr.sent[0] as FakeXhr;
    expect(dryRun.url).toBe('/api/documents/doc-1/import?format=xlsx&dryRun=true');
    await answer(dryRun, 200, {
      ok: true,
      applied: false,
      rows: 12,
      warnings: [{ row: 0, column: '', code: 'settings_inferred', message: 'No settings.' }],
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The file is valid: 12 rows will replace all the rows of this plan.',
    );
    expect(screen.getByText('No settings.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Replace the rows' }));
    const apply = FakeXhr.sent[1] as FakeXhr;
    expect(apply.url).toBe('/api/documents/doc-1/import?format=xlsx');
    await answer(apply, 200, { ok: true, applied: true, rows: 12, warnings: [] });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported: the plan now has the file’s 12 rows.',
    );
  });

  it('cannot be cancelled once the real import has reached the server, and says it may have been applied when the connection then fails', async () => {
    const user = userEvent.setup();
    const { input, onClose } = await renderDialog();
    await user.upload(input, new File(['Block,Channel\n'], 'plan.csv', { type: 'text/csv' }));
    await answer(FakeXhr.sent[0] as FakeXhr, 200, {
      ok: true,
      applied: false,
      rows: 3,
      warnings: [],
    });
    await user.click(screen.getByRole('button', { name: 'Replace the rows' }));
    const apply = FakeXhr.sent[1] as FakeXhr;
    const abort = jest.spyOn(apply, 'abort');

    // Still uploading: cancelling stops the upload before the server has the file.
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    act(() => apply.upload.onload?.());
    expect(screen.getByTestId('import-announcement')).toHaveTextContent(
      'Replacing the plan’s rows…',
    );
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Close' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(abort).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Import a media plan' })).toBeInTheDocument();

    await act(async () => {
      apply.onerror?.();
      await Promise.resolve();
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The connection was lost after the file was sent: the import may have been applied. Check the plan before importing again.',
    );
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('says only that the server could not be reached when a check fails', async () => {
    const user = userEvent.setup();
    await renderDialog();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    await user.upload(input as HTMLInputElement, new File(['…'], 'plan.xlsx'));
    const dryRun = FakeXhr.sent[0] as FakeXhr;
    act(() => dryRun.upload.onload?.());
    // A check changes nothing: it may be cancelled at any time.
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await act(async () => {
      dryRun.onerror?.();
      await Promise.resolve();
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The server could not be reached. Check the connection and try again.',
    );
  });
});

describe('reading the import endpoint’s answers', () => {
  it('reads a too-large refusal with its limit, and any other refusal with its code', () => {
    expect(
      readImportAnswer(413, {
        error: { code: 'PAYLOAD_TOO_LARGE', message: 'Too large', limitBytes: 10485760 },
      }),
    ).toEqual({ kind: 'tooLarge', limitBytes: 10485760 });
    expect(readImportAnswer(403, { error: { code: 'FORBIDDEN', message: 'No.' } })).toEqual({
      kind: 'refused',
      status: 403,
      code: 'FORBIDDEN',
      message: 'No.',
    });
    expect(readImportAnswer(502, null)).toEqual({
      kind: 'refused',
      status: 502,
      code: '',
      message: '',
    });
  });
});
