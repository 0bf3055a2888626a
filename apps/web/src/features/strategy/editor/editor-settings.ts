import { createContext, useContext } from 'react';

/** What every block of one editor needs to know, for node views rendered in portals. */
export interface EditorSettings {
  /** Whether this person may change the document (the EDIT capability, no refusal). */
  editable: boolean;
  /** Today as yyyy-mm-dd in this browser's time zone, for the SMART deadline check. */
  today: string;
}

export const EditorSettingsContext = createContext<EditorSettings>({
  editable: false,
  today: '1970-01-01',
});

export function useEditorSettings(): EditorSettings {
  return useContext(EditorSettingsContext);
}

/** Today's date in the browser's time zone, yyyy-mm-dd. */
export function localToday(now: Date = new Date()): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
