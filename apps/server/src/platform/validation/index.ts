export { hasVisibleCharacters, textProblem, validName, validText } from './text.js';
export { validTimeZone } from './time-zone.js';
