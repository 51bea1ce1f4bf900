/**
 * A word-level comparison of two versions of a draft (jsdiff's `diffWords`, which
 * knows Cyrillic words as words), as runs of text kept, added or removed: the side-by-side
 * view shows the removed runs on the left and the added on the right, the inline view all
 * of them in one text.
 */
import { diffWords } from 'diff';

export type Run = Readonly<{ change: 'same' | 'added' | 'removed'; text: string }>;

export function compareTexts(older: string, newer: string): Run[] {
  return diffWords(older, newer).map((part) => ({
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** How much changed, in words: what a reader of the comparison sees first. */
export function changeCounts(runs: readonly Run[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return {
    added: runs.filter((r) => r.change === 'added').reduce((n, r) => n + words(r.text), 0),
    removed: runs.filter((r) => r.change === 'removed').reduce((n, r) => n + words(r.text), 0),
  };
}
