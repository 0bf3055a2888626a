import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook, waitFor } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useConfirmedAction } from './use-confirmed-action';

function refusal(code: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    errors: [{ message: `Server message for ${code}`, extensions: { code } }],
  });
}

beforeAll(async () => {
  await initI18n({ language: 'en' });
});

describe('the confirmed action', () => {
  it('asks for a target, runs the action on confirming, then closes and reports the result', async () => {
    const onDone = jest.fn();
    const action = jest.fn((id: string) => Promise.resolve(`removed ${id}`));
    const { result } = renderHook(() => useConfirmedAction(action, { onDone }));

    expect(result.current.dialog.opened).toBe(false);
    act(() => result.current.ask('row-7'));
    expect(result.current.dialog.opened).toBe(true);
    expect(result.current.target).toBe('row-7');
    expect(action).not.toHaveBeenCalled();

    act(() => result.current.dialog.onConfirm());
    expect(result.current.dialog.busy).toBe(true);
    await waitFor(() => expect(result.current.dialog.opened).toBe(false));
    expect(action).toHaveBeenCalledWith('row-7');
    expect(onDone).toHaveBeenCalledWith('removed row-7', 'row-7');
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBeUndefined();
  });

  it('keeps the confirmation open with the problem in words when the action fails, and clears it when asked again', async () => {
    const onDone = jest.fn();
    const { result } = renderHook(() =>
      useConfirmedAction<void, unknown>(() => Promise.reject(refusal('LAST_OWNER')), { onDone }),
    );

    act(() => result.current.ask());
    act(() => result.current.dialog.onConfirm());
    await waitFor(() => expect(result.current.dialog.error).toBeDefined());
    expect(result.current.dialog.error).toBe(
      'A workspace needs at least one owner. Make someone else an owner first.',
    );
    expect(result.current.problem?.code).toBe('LAST_OWNER');
    expect(result.current.dialog.opened).toBe(true);
    expect(result.current.dialog.busy).toBe(false);
    expect(onDone).not.toHaveBeenCalled();

    act(() => result.current.close());
    act(() => result.current.ask());
    expect(result.current.dialog.error).toBeUndefined();
  });

  it('runs without asking, and a screen may word a code its own way', async () => {
    const { result } = renderHook(() =>
      useConfirmedAction(() => Promise.reject(refusal('CONFLICT')), {
        overrides: { CONFLICT: 'You are already a member of this workspace.' },
      }),
    );

    act(() => result.current.run());
    await waitFor(() =>
      expect(result.current.error).toBe('You are already a member of this workspace.'),
    );
    expect(result.current.asking).toBe(false);
    expect(result.current.problem?.code).toBe('CONFLICT');
  });

  it('says the server could not be reached when the request never got an answer', async () => {
    const { result } = renderHook(() =>
      useConfirmedAction(() => Promise.reject(new Error('Failed to fetch'))),
    );
    act(() => result.current.run());
    await waitFor(() =>
      expect(result.current.error).toBe(
        'The server could not be reached. Check your connection and try again.',
      ),
    );
  });
});
