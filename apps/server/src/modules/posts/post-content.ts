import {
  NETWORK_IDS,
  POST_BODY,
  POST_FIRST_COMMENT,
  POST_VARIANTS,
  postPlainText,
  readPost,
  variantText,
} from '@chorus/post-model';
import * as Y from 'yjs';
import { AppError } from '../../platform/errors/index.js';
import { replaceText, type NewDocumentOptions } from '../documents/index.js';

/** The Y.Text of a post's base text (the name posts had before variants). */
export { POST_BODY };

/*
 * The content side of the post kind: what a new post starts with, how a version's content
 * replaces the live one, and the post as plain text. The shape (body, per-network variants,
 * first comment) is @chorus/post-model's.
 */

/** A new post starts empty: there is no template, and the shared types appear on first use. */
export function initialPostContent({ fromTemplate }: NewDocumentOptions): Uint8Array | null {
  if (fromTemplate) throw AppError.validation('fromTemplate', 'Only strategies have a template.');
  return null;
}

/**
 * Makes the live post hold what the version holds: base text, every network's override
 * (overrides the version did not have are dropped, so those networks use the base again)
 * and the first comment. An override both have keeps its Y.Text and gets the version's
 * text in it, so an editor bound to it keeps working; anything in the variants map that is
 * not a network's text goes.
 */
export function replacePostContent(target: Y.Doc, source: Y.Doc): void {
  replaceText(target, source, POST_BODY);
  replaceText(target, source, POST_FIRST_COMMENT);
  const wanted = readPost(source).variants;
  const variants = target.getMap<unknown>(POST_VARIANTS);
  for (const key of [...variants.keys()]) {
    if (!Object.hasOwn(wanted, key)) variants.delete(key);
  }
  for (const network of NETWORK_IDS) {
    const text = wanted[network];
    if (text === undefined) continue;
    const live = variantText(target, network);
    if (live) {
      const from = variantText(source, network);
      live.delete(0, live.length);
      live.applyDelta((from?.toDelta() ?? [{ insert: text }]) as Array<{ insert?: string }>);
    } else {
      variants.set(network, new Y.Text(text));
    }
  }
}

/** The post as one text (base, overrides under their network, first comment). */
export function postContentText(doc: Y.Doc): string {
  return postPlainText(readPost(doc));
}
