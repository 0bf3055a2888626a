import { el, p } from '@chorus/strategy-model';
import { act, screen } from '@testing-library/react';
import { renderStrategyEditor, settle, strategyDoc } from '../test-support';

describe('the insight block', () => {
  it('says nothing while the insight is one or two sentences', async () => {
    await renderStrategyEditor(
      strategyDoc([el('insight', {}, 'Tea is a pause. People want a pause.'), p('')]),
    );
    expect(screen.getByText('Insight')).toBeInTheDocument();
    expect(screen.queryByTestId('insight-warning')).not.toBeInTheDocument();
  });

  it('warns once the insight grows beyond two sentences, live as it is typed', async () => {
    const doc = strategyDoc([el('insight', {}, 'Tea is a pause. People want a pause.'), p('')]);
    const { editor } = await renderStrategyEditor(doc);

    act(() => {
      // The end of the insight's text: after its opening position and its text.
      const end = 1 + 'Tea is a pause. People want a pause.'.length;
      editor.chain().insertContentAt(end, ' Nobody has time for one.').run();
    });
    await settle();

    expect(await screen.findByTestId('insight-warning')).toHaveTextContent(
      'An insight is one or two sentences; this one has 3. Keep the sharpest 2.',
    );
  });

  it('counts a line break as the end of a sentence', async () => {
    await renderStrategyEditor(
      strategyDoc([
        el(
          'insight',
          {},
          'Tea is a pause',
          el('hardBreak'),
          'Work never stops',
          el('hardBreak'),
          'So we stop',
        ),
        p(''),
      ]),
    );
    expect(screen.getByTestId('insight-warning')).toHaveTextContent('this one has 3');
  });
});
