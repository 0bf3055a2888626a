import { EN_CORPUS } from './en.js';
import { FA_CORPUS } from './fa.js';
import { HE_CORPUS } from './he.js';
import { TH_CORPUS } from './th.js';
import type { Corpus } from './types.js';
import { UK_CORPUS } from './uk.js';
import { VI_CORPUS } from './vi.js';

export type { Corpus, CorpusCase } from './types.js';

/** The test corpus: one fixture guideline and its sentences per language. */
export const CORPORA: readonly Corpus[] = [
  EN_CORPUS,
  VI_CORPUS,
  FA_CORPUS,
  HE_CORPUS,
  UK_CORPUS,
  TH_CORPUS,
];
