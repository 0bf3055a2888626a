import { countCharacters, sliceCharacters } from './graphemes.js';
import { NETWORKS, type NetworkId } from './networks.js';

/** A post's text as a network's feed shows it before "… more" (an approximation). */
export interface FeedPreview {
  /** What the feed shows before the fold (the whole text when it is not folded). */
  readonly visible: string;
  /** True when the feed hides the rest behind "… more". */
  readonly folded: boolean;
}

/**
 * Where a network folds a post in its feed (`foldAt` in NETWORKS, in characters), cut on
 * a grapheme boundary and, when a space is close before the fold, at that space so no word
 * is cut in half. Networks without a known fold show the whole text. The figures are the
 * practitioners' and change with each app release: label the result as an approximation.
 */
export function feedPreview(text: string, network: NetworkId): FeedPreview {
  const foldAt = NETWORKS[network].foldAt;
  const trimmed = text.trimEnd();
  if (foldAt === undefined || countCharacters(trimmed) <= foldAt) {
    return { visible: trimmed, folded: false };
  }
  const cut = sliceCharacters(trimmed, foldAt);
  // Thai writes no spaces between words: it is cut where the count ends.
  const space = cut.search(/\s\S*$/u);
  const atWord = space > cut.length * 0.7 ? cut.slice(0, space) : cut;
  return { visible: atWord.trimEnd(), folded: true };
}
