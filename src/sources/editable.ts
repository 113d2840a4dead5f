/**
 * The field being edited as a source: a textarea, a text input or a
 * contenteditable editing host (rich editors included). Reading a field never
 * changes it; replacing text goes through the editor's own input path so the
 * editor records it and Ctrl+Z undoes it.
 */
import type { Block, TextDoc } from '../engine/types';
import { blocksFromDom, domPosition, type DomSegment } from './dom-blocks';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

export function isTextField(el: Element): el is TextField {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** The editable element a focus or input event belongs to, or null. */
export function editableFor(target: EventTarget | null): TextField | HTMLElement | null {
  if (!target || !(target as Element).nodeType || (target as Node).nodeType !== 1) return null;
  const el = target as HTMLElement;
  if (el.closest('[data-doing-with="off"]')) return null;
  if (isTextField(el)) return el.readOnly || el.disabled ? null : el;
  if (!el.isContentEditable) return null;
  // The editing host: the outermost element that is still editable.
  let host = el;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

export interface FieldBlock extends Block {
  /** Where the block starts in the field's value. */
  offset: number;
}

const LIST_LINE = /^(?:[-*•‣◦]|\d{1,3}[.)])\s+/;

/** A textarea's or input's value as blocks: one per non-empty line, offsets kept. */
export function textFieldBlocks(value: string): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  let lineStart = 0;
  const lines = value.split('\n');
  for (const line of lines) {
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    if (text) {
      blocks.push({ id: `l${blocks.length}`, kind: LIST_LINE.test(text) ? 'list-item' : 'paragraph', text, offset: lineStart + lead });
    }
    lineStart += line.length + 1;
  }
  return blocks;
}

/** A contenteditable host as blocks, each with its text nodes. */
export function editableHostBlocks(host: HTMLElement, skip?: (el: Element) => boolean): { doc: TextDoc; segments: Map<string, DomSegment[]> } {
  // blocksFromDom skips the host itself when it is a skipped element; read its children as a container.
  return blocksFromDom(host, { skip });
}

/** A DOM Range for a block range, from the block's segments. */
export function rangeFromSegments(segments: DomSegment[], start: number, end: number): Range | null {
  const a = domPosition(segments, start, 'start');
  const b = domPosition(segments, end, 'end');
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}

/**
 * Replace [start, end) of a text field with `replacement` as if the user had
 * typed it: execCommand('insertText') keeps the browser's undo stack; where
 * that is not available, setRangeText plus an input event.
 */
export function replaceInTextField(field: TextField, start: number, end: number, replacement: string): void {
  field.focus();
  field.setSelectionRange(start, end);
  let done = false;
  try {
    done = field.ownerDocument.execCommand('insertText', false, replacement);
  } catch {
    done = false;
  }
  if (!done || field.value.slice(start, start + replacement.length) !== replacement) {
    field.setRangeText(replacement, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  }
}

/** Replace a range inside a contenteditable host through the editor's input path. */
export function replaceInEditable(host: HTMLElement, range: Range, replacement: string): void {
  host.focus();
  const selection = host.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  let done = false;
  try {
    done = host.ownerDocument.execCommand('insertText', false, replacement);
  } catch {
    done = false;
  }
  if (!done) {
    // Editors that cancel execCommand listen for beforeinput; offer it, then edit directly if nobody handled it.
    const before = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertReplacementText', data: replacement });
    if (host.dispatchEvent(before)) {
      range.deleteContents();
      range.insertNode(host.ownerDocument.createTextNode(replacement));
      host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
  }
}
