import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem, type ProblemOverrides } from '../errors';

export interface NameFormOptions {
  /** The value the field starts with (and returns to on `reset`). */
  initial: string;
  /** The input field the server names in its problems ("name", "title"). */
  field?: string;
  /** Further input fields of the same form whose problems show under their own fields. */
  otherFields?: readonly string[];
  overrides?: ProblemOverrides;
  /** What the field says when left empty (default: "Fill this in"). */
  missingMessage?: string;
  /** Sends the trimmed, non-empty name; a rejection shows as the form's problem. */
  submit: (name: string) => Promise<unknown>;
}

/**
 * One form around a single required name (create and rename dialogs): the value, "missing"
 * when empty after trimming, the server's problem under the field or above the buttons,
 * and whether it is being sent. Spread `inputProps` into the `TextInput`.
 */
export function useNameForm({
  initial,
  field = 'name',
  otherFields = [],
  overrides,
  missingMessage,
  submit,
}: NameFormOptions) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = useFormProblem([field, ...otherFields], overrides);

  const reset = (to: string = initial) => {
    setValue(to);
    setMissing(false);
    problem.clear();
  };

  const onSubmit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    problem.clear();
    const trimmed = value.trim();
    setMissing(!trimmed);
    if (!trimmed) return;
    setBusy(true);
    submit(trimmed)
      .catch((error: unknown) => problem.fail(error))
      .finally(() => setBusy(false));
  };

  return {
    value,
    setValue,
    reset,
    onSubmit,
    busy,
    problem,
    inputProps: {
      value,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(event.currentTarget.value),
      error: missing ? (missingMessage ?? t('signUp.missing')) : problem.fieldError(field),
    },
  };
}
