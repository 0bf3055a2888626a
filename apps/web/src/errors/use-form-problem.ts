import { useState } from 'react';
import { readProblem, type ApiProblem } from './api-problem';
import { problemField, useProblemMessage, type ProblemOverrides } from './use-problem-message';

/**
 * A form's last failed request: `fieldError(name)` is the message to show under that field,
 * `formError` the message for anything that belongs to no field of this form.
 */
export function useFormProblem(fields: readonly string[], overrides: ProblemOverrides = {}) {
  const message = useProblemMessage();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const onField =
    problem !== null && fields.some((field) => problemField(problem, field)) ? problem : null;
  return {
    problem,
    /** Remembers the failure of `error` (any error a mutation rejects with). */
    fail: (error: unknown) => setProblem(readProblem(error)),
    clear: () => setProblem(null),
    fieldError: (field: string): string | undefined =>
      problem && problemField(problem, field) ? message(problem, overrides) : undefined,
    formError: problem && !onField ? message(problem, overrides) : undefined,
  };
}
