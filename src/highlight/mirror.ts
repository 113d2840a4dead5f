/**
 * Underlines for a textarea or text input. Their text is not in the DOM, so
 * CSS highlights cannot reach it: an overlay copies the field's box and font,
 * repeats its text in transparent ink and underlines the flagged ranges. The
 * overlay lives in its own shadow root outside the field, ignores the mouse
 * and is hidden from screen readers; the field itself is never touched.
 */
import type { Severity } from '../engine/types';
import { markStyle, SENTENCE_TINT, SEVERITY_COLOURS } from './styles';

const COPIED = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'letter-spacing',
  'word-spacing', 'line-height', 'text-align', 'text-indent', 'text-transform', 'tab-size', 'direction',
] as const;

const STYLE = {
  error: `text-decoration: underline wavy ${SEVERITY_COLOURS.error} 2px;`,
  warning: `text-decoration: underline solid ${SEVERITY_COLOURS.warning} 2px;`,
  suggestion: `text-decoration: underline dotted ${SEVERITY_COLOURS.suggestion} 2px;`,
} as const;

let overlayRoot: ShadowRoot | null = null;

function root(doc: Document): ShadowRoot {
  if (overlayRoot?.host.isConnected) return overlayRoot;
  const host = doc.createElement('doing-with-overlay');
  host.setAttribute('data-doing-with', 'off');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2147483646;';
  doc.documentElement.append(host);
  overlayRoot = host.attachShadow({ mode: 'open' });
  return overlayRoot;
}

export interface MirrorRange {
  start: number;
  end: number;
  severity: Severity;
  key: string;
}

export class TextFieldMirror {
  readonly box: HTMLDivElement;
  private ranges: MirrorRange[] = [];
  private frame = 0;
  private readonly onMove = () => this.schedule();

  constructor(readonly field: HTMLTextAreaElement | HTMLInputElement) {
    const doc = field.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'mirror';
    root(doc).append(this.box);
    field.addEventListener('scroll', this.onMove, { passive: true });
    field.addEventListener('input', this.onMove);
    doc.defaultView?.addEventListener('scroll', this.onMove, { passive: true, capture: true });
    doc.defaultView?.addEventListener('resize', this.onMove, { passive: true });
  }

  setRanges(ranges: MirrorRange[]): void {
    this.ranges = [...ranges].sort((a, b) => a.start - b.start);
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Redraw now (also used by tests through the scheduled path). */
  render(): void {
    const { field, box } = this;
    if (!field.isConnected) return this.destroy();
    const cs = getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const single = field.localName === 'input';
    let css = '';
    for (const p of COPIED) css += `${p}:${cs.getPropertyValue(p)};`;
    css +=
      `position:absolute;top:${rect.top + scrollY}px;left:${rect.left + scrollX}px;margin:0;overflow:hidden;` +
      `border-color:transparent;background:transparent;color:transparent;pointer-events:none;` +
      `white-space:${single ? 'pre' : 'pre-wrap'};overflow-wrap:${single ? 'normal' : 'break-word'};` +
      `display:${cs.display === 'none' || cs.visibility === 'hidden' ? 'none' : 'block'};`;
    box.style.cssText = css;

    const value = field.value;
    const doc = field.ownerDocument;
    const parts: Node[] = [];
    // Long stretches (a long sentence) get a quiet tint; word marks inside them keep their underline.
    const valid = this.ranges.filter((r) => r.end <= value.length && r.end > r.start);
    const quiet = valid.filter((r) => markStyle(r.severity, r.end - r.start) === 'sentence');
    const words = valid.filter((r) => !quiet.includes(r));
    const cuts = [...new Set([0, value.length, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i]!;
      const b = cuts[i + 1]!;
      const word = words.find((r) => r.start <= a && r.end >= b);
      const tint = quiet.find((r) => r.start <= a && r.end >= b);
      const text = value.slice(a, b);
      if (!word && !tint) {
        parts.push(doc.createTextNode(text));
        continue;
      }
      const mark = doc.createElement('span');
      mark.dataset.key = (word ?? tint)!.key;
      mark.style.cssText = `${word ? STYLE[word.severity] : ''}${tint ? `background:${SENTENCE_TINT};` : ''}text-underline-offset:3px;`;
      mark.textContent = text;
      parts.push(mark);
    }
    if (!single) parts.push(doc.createTextNode('\n'));
    box.replaceChildren(...parts);
    box.scrollTop = field.scrollTop;
    box.scrollLeft = field.scrollLeft;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.field.removeEventListener('scroll', this.onMove);
    this.field.removeEventListener('input', this.onMove);
    const win = this.field.ownerDocument.defaultView;
    win?.removeEventListener('scroll', this.onMove, { capture: true });
    win?.removeEventListener('resize', this.onMove);
    this.box.remove();
  }
}
