// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editableFor, textFieldBlocks } from './editable';
import { contentIds } from '../extension/block-ids';

describe('editable source', () => {
  it('splits a text field into blocks that keep their offsets in the value', () => {
    const value = 'First line here.\n\n  - a list item\nLast line.';
    const blocks = textFieldBlocks(value);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'First line here.'],
      ['list-item', '- a list item'],
      ['paragraph', 'Last line.'],
    ]);
    for (const b of blocks) expect(value.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
  });

  it('finds the editing host of a rich editor, skips passwords and honours data-doing-with="off"', () => {
    document.body.innerHTML = '<div id="host" contenteditable="true"><p><b id="inner">x</b></p></div><div data-doing-with="off"><textarea id="t"></textarea></div><input id="pw" type="password">';
    const inner = document.getElementById('inner')!;
    expect(editableFor(inner)).toBe(document.getElementById('host'));
    expect(editableFor(document.getElementById('t'))).toBeNull();
    expect(editableFor(document.getElementById('pw'))).toBeNull();
  });

  it('gives unchanged blocks the same id after an edit elsewhere', () => {
    const before = contentIds(textFieldBlocks('One.\nTwo.\nThree.'), 'f:');
    const after = contentIds(textFieldBlocks('One.\nTwo, changed.\nThree.'), 'f:');
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[2]!.id).toBe(before[2]!.id);
    expect(after[1]!.id).not.toBe(before[1]!.id);
    const repeated = contentIds(textFieldBlocks('Same.\nSame.'), 'f:');
    expect(new Set(repeated.map((b) => b.id)).size).toBe(2);
  });
});
