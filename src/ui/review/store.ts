/** Reviews kept in storage.local (on this computer only; they survive closing the browser). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { emptyReview, parseReviewState, type ReviewState } from '../../review/state';
import { reviewStorageKey } from './document';

/** The name the reviewer gave last time, offered for the next review. */
const REVIEWER_KEY = 'reviewerName';
const SAVE_DELAY_MS = 300;

export async function loadReview(docKey: string, title: string): Promise<ReviewState> {
  const key = reviewStorageKey(docKey);
  const got = await browser.storage.local.get([key, REVIEWER_KEY]);
  const state = parseReviewState(got[key], docKey, title);
  const lastName = got[REVIEWER_KEY];
  if (state.reviewer === undefined && typeof lastName === 'string' && lastName) state.reviewer = lastName;
  return state;
}

export async function saveReview(state: ReviewState): Promise<void> {
  await browser.storage.local.set({ [reviewStorageKey(state.docKey)]: state, ...(state.reviewer ? { [REVIEWER_KEY]: state.reviewer } : {}) });
}

/**
 * The review of one document: loaded when the document changes, saved a moment after each change
 * (and at once when the panel is closed). `saved` is false while a change is waiting to be written.
 */
export function useReview(docKey: string, title: string): { review: ReviewState | null; update: (change: (r: ReviewState) => ReviewState) => void; error: string } {
  const [review, setReview] = useState<ReviewState | null>(null);
  const [error, setError] = useState('');
  const pending = useRef<ReviewState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    const s = pending.current;
    pending.current = null;
    if (s) saveReview(s).catch(() => setError('Your review could not be saved in this browser. Export it now so you do not lose it.'));
  };

  useEffect(() => {
    let live = true;
    setReview(null);
    loadReview(docKey, title).then(
      (r) => live && setReview(r),
      () => live && setReview(emptyReview(docKey, title)),
    );
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      flush();
      window.removeEventListener('pagehide', flush);
    };
  }, [docKey]);

  const update = (change: (r: ReviewState) => ReviewState) => {
    setReview((current) => {
      if (!current) return current;
      const next = change(current);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
      return next;
    });
  };
  return { review, update, error };
}
