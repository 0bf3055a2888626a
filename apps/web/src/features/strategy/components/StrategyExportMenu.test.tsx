import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n } from '../../../i18n';
import { answer, errorResult } from '../../../../test/factories';
import { StrategyExportMenu } from './StrategyExportMenu';
import { StrategyExportQuery } from '../graphql/strategy-export.graphql';
import { readBlob } from '../../../../test/read-blob';

function exported(
  format: 'MARKDOWN' | 'HTML',
  file: { filename: string; contentType: string; content: string },
) {
  return answer(
    StrategyExportQuery,
    { documentId: 'doc-1', format },
    { data: { strategyExport: { __typename: 'StrategyExport', ...file } } },
  );
}

async function renderMenu(mocks: MockLink.MockedResponse[]) {
  await initI18n({ language: 'en' });
  render(
    <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
      <StrategyExportMenu documentId="doc-1" />
    </AppProviders>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
}

describe('exporting a strategy', () => {
  const createObjectURL = jest.fn<string, [Blob]>(() => 'blob:chorus/export-1');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    createObjectURL.mockClear();
  });

  afterEach(() => {
    jest.restoreAllMocks();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('downloads the Markdown the server builds, under its file name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    await renderMenu([
      exported('MARKDOWN', {
        filename: 'strategy-2027.md',
        contentType: 'text/markdown; charset=utf-8',
        content: '# Strategy 2027\n\n## Mục tiêu và nhiệm vụ\n',
      }),
    ]);

    await userEvent.click(await screen.findByRole('menuitem', { name: 'Download Markdown' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    const link = clicked[0]!;
    expect(link.download).toBe('strategy-2027.md');
    expect(link.href).toBe('blob:chorus/export-1');
    expect(link.isConnected).toBe(false);
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('text/markdown; charset=utf-8');
    expect(await readBlob(blob)).toBe('# Strategy 2027\n\n## Mục tiêu và nhiệm vụ\n');
  });

  it('prints the HTML page from a sandboxed frame that cannot run scripts', async () => {
    const html = '<!doctype html><html><body><h1>Strategy 2027</h1></body></html>';
    await renderMenu([
      exported('HTML', { filename: 'strategy-2027.html', contentType: 'text/html', content: html }),
    ]);

    await userEvent.click(await screen.findByRole('menuitem', { name: 'Print / save as PDF' }));

    const frame = await waitFor(() => {
      const found = document.querySelector<HTMLIFrameElement>('iframe[data-print-frame]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.srcdoc).toBe(html);
    expect(frame.title).toBe('Strategy ready to print');
    const print = jest.fn();
    frame.contentWindow!.print = print;
    frame.dispatchEvent(new Event('load'));
    expect(print).toHaveBeenCalledTimes(1);
    frame.contentWindow!.dispatchEvent(new Event('afterprint'));
    expect(frame.isConnected).toBe(false);
  });

  it('says why an export failed', async () => {
    await renderMenu([
      answer(
        StrategyExportQuery,
        { documentId: 'doc-1', format: 'MARKDOWN' },
        errorResult('FORBIDDEN'),
      ),
    ]);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Download Markdown' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "You don't have permission to do this.",
    );
  });
});
