export { postKind } from './kind';
