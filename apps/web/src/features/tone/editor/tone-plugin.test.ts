import { createChecker, validateGuide, type ToneGuide } from '@chorus/tone-check';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ToneCheck } from './tone-extension';
import {
  placedText,
  replaceFinding,
  setToneSettings,
  toneKey,
  type ToneSettings,
} from './tone-plugin';

const GUIDE: ToneGuide = validateGuide({
  thresholds: { blockBelow: 60, warnBelow: 80 },
  traits: [],
  address: [],
  terms: [
    {
      id: 'uk-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'uk',
      terms: ['дешевий'],
      replacement: 'доступний',
    },
    {
      id: 'he-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'he',
      terms: ['זול'],
      replacement: 'משתלם',
    },
    {
      id: 'en-cheap',
      severity: 'recommended',
      kind: 'banned',
      language: 'en',
      terms: ['cheap'],
      replacement: 'affordable',
    },
  ],
  readability: [],
  escalation: [],
  templates: [],
});

function editorWith(html: string, settings?: ToneSettings): Editor {
  return new Editor({
    element: document.createElement('div'),
    extensions: [StarterKit, ToneCheck.configure(settings ? { settings } : {})],
    content: html,
  });
}

function underlined(editor: Editor): Array<{ text: string; rule: string }> {
  const state = toneKey.getState(editor.state)!;
  return state.placed.map((placed) => ({
    text: placedText(editor.state, placed),
    rule: placed.finding.ruleId,
  }));
}

describe('the tone plugin underlines findings in the editor', () => {
  let editors: Editor[] = [];
  const make = (html: string, settings?: ToneSettings) => {
    const editor = editorWith(html, settings);
    editors.push(editor);
    return editor;
  };
  afterEach(() => {
    editors.forEach((editor) => editor.destroy());
    editors = [];
  });

  it('places a banned Ukrainian word at its document position, in the second paragraph too, and draws it in the view', () => {
    const checker = createChecker(GUIDE);
    const editor = make(
      '<p>Наш чай дешевий і смачний.</p><p>Це не <strong>дешевий</strong> чай, а добрий.</p>',
      { checker, language: 'uk', options: { locale: 'en' } },
    );
    expect(underlined(editor)).toEqual([
      { text: 'дешевий', rule: 'uk-cheap' },
      { text: 'дешевий', rule: 'uk-cheap' },
    ]);
    const marks = editor.view.dom.querySelectorAll('.tone-finding');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['дешевий', 'дешевий']);
    expect(marks[0]!.getAttribute('data-tone-rule')).toBe('uk-cheap');
    expect(marks[0]!.getAttribute('title')).toContain('доступний');
  });

  it('places a Hebrew word behind a prefix on the word itself, in a right-to-left paragraph after a left-to-right one', () => {
    const checker = createChecker(GUIDE);
    const editor = make('<p>Our tea is cheap.</p><p>התה שלנו לא זול, והוא טעים. גם בזול</p>', {
      checker,
      language: 'en',
      options: {},
    });
    const found = underlined(editor);
    expect(found).toEqual([
      { text: 'cheap', rule: 'en-cheap' },
      { text: 'זול', rule: 'he-cheap' },
      { text: 'זול', rule: 'he-cheap' },
    ]);
    // The second Hebrew finding is the word after the prefix ב, at the very end of the block.
    const state = toneKey.getState(editor.state)!;
    const last = state.placed[2]!;
    const paragraph = editor.state.doc.child(1);
    const paragraphEnd = editor.state.doc.child(0).nodeSize + paragraph.nodeSize - 1;
    expect(last.to).toBe(paragraphEnd);
    expect(editor.state.doc.textBetween(last.from - 1, last.from)).toBe('ב');
  });

  it('re-analyses only the paragraph a keystroke changed, and moves the other findings with the text', () => {
    const checker = createChecker(GUIDE);
    const paragraphs = Array.from(
      { length: 50 },
      (_, i) => `<p>Абзац ${i}: дешевий чай номер ${i}.</p>`,
    );
    const editor = make(paragraphs.join(''), { checker, language: 'uk', options: {} });
    expect(underlined(editor)).toHaveLength(50);
    const before = checker.analysed;
    // Type at the start of the first paragraph: every finding after it shifts by one.
    editor.commands.insertContentAt(1, 'Х');
    expect(checker.analysed - before).toBe(1);
    const found = underlined(editor);
    expect(found).toHaveLength(50);
    expect(found.every((item) => item.text === 'дешевий')).toBe(true);
    // Typing a banned word into a third paragraph adds exactly that finding.
    const third = toneKey.getState(editor.state)!.placed[2]!;
    editor.commands.insertContentAt(third.from, 'дешевий ');
    expect(checker.analysed - before).toBe(2);
    expect(underlined(editor)).toHaveLength(51);
    // The decorations (moved through the edits, the new one added) lie where the findings are.
    const state = toneKey.getState(editor.state)!;
    const drawn = state.decorations
      .find()
      .map((decoration) => [decoration.from, decoration.to])
      .sort((a, b) => a[0]! - b[0]!);
    expect(drawn).toEqual(state.placed.map((placed) => [placed.from, placed.to]));
    expect(
      [...editor.view.dom.querySelectorAll('.tone-finding')].map((mark) => mark.textContent),
    ).toEqual(Array.from({ length: 51 }, () => 'дешевий'));
  });

  it('replaces a finding with its replacement in one step, after which nothing is underlined', () => {
    const checker = createChecker(GUIDE);
    const editor = make('<p>Наш чай дешевий.</p>', { checker, language: 'uk', options: {} });
    const [placed] = toneKey.getState(editor.state)!.placed;
    expect(replaceFinding(editor.view, placed!)).toBe(true);
    expect(editor.getText()).toBe('Наш чай доступний.');
    expect(underlined(editor)).toEqual([]);
    expect(toneKey.getState(editor.state)!.result!.score).toBe(100);
  });

  it('checks nothing until a guideline arrives, then honours findings ignored once', () => {
    const editor = make('<p>Our tea is cheap, really cheap.</p>');
    expect(toneKey.getState(editor.state)!.result).toBeNull();
    const checker = createChecker(GUIDE);
    setToneSettings(editor.view, { checker, language: 'en', options: {} });
    expect(underlined(editor)).toHaveLength(2);
    expect(toneKey.getState(editor.state)!.result!.score).toBe(88);
    setToneSettings(editor.view, {
      checker,
      language: 'en',
      options: { ignore: [{ ruleId: 'en-cheap', text: 'cheap' }] },
    });
    expect(underlined(editor)).toEqual([]);
    expect(toneKey.getState(editor.state)!.result!.score).toBe(100);
  });
});
