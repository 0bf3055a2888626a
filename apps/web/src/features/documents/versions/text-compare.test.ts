import { collapseUnchanged, compareTexts } from './text-compare';

describe('comparing a version’s text with the current text', () => {
  it('marks the words that changed inside a changed line', () => {
    expect(
      compareTexts('Goal: 2,000 members by June.\n', 'Goal: 3,000 members by July.\n'),
    ).toEqual([
      { kind: 'same', text: 'Goal: ' },
      { kind: 'removed', text: '2,000' },
      { kind: 'added', text: '3,000' },
      { kind: 'same', text: ' members by ' },
      { kind: 'removed', text: 'June' },
      { kind: 'added', text: 'July' },
      { kind: 'same', text: '.\n' },
    ]);
  });

  it('keeps whole lines that were added or removed as lines', () => {
    expect(compareTexts('# Goals\nOld line\n', '# Goals\nNew paragraph here\nAnother\n')).toEqual([
      { kind: 'same', text: '# Goals\n' },
      { kind: 'removed', text: 'Old line\n' },
      { kind: 'added', text: 'New paragraph here\nAnother\n' },
    ]);
  });

  it('reads a run of replaced words as one removal and one insertion', () => {
    expect(
      compareTexts(
        'We sell tea to young people in Hanoi\n',
        'We sell cold coffee to students in Hanoi\n',
      ),
    ).toEqual([
      { kind: 'same', text: 'We sell ' },
      { kind: 'removed', text: 'tea' },
      { kind: 'added', text: 'cold coffee' },
      { kind: 'same', text: ' to ' },
      { kind: 'removed', text: 'young people' },
      { kind: 'added', text: 'students' },
      { kind: 'same', text: ' in Hanoi\n' },
    ]);
  });

  it('splits Thai into words even without spaces', () => {
    const parts = compareTexts('ฉันชอบกินข้าว\n', 'ฉันชอบกินขนม\n');
    expect(parts[0]).toEqual({ kind: 'same', text: 'ฉันชอบกิน' });
    expect(parts.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual([
      'ข้าว',
      'ขนม',
    ]);
  });

  it('finds no change in equal texts', () => {
    expect(compareTexts('Same\n', 'Same\n')).toEqual([{ kind: 'same', text: 'Same\n' }]);
  });
});

describe('folding unchanged text', () => {
  const lines = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, index) => `line ${from + index}\n`).join('');

  it('keeps two lines of context around a change and folds the rest', () => {
    const items = collapseUnchanged([
      { kind: 'same', text: lines(1, 10) },
      { kind: 'added', text: 'new\n' },
      { kind: 'same', text: lines(11, 20) },
      { kind: 'removed', text: 'old\n' },
      { kind: 'same', text: lines(21, 30) },
    ]);
    expect(items).toEqual([
      { kind: 'collapsed', text: lines(1, 8), lines: 8 },
      { kind: 'same', text: lines(9, 10) },
      { kind: 'added', text: 'new\n' },
      { kind: 'same', text: lines(11, 12) },
      { kind: 'collapsed', text: lines(13, 18), lines: 6 },
      { kind: 'same', text: lines(19, 20) },
      { kind: 'removed', text: 'old\n' },
      { kind: 'same', text: lines(21, 22) },
      { kind: 'collapsed', text: lines(23, 30), lines: 8 },
    ]);
  });

  it('does not fold a short stretch', () => {
    const parts = [
      { kind: 'added' as const, text: 'new\n' },
      { kind: 'same' as const, text: lines(1, 6) },
      { kind: 'removed' as const, text: 'old\n' },
    ];
    expect(collapseUnchanged(parts)).toEqual(parts);
  });
});
