export { validName, validText } from './text.js';
