import { useCallback, useState } from 'react';
import { readProblem, useProblemMessage } from '../errors';

/**
 * "Confirm, then mutate, then show the problem" for destructive actions. `ask(target)` opens
 * the confirmation (for that row, member, version …); confirming runs `action(target)`; on
 * success the confirmation closes and `onDone` runs, on failure it stays open with the
 * problem in the reader's language. `run(target)` does the same without asking (an undo
 * such as "Restore"). Spread `dialog` into `ConfirmDialog`.
 */
export function useConfirmedAction<Target = void, Result = unknown>(
  action: (target: Target) => Promise<Result>,
  options: { onDone?: (result: Result, target: Target) => void } = {},
) {
  const message = useProblemMessage();
  const [asking, setAsking] = useState<{ target: Target } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { onDone } = options;

  const run = useCallback(
    (target: Target) => {
      setError(undefined);
      setBusy(true);
      action(target)
        .then((result) => {
          setBusy(false);
          setAsking(null);
          onDone?.(result, target);
        })
        .catch((cause: unknown) => {
          setBusy(false);
          setError(message(readProblem(cause)));
        });
    },
    [action, onDone, message],
  );

  const ask = (target: Target) => {
    setError(undefined);
    setAsking({ target });
  };
  const close = () => setAsking(null);

  return {
    /** What is being confirmed, or null while nothing is asked. */
    target: asking ? asking.target : null,
    asking: asking !== null,
    ask,
    run,
    close,
    busy,
    /** The last failure's message (cleared when asked again or retried). */
    error,
    /** Props for `ConfirmDialog`: opened, busy, error, onClose, onConfirm. */
    dialog: {
      opened: asking !== null,
      busy,
      error,
      onClose: close,
      onConfirm: () => {
        if (asking) run(asking.target);
      },
    },
  };
}
