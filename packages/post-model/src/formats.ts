/** What a post is on the network: the formats the practitioner articles plan with. */
export const POST_FORMATS = [
  'text',
  'image',
  'carousel',
  'video',
  'story',
  'reel',
  'live',
] as const;

export type PostFormat = (typeof POST_FORMATS)[number];

export function isPostFormat(value: string): value is PostFormat {
  return (POST_FORMATS as readonly string[]).includes(value);
}

/**
 * The content categories (rubrics) a new brand starts with, from the articles in
 * shared/domain: each brand edits its own list. `promotional` marks the ones that count
 * against the brand's promotion cap (20 % by default).
 */
export const DEFAULT_CONTENT_CATEGORIES: ReadonlyArray<{
  readonly key: string;
  readonly name: string;
  readonly promotional: boolean;
  readonly color: string;
}> = [
  { key: 'entertainment', name: 'Entertainment', promotional: false, color: 'grape' },
  { key: 'expertise', name: 'Expertise / useful', promotional: false, color: 'blue' },
  { key: 'reputation', name: 'Reputation / image', promotional: false, color: 'teal' },
  { key: 'engagement', name: 'Engagement / interactive', promotional: false, color: 'orange' },
  { key: 'promotion', name: 'Promotion / sales', promotional: true, color: 'red' },
];

/** The share of promotional posts a brand allows unless it sets its own, in percent. */
export const DEFAULT_PROMOTION_CAP_PERCENT = 20;
