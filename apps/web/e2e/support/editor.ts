import type { Page } from 'playwright-core';

/** What the tests reach of the TipTap editor that hangs on its `.ProseMirror` element. */
export interface PageEditor {
  commands: {
    setContent(content: string): boolean;
    focus(position?: 'start' | 'end'): boolean;
  };
  getText(): string;
  isEditable: boolean;
  view: { hasFocus(): boolean };
}

/** The editor's text (block texts joined by blank lines); '' while no editor is mounted. */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.querySelector<Element & { editor?: PageEditor }>('.ProseMirror');
    return element?.editor?.getText() ?? '';
  });
}

/**
 * Puts the caret at the end of the document, as a click there would, and waits until the
 * editor holds the keyboard focus. TipTap's `focus` command focuses the DOM on the next
 * animation frame: keys pressed before that land on the page's body and are lost, so a test
 * that types straight after the command drops its first characters now and then.
 */
export async function focusEditorEnd(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector<Element & { editor?: PageEditor }>('.ProseMirror')?.editor
        ?.isEditable === true,
    undefined,
    { timeout },
  );
  await page.evaluate(() => {
    document
      .querySelector<Element & { editor?: PageEditor }>('.ProseMirror')
      ?.editor?.commands.focus('end');
  });
  await page.waitForFunction(
    () =>
      document
        .querySelector<Element & { editor?: PageEditor }>('.ProseMirror')
        ?.editor?.view.hasFocus() === true,
    undefined,
    { timeout },
  );
}

/** Starts a new paragraph at the end of the document and types `text` into it. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await focusEditorEnd(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}
