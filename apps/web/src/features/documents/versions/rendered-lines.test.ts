import { renderedLines } from './rendered-lines';
import { compareTexts } from './text-compare';

const before = [
  '## Goals',
  '',
  'Reach **2,000** tea-club members by June.',
  '',
  '- Instagram first',
  '- [ ] Brief the designer',
  '',
  '> Tea is a pause.',
  '',
].join('\n');

const after = [
  '## Goals and tasks',
  '',
  'Reach **3,000** tea-club members by June.',
  '',
  '- Instagram first',
  '- [x] Brief the designer',
  '1. Telegram next',
  '',
  '> Tea is a pause.',
  '',
].join('\n');

describe('renderedLines', () => {
  it('shows a Markdown comparison as blocks: no # or ** left, markers for list items, changes in place', () => {
    const lines = renderedLines(compareTexts(before, after));
    const text = (index: number) => lines[index]!.parts.map((part) => part.text).join('');
    expect(lines.map((line) => line.style)).toEqual([
      'heading2',
      'plain',
      'bullet',
      'task',
      'numbered',
      'quote',
    ]);
    expect(text(0)).toBe('Goals and tasks');
    expect(
      lines[0]!.parts.some((part) => part.kind === 'added' && part.text.includes('and tasks')),
    ).toBe(true);
    expect(text(1)).not.toContain('**');
    expect(lines[1]!.parts).toContainEqual({ kind: 'removed', text: '2,000' });
    expect(lines[1]!.parts).toContainEqual({ kind: 'added', text: '3,000' });
    expect(lines[2]!.marker).toBe('•');
    // A task ticked since: one item, shown as it is now.
    expect(lines[3]!.marker).toBe('☑');
    expect(text(3)).toContain('Brief the designer');
    expect(lines[4]).toMatchObject({
      marker: '1.',
      parts: [{ kind: 'added', text: 'Telegram next' }],
    });
    expect(text(5)).toBe('Tea is a pause.');
    for (const line of lines) {
      for (const part of line.parts) expect(part.text).not.toMatch(/^(#+ |[-*] |> )|\*\*/);
    }
  });

  it('reads a table as its rows, cells set apart, without the rule line', () => {
    const table = '| Segment | Drivers |\n|---|---|\n| Students | Calm |\n';
    const lines = renderedLines(compareTexts(table, table.replace('Calm', 'Focus')));
    expect(lines.map((line) => line.style)).toEqual(['tableRow', 'tableRow']);
    expect(lines[0]!.parts.map((part) => part.text).join('')).toBe('Segment · Drivers');
    expect(lines[1]!.parts).toContainEqual({ kind: 'added', text: 'Focus' });
    expect(lines[1]!.parts.map((part) => part.text).join('')).not.toContain('|');
  });

  it('keeps a removed heading a heading, its text marked as removed', () => {
    const lines = renderedLines(compareTexts('## Budget\n\nText.\n', 'Text.\n'));
    expect(lines[0]).toEqual({
      style: 'heading2',
      marker: null,
      parts: [{ kind: 'removed', text: 'Budget' }],
    });
  });
});
