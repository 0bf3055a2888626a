// The media plan grid's key map lives in ui/grid-keys.ts (the actuals grid shares it);
// what is the plan's own is here: how far a page key moves in its rows.
import { ROW_HEIGHT } from './grid-model';

export {
  gridKeyAction,
  isTypingKey,
  trackEscape,
  type GridKeyAction,
  type KeyInput,
  type KeyPlace,
} from '../../../../ui';

/** Rows a page key moves by in a viewport `height` px tall (unmeasured: 400 px). */
export function pageRowsFor(height: number): number {
  return Math.max(1, Math.floor((height || 400) / ROW_HEIGHT) - 2);
}
