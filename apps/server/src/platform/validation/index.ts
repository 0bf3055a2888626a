export {
  hasVisibleCharacters,
  textProblem,
  validName,
  validText,
  type TextProblem,
} from './text.js';
export { validTimeZone } from './time-zone.js';
