import type { ToneGuide } from '@chorus/tone-check';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n, initI18n } from '../../../../i18n';
import { emptyGuide } from '../../guideline-draft';
import { GuidelineForm, type GuideProblem } from './GuidelineForm';

const GUIDE: ToneGuide = {
  ...emptyGuide(),
  address: [{ id: 'uk-you', severity: 'required', language: 'uk', choice: 'formal' }],
  terms: [
    {
      id: 'cheap',
      severity: 'required',
      kind: 'banned',
      language: 'uk',
      terms: ['дешевий'],
      replacement: 'доступний',
    },
  ],
};

async function renderForm(
  props: Partial<Parameters<typeof GuidelineForm>[0]> & { onSubmit?: (guide: ToneGuide) => void },
) {
  await initI18n({ language: 'en' });
  const onSubmit = props.onSubmit ?? jest.fn();
  const view = render(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <GuidelineForm initial={GUIDE} editable onSubmit={onSubmit} {...props} />
      </I18nextProvider>
    </MantineProvider>,
  );
  return { ...view, onSubmit };
}

describe('the tone-of-voice guideline form', () => {
  it('saves a banned word added by the chief expert as a validated guideline', async () => {
    const onSubmit = jest.fn<void, [ToneGuide]>();
    await renderForm({ onSubmit });
    await userEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    const rows = screen.getAllByRole('group', { name: /^Term 2$/ });
    const row = rows[0]!;
    await userEvent.type(within(row).getByRole('textbox', { name: /Banned words/ }), 'акція');
    await userEvent.type(within(row).getByRole('textbox', { name: /Replacement/ }), 'пропозиція');
    await userEvent.click(screen.getByRole('button', { name: 'Save guideline' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const saved = onSubmit.mock.calls[0]![0];
    expect(saved.terms[1]).toMatchObject({
      kind: 'banned',
      language: 'all',
      terms: ['акція'],
      replacement: 'пропозиція',
      severity: 'required',
    });
    expect(saved.address).toEqual([
      { id: 'uk-you', severity: 'required', language: 'uk', choice: 'formal', capitalise: false },
    ]);
  });

  it('refuses a replacement equal to its term at that field, focused, and sends nothing', async () => {
    const onSubmit = jest.fn();
    await renderForm({ onSubmit });
    const row = screen.getByRole('group', { name: 'дешевий' });
    const replacement = within(row).getByRole('textbox', { name: /Replacement/ });
    await userEvent.clear(replacement);
    await userEvent.type(replacement, 'Дешевий');
    await userEvent.click(screen.getByRole('button', { name: 'Save guideline' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(replacement).toHaveAccessibleDescription(
      expect.stringContaining('The replacement is the same as the word it replaces.'),
    );
    expect(replacement).toHaveFocus();
  });

  it('refuses a threshold outside 0–100 and a pattern in place of a word', async () => {
    const onSubmit = jest.fn();
    await renderForm({ onSubmit });
    const block = screen.getByRole('textbox', { name: 'Block below' });
    await userEvent.clear(block);
    await userEvent.type(block, '120');
    await userEvent.click(screen.getByRole('button', { name: 'Save guideline' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(block).toHaveAccessibleDescription('Write a number from 0 to 100.');
    await userEvent.clear(block);
    await userEvent.type(block, '50');
    const words = within(screen.getByRole('group', { name: 'дешевий' })).getByRole('textbox', {
      name: /Banned words/,
    });
    await userEvent.clear(words);
    await userEvent.type(words, '(a+)+$');
    await userEvent.click(screen.getByRole('button', { name: 'Save guideline' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(words).toHaveAccessibleDescription(expect.stringContaining('patterns are not accepted'));
  });

  it("shows the server's refusal at the field it names, mapped from its index to the language", async () => {
    const problem: GuideProblem = { field: 'address[0].choice', code: 'invalid_field' };
    await renderForm({ serverProblem: problem });
    const select = screen.getByRole('combobox', { name: 'Ukrainian' });
    expect(select).toHaveAccessibleDescription('This value is not valid.');
  });

  it('is read-only for people without the edit right: inputs disabled, no save or add buttons', async () => {
    await renderForm({ editable: false });
    expect(screen.queryByRole('button', { name: 'Save guideline' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a term' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Block below' })).toBeDisabled();
    expect(
      within(screen.getByRole('group', { name: 'дешевий' })).getByRole('textbox', {
        name: /Replacement/,
      }),
    ).toHaveValue('доступний');
  });
});
