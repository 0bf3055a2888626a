/**
 * Typed errors of the tone checker. A guideline that cannot be compiled is refused whole with
 * the first problem found, named by `code` and by `field`: a path into the guideline as the
 * caller handed it (`terms[3].terms[0]`, `thresholds.blockBelow`), so an editing form can put
 * the message beside the right input and the server can answer with a catalogue code.
 */
export type ToneRuleErrorCode =
  | 'invalid_guide'
  | 'invalid_field'
  | 'duplicate_id'
  | 'empty_term'
  | 'invalid_pattern'
  | 'replacement_equals_term'
  | 'threshold_out_of_range'
  | 'thresholds_inverted'
  | 'unsupported_language'
  | 'unknown_network'
  | 'invalid_template'
  | 'too_many_rules';

export class ToneRuleError extends Error {
  override readonly name = 'ToneRuleError';
  constructor(
    readonly code: ToneRuleErrorCode,
    /** Path of the offending field in the guideline, e.g. `terms[2].replacement`. */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export type ToneInputErrorCode = 'text_too_long' | 'too_many_paragraphs' | 'missing_variable';

/** A text (or a template's values) the checker refuses rather than work on without bound. */
export class ToneInputError extends Error {
  override readonly name = 'ToneInputError';
  constructor(
    readonly code: ToneInputErrorCode,
    message: string,
    /** For `missing_variable`: the variable's name. */
    readonly field?: string,
  ) {
    super(message);
  }
}
