/** How a long check's progress is shown: a bar to see, and calm words for a screen reader. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckProgress } from '../extension/messages';

/** A screen reader hears a new progress message at most this often. */
export const CALM_MS = 4000;

/**
 * The text for a polite live region. While `busy` (a check under way) a new text is shown at once
 * only if the last change was CALM_MS ago, else when that time is up (the latest text then); once
 * not busy, at once. A screen reader then hears "Checking… 1,240 of 9,800 paragraphs" every few
 * seconds, not a stream of numbers, and hears the end of the check straight away.
 */
export function useCalmText(text: string, busy: boolean, calmMs = CALM_MS): string {
  const [shown, setShown] = useState(text);
  const changedAt = useRef(-Infinity);
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    if (text === shown) return;
    const wait = busy ? changedAt.current + calmMs - performance.now() : 0;
    const show = () => {
      changedAt.current = performance.now();
      setShown(latest.current);
    };
    if (wait <= 0) return show();
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [text, busy, shown, calmMs]);
  return shown;
}

/** A bar for the eye; screen readers can find it, but it does not speak up by itself (the status does). */
export function CheckProgressBar({ progress }: { progress: CheckProgress }) {
  const whole = progress.phase === 'document';
  const label = whole
    ? 'Checking the page as a whole'
    : progress.phase === 'reading'
      ? 'Paragraphs read'
      : progress.reading
        ? 'Paragraphs checked, page still being read'
        : 'Paragraphs checked';
  return (
    <div class="check-progress">
      <label for="check-progress">{label}</label>
      <progress id="check-progress" max={progress.total} value={progress.done} />
    </div>
  );
}
