import { ToneInputError, ToneRuleError } from './errors.js';
import type { ReplyTemplate } from './guide.js';

/*
 * Reply templates: a body with `{{variable}}` slots, each declared with whether it must be given.
 * `render` fills them; a declared variable left unused, or a slot nobody declared, is refused
 * when the guideline is validated, so a moderator never sends a reply with `{{name}}` in it.
 */

const SLOT = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/gu;
const BRACES = /\{\{|\}\}/gu;
export const VARIABLE_NAME = /^[a-z][a-z0-9_]{0,39}$/u;

/** The variable names a body uses, in order of first use. */
export function templateSlots(body: string): string[] {
  const names: string[] = [];
  for (const match of body.matchAll(SLOT)) {
    if (!names.includes(match[1]!)) names.push(match[1]!);
  }
  return names;
}

/** Checks a template's body against its declared variables; `field` is its path in the guide. */
export function checkTemplate(template: ReplyTemplate, field: string): void {
  const slots = templateSlots(template.body);
  const declared = template.variables.map((variable) => variable.name);
  const unclosed = template.body.replace(SLOT, '').match(BRACES);
  if (unclosed) {
    throw new ToneRuleError(
      'invalid_template',
      `${field}.body`,
      'a {{ or }} that is not a variable slot like {{first_name}}',
    );
  }
  for (const slot of slots) {
    if (!declared.includes(slot)) {
      throw new ToneRuleError('invalid_template', `${field}.body`, `{{${slot}}} is not declared`);
    }
  }
  template.variables.forEach((variable, index) => {
    if (!slots.includes(variable.name)) {
      throw new ToneRuleError(
        'invalid_template',
        `${field}.variables[${index}].name`,
        `${variable.name} is declared but the body never uses it`,
      );
    }
  });
}

/**
 * The reply with its variables filled. A required variable without a value is refused with a
 * typed error naming it; an optional one becomes empty (and the spaces around it are tidied).
 */
export function renderTemplate(
  template: ReplyTemplate,
  values: Readonly<Record<string, string | undefined>>,
): string {
  for (const variable of template.variables) {
    const value = values[variable.name]?.trim();
    if (variable.required && !value) {
      throw new ToneInputError(
        'missing_variable',
        `The template "${template.name}" needs a value for ${variable.name}`,
        variable.name,
      );
    }
  }
  return template.body
    .replace(SLOT, (_, name: string) => values[name]?.trim() ?? '')
    .replace(/[ \t]{2,}/gu, ' ')
    .replace(/ +([,.!?;:])/gu, '$1')
    .trim();
}
