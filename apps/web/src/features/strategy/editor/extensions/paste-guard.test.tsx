import { p } from '@chorus/strategy-model';
import type { Editor } from '@tiptap/core';
import { act, screen } from '@testing-library/react';
import { renderStrategyEditor, settle, storedXml, strategyDoc } from '../test-support';
import { cleanPastedHtml } from './clean-pasted-html';
import { MAX_PASTE_BYTES } from './paste-guard';

/** A clipboard as the browser hands it to a paste event. */
function clipboard(data: Record<string, string>, files: File[] = []): DataTransfer {
  return {
    types: Object.keys(data),
    getData: (type: string) => data[type] ?? '',
    files: Object.assign([...files], { item: (i: number) => files[i] ?? null }),
    items: files.map((file) => ({ kind: 'file', type: file.type, getAsFile: () => file })),
  } as unknown as DataTransfer;
}

/** Pastes like a person: a paste event on the editor, which ProseMirror handles. */
async function paste(editor: Editor, data: DataTransfer): Promise<void> {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: data });
  act(() => {
    editor.view.dom.dispatchEvent(event);
  });
  await settle();
}

/** Pastes HTML (with its plain text) at the end of the document. */
async function pasteHtml(editor: Editor, html: string): Promise<void> {
  act(() => {
    editor.commands.focus('end');
  });
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  await paste(editor, clipboard({ 'text/html': html, 'text/plain': text }));
}

const stored = storedXml;

describe('pasting into a strategy', () => {
  it('refuses a 5 MB paste with a notice and changes nothing', async () => {
    const doc = strategyDoc([p('Keep me.')]);
    const { editor } = await renderStrategyEditor(doc);
    const before = stored(doc);
    const text = 'Tea is a pause. '.repeat((5 * 1024 * 1024) / 16);

    await paste(editor, clipboard({ 'text/plain': text, 'text/html': `<p>${text}</p>` }));

    expect(await screen.findByTestId('paste-notice')).toHaveTextContent(
      'That paste is 5.0 MB; paste at most 512 KB at a time.',
    );
    expect(stored(doc)).toBe(before);
    expect(MAX_PASTE_BYTES).toBe(512 * 1024);
  });

  it('refuses pasted images with a notice, inserting nothing', async () => {
    const doc = strategyDoc([p('Keep me.')]);
    const { editor } = await renderStrategyEditor(doc);
    const before = stored(doc);

    await paste(editor, clipboard({}, [new File(['png'], 'shot.png', { type: 'image/png' })]));

    expect(await screen.findByTestId('paste-notice')).toHaveTextContent(
      'Images are not supported in strategy documents yet.',
    );
    expect(stored(doc)).toBe(before);
  });

  it('pastes the text of HTML with images and says the images were left out', async () => {
    const doc = strategyDoc([p('')]);
    const { editor } = await renderStrategyEditor(doc);

    await paste(
      editor,
      clipboard({
        'text/plain': 'Our tea room',
        'text/html': '<p>Our tea room</p><img src="https://example.com/tea.png">',
      }),
    );

    expect(await screen.findByTestId('paste-notice')).toHaveTextContent(
      'Images are not supported in strategy documents yet; the text came in without them.',
    );
    expect(editor.getText()).toContain('Our tea room');
    expect(stored(doc)).not.toContain('img');
  });

  it('brings Word HTML in as clean paragraphs, lists and marks', async () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head><body lang=EN-US>
<!--StartFragment-->
<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b><span style='font-size:14.0pt;mso-bidi-font-family:Calibri'>Goals for 2026</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='mso-fareast-font-family:"Times New Roman"'>We want <i>more</i> members.<o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Tea club<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Workshops<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]>First step<o:p></o:p></p>
<!--EndFragment--></body></html>`;
    const doc = strategyDoc([p('')]);
    const { editor } = await renderStrategyEditor(doc);

    await pasteHtml(editor, word);

    const json = editor.getJSON();
    const types = (json.content ?? []).map((node) => node.type);
    expect(types).toEqual(expect.arrayContaining(['paragraph', 'bulletList', 'orderedList']));
    const xml = stored(doc);
    expect(xml).toContain('<bold>Goals for 2026</bold>');
    expect(xml).toContain('<italic>more</italic>');
    // (Y.XmlElement#toString writes node names in lower case.)
    expect(xml).toContain(
      '<bulletlist><listitem><paragraph>Tea club</paragraph></listitem><listitem><paragraph>Workshops</paragraph></listitem></bulletlist>',
    );
    expect(xml).toMatch(/<orderedlist[^>]*><listitem><paragraph>First step<\/paragraph>/);
    for (const junk of ['mso', 'Mso', 'o:p', '·', 'Symbol', 'Times New Roman', 'style']) {
      expect(xml).not.toContain(junk);
    }
  });

  it('brings Google Docs HTML in without making everything bold', async () => {
    const docs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5a1b2c3d-7fff-1234-abcd-0123456789ab"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;"><span style="font-size:16pt;font-family:Arial;color:#000000;font-weight:400;">Audience</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;font-weight:400;font-style:normal;">Young </span><span style="font-size:11pt;font-family:Arial;font-weight:700;">office</span><span style="font-size:11pt;font-family:Arial;font-weight:400;font-style:italic;"> workers</span></p><ul style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-size:11pt;text-decoration:underline;">Hanoi</span></p></li></ul></b><br class="Apple-interchange-newline">`;
    const doc = strategyDoc([p('')]);
    const { editor } = await renderStrategyEditor(doc);

    await pasteHtml(editor, docs);

    const xml = stored(doc);
    expect(xml).toContain('<heading level="2">Audience</heading>');
    expect(xml).toContain(
      '<paragraph>Young <bold>office</bold><italic> workers</italic></paragraph>',
    );
    expect(xml).toContain(
      '<bulletlist><listitem><paragraph><underline>Hanoi</underline></paragraph></listitem></bulletlist>',
    );
    expect(xml).not.toContain('<bold>Young');
    for (const junk of ['docs-internal-guid', 'Arial', 'line-height', 'dir=']) {
      expect(xml).not.toContain(junk);
    }
  });

  it('keeps nothing executable: scripts, event handlers and javascript: links are gone', async () => {
    const doc = strategyDoc([p('')]);
    const { editor } = await renderStrategyEditor(doc);

    await pasteHtml(
      editor,
      '<p onclick="alert(1)">Hello <a href="javascript:alert(1)">click</a> <a href=" JaVa\tScRiPt:alert(2)">me</a> <a href="https://example.com" class="x" target="_self">ok</a></p><script>alert(3)</script><iframe src="https://evil.example"></iframe><style>p{}</style>',
    );

    const xml = stored(doc);
    expect(editor.getText()).toContain('Hello click me ok');
    expect(xml).not.toMatch(/javascript|alert|onclick|iframe|script/i);
    expect(xml).toContain('href="https://example.com"');
    expect(xml).not.toContain('_self');
    const html = editor.getHTML();
    expect(html).not.toMatch(/javascript:|onclick|<script|<iframe/i);
    expect(html).toContain('target="_blank"');
  });
});

describe('cleanPastedHtml', () => {
  it('drops scripts, styles, images and attributes, and keeps href, spans and marks styles', () => {
    const clean = cleanPastedHtml(
      '<p class="MsoNormal" style="color:red;font-weight:700;mso-bidi:x" onclick="x()">A<img src=x onerror="alert(1)"><script>bad()</script></p><table><tr><td colspan="2" width="9">x</td></tr></table><a href="data:text/html,hi">d</a>',
    );
    expect(clean).toBe(
      '<p style="font-weight:700">A</p><table><tbody><tr><td colspan="2">x</td></tr></tbody></table><a>d</a>',
    );
  });
});
