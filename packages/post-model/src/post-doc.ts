import * as Y from 'yjs';
import { isNetworkId, NETWORK_IDS, NETWORKS, type NetworkId } from './networks.js';

/*
 * A post's co-edited content in its Y.Doc:
 *   body           Y.Text  the base text every network uses unless it has its own
 *   variants       Y.Map   network id → Y.Text, an override of the base for that network;
 *                          no entry = the network uses the base
 *   firstComment   Y.Text  the comment posted right after the post (hashtags, links)
 * `body` is the name posts had before variants existed, so earlier posts open unchanged.
 * Clients write what they like into a Y.Doc: the readers here skip what does not fit the
 * shape (a variant that is not a Y.Text, a key that is no network) and never throw.
 */

export const POST_BODY = 'body';
export const POST_VARIANTS = 'variants';
export const POST_FIRST_COMMENT = 'firstComment';

/** A post's content as plain strings. */
export interface PostContent {
  readonly body: string;
  /** Only the networks that override the base. */
  readonly variants: Readonly<Partial<Record<NetworkId, string>>>;
  readonly firstComment: string;
}

/** The base text. */
export function postBody(doc: Y.Doc): Y.Text {
  return doc.getText(POST_BODY);
}

/** The overrides per network (read them with `variantText`, which checks each entry). */
export function postVariants(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(POST_VARIANTS);
}

/** The first comment. */
export function postFirstComment(doc: Y.Doc): Y.Text {
  return doc.getText(POST_FIRST_COMMENT);
}

/** A network's own text, or null when it uses the base (or what is there is not a text). */
export function variantText(doc: Y.Doc, network: NetworkId): Y.Text | null {
  const value = safely(() => postVariants(doc).get(network), undefined);
  return value instanceof Y.Text ? value : null;
}

/**
 * Gives a network its own text, starting as a copy of the base, and returns it; an
 * existing override is returned as it is. Two people who start the same override in the
 * same instant each get one, and the map keeps one of them (Yjs' last writer wins on a
 * map key): whatever the other typed into theirs before the two synced is not kept.
 */
export function startVariant(doc: Y.Doc, network: NetworkId): Y.Text {
  const existing = variantText(doc, network);
  if (existing) return existing;
  const text = new Y.Text();
  doc.transact(() => {
    postVariants(doc).set(network, text);
    text.insert(0, postBody(doc).toJSON());
  });
  return text;
}

/** Drops a network's override: it uses the base text again. */
export function resetVariant(doc: Y.Doc, network: NetworkId): void {
  const variants = postVariants(doc);
  if (variants.has(network)) variants.delete(network);
}

/** The networks that have their own text, in the table's order. */
export function overriddenNetworks(doc: Y.Doc): NetworkId[] {
  return NETWORK_IDS.filter((network) => variantText(doc, network) !== null);
}

/** Reads a post's content without ever throwing on what a client wrote. */
export function readPost(doc: Y.Doc): PostContent {
  const body = safely(() => postBody(doc).toJSON(), '');
  const firstComment = safely(() => postFirstComment(doc).toJSON(), '');
  const variants: Partial<Record<NetworkId, string>> = {};
  const map = safely<Y.Map<unknown> | null>(() => postVariants(doc), null);
  if (map) {
    for (const [key, value] of map.entries()) {
      if (isNetworkId(key) && value instanceof Y.Text) variants[key] = value.toJSON();
    }
  }
  return { body, variants, firstComment };
}

/** The text a network gets: its override, else the base. */
export function textFor(content: PostContent, network: NetworkId): string {
  return content.variants[network] ?? content.body;
}

/**
 * The post as one plain text, for comparing versions, search and tone checks: the base,
 * then each override under its network's name, then the first comment. A post with only a
 * base text is exactly that text.
 */
export function postPlainText(content: PostContent): string {
  const parts = [content.body];
  for (const network of NETWORK_IDS) {
    const variant = content.variants[network];
    if (variant !== undefined) parts.push(`[${NETWORKS[network].label}]\n${variant}`);
  }
  if (content.firstComment) parts.push(`[First comment]\n${content.firstComment}`);
  return parts.join('\n\n');
}

/** Every distinct text of the post (base, overrides, first comment), e.g. for tone checks. */
export function postTexts(content: PostContent): string[] {
  const texts = [content.body, ...Object.values(content.variants), content.firstComment];
  return texts.filter((text): text is string => typeof text === 'string' && text.length > 0);
}

/**
 * A root type the client defined with another type throws when asked for as this one
 * (only when this Y.Doc instantiated it first); such a document reads as empty there.
 */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
