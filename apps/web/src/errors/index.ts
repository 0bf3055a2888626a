export { isUnauthenticated, readProblem, type ApiProblem, type ProblemCode } from './api-problem';
export { formatWait } from './format-wait';
export {
  passwordLimits,
  problemField,
  useProblemMessage,
  type ProblemOverrides,
} from './use-problem-message';
export { useFormProblem } from './use-form-problem';
