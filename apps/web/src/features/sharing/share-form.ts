import type { CreateShareLinkInput, ShareCapability } from '../../gql/graphql';

/** How long a new link lasts: days, or never (which the dialog warns about). */
export const EXPIRY_CHOICES = ['1', '7', '30', '90', 'never'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export const CAPABILITIES: readonly ShareCapability[] = ['VIEW', 'COMMENT', 'APPROVE'];

/** Longest label the dialog sends (the server refuses longer ones too). */
export const MAX_LABEL_LENGTH = 200;
/** A link's password: long enough not to be guessed at the throttled rate, short enough to type. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

/** What the dialog's form holds. */
export interface ShareFormValues {
  capability: ShareCapability;
  label: string;
  expiry: ExpiryChoice;
  /** Empty: no password. */
  password: string;
}

/**
 * What is shared: one document, a range of the brand's calendar with its filters, or the
 * brand's KPI report (view only).
 */
export type ShareTarget =
  | { kind: 'document'; brandId: string; documentId: string }
  | { kind: 'report'; brandId: string }
  | {
      kind: 'calendar';
      brandId: string;
      from: string;
      to: string;
      networks?: readonly string[];
      categoryIds?: readonly string[];
    };

export type ShareFormProblems = Partial<{
  label: 'missing' | 'tooLong';
  password: 'tooShort' | 'tooLong';
}>;

export function initialShareForm(target?: ShareTarget): ShareFormValues {
  return {
    capability: target && onlyView(target) ? 'VIEW' : 'COMMENT',
    label: '',
    expiry: '30',
    password: '',
  };
}

/** Whether a link to the target can only let the guest view (a KPI report). */
export function onlyView(target: ShareTarget): boolean {
  return target.kind === 'report';
}

/** The form's problems, checked before anything is sent; empty when it may be sent. */
export function validateShareForm(values: ShareFormValues): ShareFormProblems {
  const problems: ShareFormProblems = {};
  const label = values.label.trim();
  if (label === '') problems.label = 'missing';
  else if ([...label].length > MAX_LABEL_LENGTH) problems.label = 'tooLong';
  // A password is kept as typed (spaces count), but one made only of spaces is none.
  if (values.password.trim() !== '') {
    const length = [...values.password].length;
    if (length < MIN_PASSWORD_LENGTH) problems.password = 'tooShort';
    else if (length > MAX_PASSWORD_LENGTH) problems.password = 'tooLong';
  }
  return problems;
}

export function hasProblems(problems: ShareFormProblems): boolean {
  return Object.keys(problems).length > 0;
}

/** The mutation's input for a valid form. */
export function toShareInput(values: ShareFormValues, target: ShareTarget): CreateShareLinkInput {
  const common = {
    brandId: target.brandId,
    capability: values.capability,
    label: values.label.trim(),
    expiresInDays: values.expiry === 'never' ? null : Number(values.expiry),
    password: values.password.trim() === '' ? null : values.password,
  };
  if (target.kind === 'document') return { ...common, documentId: target.documentId };
  if (target.kind === 'report') return { ...common, capability: 'VIEW', report: true };
  return {
    ...common,
    calendar: {
      from: target.from,
      to: target.to,
      networks: target.networks?.length ? [...target.networks] : null,
      categoryIds: target.categoryIds?.length ? [...target.categoryIds] : null,
    } as CreateShareLinkInput['calendar'],
  };
}

/** A link's address as the person copies it: absolute, on this app's origin. */
export function absoluteShareUrl(url: string, origin: string): string {
  return new URL(url, origin).href;
}
