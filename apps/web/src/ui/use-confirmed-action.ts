import { useCallback, useState } from 'react';
import { readProblem, useProblemMessage, type ApiProblem, type ProblemOverrides } from '../errors';

export interface ConfirmedActionOptions<Target, Result> {
  /** Runs after the action succeeded (and the confirmation closed). */
  onDone?: (result: Result, target: Target) => void;
  /** Messages this screen puts in place of the generic ones for some codes. */
  overrides?: ProblemOverrides;
}

/**
 * "Confirm, then mutate, then show the problem" for destructive actions. `ask(target)` opens
 * the confirmation (for that row, member, version …); confirming runs `action(target)`; on
 * success the confirmation closes and `onDone` runs, on failure it stays open with the
 * problem in the reader's language. `run(target)` does the same without asking (an undo
 * such as "Restore", a role picked from a list). Spread `dialog` into `ConfirmDialog`.
 */
export function useConfirmedAction<Target = void, Result = unknown>(
  action: (target: Target) => Promise<Result>,
  options: ConfirmedActionOptions<Target, Result> = {},
) {
  const message = useProblemMessage();
  const [asking, setAsking] = useState<{ target: Target } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const { onDone, overrides } = options;

  const run = useCallback(
    (target: Target) => {
      setProblem(null);
      setBusy(true);
      action(target)
        .then((result) => {
          setBusy(false);
          setAsking(null);
          onDone?.(result, target);
        })
        .catch((cause: unknown) => {
          setBusy(false);
          setProblem(readProblem(cause));
        });
    },
    [action, onDone],
  );

  const ask = (target: Target) => {
    setProblem(null);
    setAsking({ target });
  };
  const close = () => setAsking(null);
  // Worded at render time, so it follows a change of language while it shows.
  const error = problem ? message(problem, overrides) : undefined;

  return {
    /** What is being confirmed, or null while nothing is asked. */
    target: asking ? asking.target : null,
    asking: asking !== null,
    ask,
    run,
    close,
    busy,
    /** The last failure (cleared when asked again or retried), for screens that branch on its code. */
    problem,
    /** The last failure's message. */
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
