import { MAX_FIELD_LENGTH } from '@chorus/strategy-model';
import type { Attributes } from '@tiptap/core';

/** `contentPreferences` → `data-content-preferences` */
export function dataAttributeName(field: string): string {
  return `data-${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** A field's value as the editor shows it: always a string, never longer than the limit. */
export function fieldValue(value: unknown): string {
  return typeof value === 'string'
    ? value.slice(0, MAX_FIELD_LENGTH)
    : typeof value === 'number'
      ? String(value)
      : '';
}

/**
 * TipTap attributes for a typed block's fields: each one a string, '' by default (so each
 * field is one Yjs attribute, see strategy-model's schema.ts), copied and pasted as a
 * `data-*` attribute and cut at MAX_FIELD_LENGTH when read.
 */
export function fieldAttributes(fields: readonly string[]): Attributes {
  return Object.fromEntries(
    fields.map((field) => [
      field,
      {
        default: '',
        parseHTML: (element: HTMLElement) =>
          fieldValue(element.getAttribute(dataAttributeName(field)) ?? ''),
        renderHTML: (attributes: Record<string, unknown>) => ({
          [dataAttributeName(field)]: fieldValue(attributes[field]),
        }),
      },
    ]),
  );
}
