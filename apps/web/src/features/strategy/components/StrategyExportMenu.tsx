import { Button, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategyExportFormat } from '../../../gql/graphql';
import { ChevronDown, useConfirmedAction } from '../../../ui';
import { useStrategyExport } from '../hooks/use-strategy-export';

export interface ExportedFile {
  filename: string;
  contentType: string;
  content: string;
}

/** How long a download's object URL lives: the browser has started reading it by then. */
const revokeAfterMs = 60_000;

/** Saves `file` through the browser's download, from an object URL (no round trip). */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}

/**
 * Prints a standalone HTML page through the browser's print dialog (where "Save as PDF"
 * is), from an invisible frame. The frame is sandboxed without `allow-scripts`, so the
 * page cannot run scripts whatever it contains; `allow-same-origin` lets this page call
 * its print(), and `allow-modals` lets the print dialog open.
 */
export function printHtml(html: string, frameTitle: string): HTMLIFrameElement {
  document.querySelectorAll('iframe[data-print-frame]').forEach((old) => old.remove());
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('data-print-frame', '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = frameTitle;
  // Laid out (a frame with display: none prints nothing in some browsers) but not seen.
  frame.style.position = 'fixed';
  frame.style.insetBlockEnd = '0';
  frame.style.insetInlineEnd = '0';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.addEventListener('load', () => {
    const view = frame.contentWindow;
    if (!view) return;
    view.addEventListener('afterprint', () => frame.remove());
    view.focus();
    view.print();
  });
  frame.srcdoc = html;
  document.body.append(frame);
  return frame;
}

/**
 * Exports a strategy: "Download Markdown" saves a .md file; "Print / save as PDF" opens
 * the print dialog on the server's print-ready HTML page.
 */
export function StrategyExportMenu({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const fetchExport = useStrategyExport(documentId);
  // Nothing changes on the server, so it runs without asking; a failure shows below.
  const exporting = useConfirmedAction(fetchExport, {
    onDone: (file: ExportedFile | undefined, format: StrategyExportFormat) => {
      if (!file) return;
      if (format === 'MARKDOWN') downloadFile(file);
      else printHtml(file.content, t('strategy.export.printFrameTitle'));
    },
  });

  return (
    <Stack gap={4} align="flex-start">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            size="sm"
            rightSection={<ChevronDown />}
            loading={exporting.busy}
          >
            {t('strategy.export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => exporting.run('MARKDOWN')}>
            {t('strategy.export.markdown')}
          </Menu.Item>
          <Menu.Item onClick={() => exporting.run('HTML')}>{t('strategy.export.print')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {exporting.error && (
        <Text size="sm" c="red.9" role="alert">
          {exporting.error}
        </Text>
      )}
    </Stack>
  );
}
