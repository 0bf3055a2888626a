import type en from '../../i18n/locales/en.json';

type EventKey = keyof (typeof en)['integrations']['events'];

/** The i18n key of a webhook event name (`post.scheduled` → integrations.events.post_scheduled). */
export function eventLabelKey(name: string): `integrations.events.${EventKey}` {
  return `integrations.events.${name.replace('.', '_') as EventKey}`;
}
