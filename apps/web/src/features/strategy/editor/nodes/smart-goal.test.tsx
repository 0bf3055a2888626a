import { el, p } from '@chorus/strategy-model';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as Y from 'yjs';
import { renderStrategyEditor, settle, strategyDoc } from '../test-support';

function goalElement(doc: Y.Doc): Y.XmlElement {
  const element = doc.getXmlFragment('strategy').toArray()[0];
  if (!(element instanceof Object) || !('getAttribute' in element)) throw new Error('no goal');
  return element as Y.XmlElement;
}

function letters(): Record<string, string | null> {
  const checklist = screen.getByTestId('smart-checklist');
  return Object.fromEntries(
    Array.from(checklist.querySelectorAll('[data-letter]'), (item) => [
      item.getAttribute('data-letter') ?? '',
      item.getAttribute('data-ok'),
    ]),
  );
}

describe('a SMART goal card', () => {
  it('flags what is missing: no metric, a target that is not a number, a deadline in the past', async () => {
    const doc = strategyDoc([
      el('smartGoal', {
        goalId: 'g1',
        statement: 'Grow the tea club',
        metric: '',
        target: 'a lot',
        deadline: '2020-01-31',
      }),
      p(''),
    ]);
    await renderStrategyEditor(doc);

    expect(letters()).toEqual({ S: 'true', M: 'false', A: 'false', R: 'true', T: 'false' });
    const issues = within(screen.getByTestId('smart-issues'));
    expect(issues.getByText('Name the metric that shows progress.')).toBeInTheDocument();
    expect(
      issues.getByText('The target must be a number (e.g. 25000, 4.5 or 12%).'),
    ).toBeInTheDocument();
    expect(issues.getByText('The deadline is in the past.')).toBeInTheDocument();
    // The fields themselves say what is wrong with them too.
    expect(screen.getByLabelText('Target value')).toHaveAccessibleDescription(
      'The target must be a number (e.g. 25000, 4.5 or 12%).',
    );
  });

  it('updates the checklist live as the fields are filled in, each field one attribute', async () => {
    const doc = strategyDoc([el('smartGoal', { goalId: 'g1' }), p('')]);
    await renderStrategyEditor(doc);
    expect(letters()).toEqual({ S: 'false', M: 'false', A: 'false', R: 'false', T: 'false' });

    expect(screen.getByLabelText('Goal')).not.toHaveClass('strategy-field--read-only');
    expect(screen.getByLabelText('Goal')).not.toHaveAttribute('readonly');
    await userEvent.type(screen.getByLabelText('Goal'), '2,000 tea-club members');
    await userEvent.type(screen.getByLabelText('Metric'), 'Members');
    await userEvent.type(screen.getByLabelText('Target value'), '2000');
    fireEvent.change(screen.getByLabelText('Deadline'), { target: { value: '2099-06-30' } });
    await settle();

    expect(letters()).toEqual({ S: 'true', M: 'true', A: 'true', R: 'true', T: 'true' });
    expect(screen.queryByTestId('smart-issues')).not.toBeInTheDocument();
    expect(screen.getByText('This goal is SMART.')).toBeInTheDocument();
    const goal = goalElement(doc);
    expect(goal.getAttribute('statement')).toBe('2,000 tea-club members');
    expect(goal.getAttribute('metric')).toBe('Members');
    expect(goal.getAttribute('target')).toBe('2000');
    expect(goal.getAttribute('deadline')).toBe('2099-06-30');
    expect(goal.getAttribute('goalId')).toBe('g1');
  });

  it('shows someone else’s change to another field without touching the field being typed in', async () => {
    const doc = strategyDoc([el('smartGoal', { goalId: 'g1', statement: 'Grow' }), p('')]);
    await renderStrategyEditor(doc);
    const statement = screen.getByLabelText<HTMLTextAreaElement>('Goal');
    await userEvent.click(statement);
    await userEvent.keyboard('{End} the club');
    statement.setSelectionRange(4, 4);

    // Another person sets the metric (a remote Yjs change).
    doc.transact(() => goalElement(doc).setAttribute('metric', 'Members'), 'remote');
    await settle();

    expect(screen.getByLabelText('Metric')).toHaveValue('Members');
    expect(statement).toHaveValue('Grow the club');
    expect(statement).toHaveFocus();
    expect(statement.selectionStart).toBe(4);
  });

  it('cuts a field at the length limit', async () => {
    const doc = strategyDoc([el('smartGoal', { goalId: 'g1' }), p('')]);
    await renderStrategyEditor(doc);
    const why = screen.getByLabelText<HTMLTextAreaElement>('Why it matters');
    fireEvent.change(why, { target: { value: 'x'.repeat(5000) } });
    await settle();
    expect(String(goalElement(doc).getAttribute('why'))).toHaveLength(2000);
  });
});
