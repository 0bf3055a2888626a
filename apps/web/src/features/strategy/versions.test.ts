import { buildFragment, el, p } from '@chorus/strategy-model';
import * as Y from 'yjs';
import { strategyComparableText } from './versions';

describe('the comparable text of a strategy', () => {
  it('is its Markdown, so a comparison reads like the document', () => {
    const fragment = buildFragment([
      el('heading', { level: 2 }, 'Mục tiêu và nhiệm vụ'),
      p('Thêm 300 người theo dõi.'),
    ]);
    const text = strategyComparableText(fragment.doc!);
    expect(text).toContain('## Mục tiêu và nhiệm vụ');
    expect(text).toContain('Thêm 300 người theo dõi.');
  });

  it('is empty for an empty document', () => {
    expect(strategyComparableText(new Y.Doc())).toBe('');
  });
});
