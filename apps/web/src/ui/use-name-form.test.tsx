import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ChangeEvent, FormEvent } from 'react';
import { initI18n } from '../i18n';
import { useNameForm, type NameFormOptions } from './use-name-form';

function submitEvent(): FormEvent<HTMLElement> {
  return { preventDefault: jest.fn() } as unknown as FormEvent<HTMLElement>;
}

function typed(value: string): ChangeEvent<HTMLInputElement> {
  return { currentTarget: { value } } as ChangeEvent<HTMLInputElement>;
}

function refusal(extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });
}

beforeAll(async () => {
  await initI18n({ language: 'en' });
});

function renderForm(options: Partial<NameFormOptions> = {}) {
  const submit = jest.fn((name: string) => Promise.resolve(name));
  const hook = renderHook(() => useNameForm({ initial: '', submit, ...options }));
  return { ...hook, submit };
}

describe('the name form', () => {
  it('says a blank name is missing and sends nothing', () => {
    const { result, submit } = renderForm({ initial: '   ' });
    act(() => result.current.onSubmit(submitEvent()));
    expect(result.current.inputProps.error).toBe('Fill in this field.');
    expect(submit).not.toHaveBeenCalled();
  });

  it('uses the screen’s own words for a missing name when given', () => {
    const { result } = renderForm({ missingMessage: 'Enter the name others see.' });
    act(() => result.current.onSubmit(submitEvent()));
    expect(result.current.inputProps.error).toBe('Enter the name others see.');
  });

  it('sends the trimmed name, busy until the answer comes', async () => {
    const { result, submit } = renderForm();
    act(() => result.current.inputProps.onChange(typed('  Soda squad ')));
    act(() => result.current.onSubmit(submitEvent()));
    expect(result.current.busy).toBe(true);
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(submit).toHaveBeenCalledWith('Soda squad');
    expect(result.current.inputProps.error).toBeUndefined();
  });

  it('shows a refusal about the field under it, and one about nothing in particular above the buttons', async () => {
    const { result, submit } = renderForm({ initial: 'Acme' });
    submit.mockRejectedValueOnce(refusal({ code: 'CONFLICT', field: 'name' }));
    act(() => result.current.onSubmit(submitEvent()));
    await waitFor(() =>
      expect(result.current.inputProps.error).toBe('This name is already taken in this workspace.'),
    );
    expect(result.current.problem.formError).toBeUndefined();

    submit.mockRejectedValueOnce(refusal({ code: 'FORBIDDEN' }));
    act(() => result.current.onSubmit(submitEvent()));
    await waitFor(() => expect(result.current.problem.formError).toBeDefined());
    expect(result.current.inputProps.error).toBeUndefined();
  });

  it('goes back to where it started on reset, forgetting the problem', async () => {
    const { result, submit } = renderForm({ initial: 'Acme' });
    submit.mockRejectedValueOnce(refusal({ code: 'FORBIDDEN' }));
    act(() => result.current.inputProps.onChange(typed('Acme 2')));
    act(() => result.current.onSubmit(submitEvent()));
    await waitFor(() => expect(result.current.problem.formError).toBeDefined());
    act(() => result.current.reset());
    expect(result.current.value).toBe('Acme');
    expect(result.current.problem.formError).toBeUndefined();
  });
});
