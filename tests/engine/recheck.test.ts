/**
 * A re-check after an edit reuses what the last check worked out for unchanged blocks (their
 * findings, per-block summaries, word counts, the kinds of document found). These tests compare
 * every re-check with a fresh check of the edited document: any cache left stale by an edit
 * (a heading, a date, a contact line, an acronym spelled out earlier, the first or last block)
 * shows up as a difference.
 */
import { describe, expect, it } from 'vitest';
import { Linter, type Block, type TextDoc } from '../../src/engine';
import { ALL_RULES } from '../../rules';
import { parsePlainText } from '../../src/sources/plain-text';
import { makeDocument, seededRandom } from '../../bench/corpus';

// A short consultation in our own words, with enough in it for most rules to have something to say.
const DRAFT = `Changes to the Riverside day centre

Have your say on the future of the Riverside day centre

The ICB is asking people what they think about plans to move the day centre to the new hub.

Why we are consulting

A decision will be made by the board after the engagement period. We want to leverage existing assets going forward.

The MDT will review every reply. Replies will be analysed by the project team.

How to have your say

Fill in the survey online by 30 June.

Come to a drop-in session at the Town Hall on Tuesday 14 May from 2pm to 4pm.

What happens next

We will publish what people told us in September.

Contact us

Email dayservices@example.org.uk or call 0113 496 0000.

The Integrated Care Board (ICB) is the NHS body that plans health services here.
`;

function draft(): TextDoc {
  return parsePlainText(DRAFT).doc;
}

/** The document with block `i` given new text (a new block object, as an editor makes). */
function withText(doc: TextDoc, i: number, text: string): TextDoc {
  return { ...doc, blocks: doc.blocks.map((b, n) => (n === i ? { ...b, text } : b)) };
}

function indexOf(doc: TextDoc, start: string): number {
  const i = doc.blocks.findIndex((b) => b.text.startsWith(start));
  if (i < 0) throw new Error(`no block starts with ${start}`);
  return i;
}

/** Checks `edits` in turn on one linter and each edited document on a new one: the reports must be the same. */
function expectSameAsFresh(start: TextDoc, edits: ((doc: TextDoc) => TextDoc)[]): void {
  const warm = new Linter(ALL_RULES);
  let doc = start;
  expect(warm.lint(doc)).toEqual(new Linter(ALL_RULES).lint(doc));
  for (const edit of edits) {
    doc = edit(doc);
    const again = warm.lint(doc);
    const fresh = new Linter(ALL_RULES).lint(doc);
    expect({ ...again, analysedBlocks: 0 }).toEqual({ ...fresh, analysedBlocks: 0 });
  }
}

describe('a re-check after an edit gives the report of a fresh check', () => {
  it('after changing a heading', () => {
    expectSameAsFresh(draft(), [
      (d) => withText(d, indexOf(d, 'What happens next'), 'What we will do with your views'),
      (d) => withText(d, indexOf(d, 'Contact us'), 'Background'),
      (d) => withText(d, indexOf(d, 'Background'), 'Contact us'),
    ]);
  });

  it('after adding a date and a time, and taking them away again', () => {
    expectSameAsFresh(draft(), [
      (d) => withText(d, indexOf(d, 'Fill in the survey'), 'Fill in the survey online by 30 June. The consultation runs from 1 April to 30 June.'),
      (d) => withText(d, indexOf(d, 'We will publish'), 'We will publish what people told us at a public meeting on Monday 6 October at 6pm in the library.'),
      (d) => withText(d, indexOf(d, 'Come to a drop-in'), 'Come to a drop-in session at the Town Hall.'),
      (d) => withText(d, indexOf(d, 'We will publish'), 'We will publish what people told us.'),
    ]);
  });

  it('after removing a contact line and putting it back', () => {
    const full = draft();
    const at = indexOf(full, 'Email dayservices');
    expectSameAsFresh(full, [
      (d) => withText(d, at, 'We look forward to hearing from you.'),
      (d) => ({ ...d, blocks: d.blocks.filter((_, n) => n !== at) }),
      () => full,
    ]);
  });

  it('after spelling an acronym out earlier, then later again', () => {
    const doc = draft();
    const first = indexOf(doc, 'The ICB is asking');
    expectSameAsFresh(doc, [
      (d) => withText(d, first, 'The Integrated Care Board (ICB) is asking people what they think about plans to move the day centre to the new hub.'),
      (d) => withText(d, indexOf(d, 'The MDT'), 'The multidisciplinary team (MDT) will review every reply.'),
      (d) => withText(d, first, 'The ICB is asking people what they think about plans to move the day centre to the new hub.'),
    ]);
  });

  it('after editing the first and the last block', () => {
    expectSameAsFresh(draft(), [
      (d) => withText(d, 0, 'Invitation: a meeting about the Riverside day centre'),
      (d) => withText(d, d.blocks.length - 1, 'The ICB plans health services here. Any questions? Call us on 0113 496 0000.'),
      (d) => withText(d, 0, 'Minutes of the Riverside day centre meeting'),
      (d) => withText(d, d.blocks.length - 1, ''),
    ]);
  });

  it('after edits that change a block without changing its text: its id, its kind, two blocks swapped, one text twice', () => {
    const doc = draft();
    const a = indexOf(doc, 'Fill in the survey');
    const b = indexOf(doc, 'Come to a drop-in');
    expectSameAsFresh(doc, [
      (d) => ({ ...d, blocks: d.blocks.map((x, n) => (n === a ? { ...x, id: 'moved' } : x)) }),
      (d) => ({ ...d, blocks: d.blocks.map((x, n) => (n === a ? ({ ...x, kind: 'list-item' } as Block) : x)) }),
      (d) => ({ ...d, blocks: d.blocks.map((x, n) => (n === a ? { ...d.blocks[b]!, id: x.id } : n === b ? { ...d.blocks[a]!, id: x.id } : x)) }),
      (d) => withText(d, b, d.blocks[a]!.text),
      (d) => ({ ...d, blocks: [...d.blocks] }),
    ]);
  });

  it('after a line of a schedule far down the page comes to read as opening hours (the kind of document changes)', () => {
    // A results page whose only invitation is a schedule of short dated lines below the title zone.
    const filler = Array.from({ length: 17 }, (_, i) => `Paragraph ${i + 1} tells how the garden group looks after the beds by the station.`);
    const start = parsePlainText(['Garden survey results', "The group's drop-in sessions have been popular.", ...filler, 'Spring dates:', 'Tuesday 14 May, 2pm to 4pm.', 'Thursday 16 May, 6pm to 8pm, bring gloves.'].join('\n\n')).doc;
    // Same number of words, no cue changed: only the schedule reading tells the two apart.
    const long = 'Thursday 16 May, 6pm to 8pm, gates open.';
    expect(new Linter(ALL_RULES).lint(start).profiles.map((p) => p.id)).toContain('meeting-invitation');
    expect(new Linter(ALL_RULES).lint(withText(start, indexOf(start, 'Thursday'), long)).profiles.map((p) => p.id)).not.toContain('meeting-invitation');
    expectSameAsFresh(start, [(d) => withText(d, indexOf(d, 'Thursday'), long), (d) => withText(d, indexOf(d, 'Thursday'), 'Thursday 16 May, 6pm to 8pm, bring gloves.')]);
  });

  it('after edits that make a place a venue, a postal address, or the line after a venue label', () => {
    const start = parsePlainText(
      ['Invitation to our garden open day', 'Come and see the new beds on Saturday 7 June from 10am to 1pm.', 'Where:', 'The Old School Hall, Mill Lane', 'Tell us your ideas for next year.', 'Bring a friend.'].join('\n\n'),
    ).doc;
    expect(new Linter(ALL_RULES).lint(start).profiles.map((p) => p.id)).toContain('meeting-invitation');
    expectSameAsFresh(start, [
      // The place's own block asks for replies by post before naming it, then the block above it does.
      (d) => withText(d, indexOf(d, 'The Old School Hall'), 'Please write to us at the Old School Hall, Mill Lane.'),
      (d) => withText(d, indexOf(d, 'Where:'), 'Send your form by post if you cannot come.'),
      (d) => withText(d, indexOf(d, 'Please write to us'), 'The Old School Hall, Mill Lane'),
      // The label goes, comes back as a label with the place, then as a label on its own above another line.
      (d) => withText(d, indexOf(d, 'Send your form'), 'Venue: the Old School Hall, Mill Lane.'),
      (d) => withText(d, indexOf(d, 'Bring a friend'), 'Where:'),
      (d) => withText(d, indexOf(d, 'Tell us your'), 'Bring a friend.'),
      (d) => withText(d, indexOf(d, 'Come and see'), 'Come and see the new beds, in person or on Zoom.'),
    ]);
  });

  it('gives each of two blocks with the same text its own findings, though their text is checked once', () => {
    const doc = parsePlainText('Our plans\n\nThe changes are shown in red.\n\nMore about the plans.\n\nThe changes are shown in red.\n').doc;
    const colour = new Linter(ALL_RULES).lint(doc).findings.filter((f) => f.ruleId === 'shouting-and-styling');
    expect(colour.map((f) => f.blockId)).toEqual([doc.blocks[1]!.id, doc.blocks[3]!.id]);
    expectSameAsFresh(doc, [(d) => withText(d, 3, 'The changes are shown in red. Nothing else.')]);
  });

  it('after a capitalised name comes to be used three times (the page is about it), and back to once', () => {
    const named = withText(draft(), indexOf(draft(), 'The MDT will review'), 'The Work Group will review every reply.');
    const use = (start: string, text: string) => (d: TextDoc) => withText(d, indexOf(d, start), text);
    expectSameAsFresh(named, [
      use('Fill in the survey', 'Fill in the survey online by 30 June. The Work Group reads each one.'),
      use('We will publish', 'We will publish what people told us in September, and what the Work Group decided.'),
      use('Fill in the survey', 'Fill in the survey online by 30 June.'),
      use('We will publish', 'We will publish what people told us in September.'),
    ]);
  });

  it('after edits to the block of a meeting that leave its time and place as they were, then move them', () => {
    const use = (start: string, text: string) => (d: TextDoc) => withText(d, indexOf(d, start), text);
    expectSameAsFresh(draft(), [
      use('Come to a drop-in', 'Come to a drop-in session at the Town Hall on Tuesday 14 May from 2pm to 4pm. Tea is free.'),
      use('Come to a drop-in', 'Come to a drop-in session at the Town Hall on Tuesday 14 May from 2pm to 4pm. Tea and cake are free.'),
      use('Fill in the survey', 'Fill in the survey online by 30 June, or come along.'),
      use('Come to a drop-in', 'Come to a drop-in session at the Town Hall on Tuesday 14 May from 6pm to 8pm. Tea and cake are free.'),
      use('Come to a drop-in', 'Please come to a drop-in session at the Town Hall on Tuesday 14 May from 6pm to 8pm.'),
    ]);
  });

  it('after a run of small edits anywhere in a longer document', () => {
    const { doc } = parsePlainText(makeDocument(1200, 7).text);
    const random = seededRandom(11);
    const edits = Array.from({ length: 8 }, (_, run) => (d: TextDoc) => {
      const i = Math.floor(random() * d.blocks.length);
      const words = d.blocks[i]!.text.split(' ');
      const at = Math.floor(random() * words.length);
      // Put in, take out, or swap a few words, as a writer does.
      const options = [['on', 'Friday', '3', 'May'], ['(ICB)'], ['please', 'email', 'us', 'at', `team${run}@example.org`], []];
      words.splice(at, run % 3, ...options[run % options.length]!);
      return withText(d, i, words.join(' '));
    });
    expectSameAsFresh(doc, edits);
  });
});

/** The document with `text` put in as a new paragraph before block `i` (the blocks after it keep their objects and ids). */
function withInserted(doc: TextDoc, i: number, text: string, id: string): TextDoc {
  const blocks = [...doc.blocks];
  blocks.splice(i, 0, { id, kind: 'paragraph', text });
  return { ...doc, blocks };
}

function without(doc: TextDoc, i: number): TextDoc {
  return { ...doc, blocks: doc.blocks.filter((_, n) => n !== i) };
}

/** Gives every block the id a fresh parse would (b0, b1, …): after a paragraph goes in, every later block is a new object. */
function renumbered(doc: TextDoc): TextDoc {
  return { ...doc, blocks: doc.blocks.map((b, n) => (b.id === `b${n}` ? b : { ...b, id: `b${n}` })) };
}

describe('a re-check after a paragraph is put in, taken out or moved gives the report of a fresh check', () => {
  it('after putting in paragraphs that spell out an acronym, give a date or a contact, then taking them out', () => {
    expectSameAsFresh(draft(), [
      (d) => withInserted(d, indexOf(d, 'The ICB is asking'), 'The Integrated Care Board (ICB) looks after local health services.', 'new-1'),
      (d) => withInserted(d, indexOf(d, 'What happens next'), 'There is a meeting on Wednesday 9 July at 7pm in the library.', 'new-2'),
      (d) => without(d, indexOf(d, 'The Integrated Care Board (ICB) looks')),
      (d) => withInserted(d, d.blocks.length, 'Write to us at Freepost Riverside.', 'new-3'),
      (d) => without(d, indexOf(d, 'There is a meeting on')),
    ]);
  });

  it('after taking out a heading, the first block and the last block', () => {
    expectSameAsFresh(draft(), [
      (d) => without(d, indexOf(d, 'Contact us')),
      (d) => without(d, 0),
      (d) => without(d, d.blocks.length - 1),
      (d) => withInserted(d, 0, 'Changes to the Riverside day centre', 'top'),
    ]);
  });

  it('after moving a paragraph up and down the page', () => {
    const move = (d: TextDoc, from: number, to: number): TextDoc => {
      const blocks = [...d.blocks];
      const [moved] = blocks.splice(from, 1);
      blocks.splice(to, 0, moved!);
      return { ...d, blocks };
    };
    expectSameAsFresh(draft(), [
      // The spelling out of ICB goes from the bottom to the top, and back.
      (d) => move(d, d.blocks.length - 1, 1),
      (d) => move(d, 1, d.blocks.length - 1),
      (d) => move(d, indexOf(d, 'Contact us'), 2),
    ]);
  });

  it('after putting in and taking out paragraphs when every later block gets a new id, as when the text is read again', () => {
    const { doc } = parsePlainText(makeDocument(1200, 5).text);
    const random = seededRandom(23);
    const sentences = ['The panel (PCN) meets on Monday 2 June at 10am.', 'Please call 0113 496 0001 to book a place.', 'We have already decided to close the centre.', 'Find out more.'];
    const edits = Array.from({ length: 8 }, (_, run) => (d: TextDoc) => {
      const i = Math.floor(random() * d.blocks.length);
      return renumbered(run % 2 === 0 ? withInserted(d, i, sentences[(run / 2) % sentences.length]!, 'x') : without(d, i));
    });
    expectSameAsFresh(doc, edits);
  });
});

describe('a document rule that reports the same as last time', () => {
  it('keeps the findings it made then, and gives new ones where a report changed', () => {
    const { doc } = parsePlainText(makeDocument(1500, 3).text);
    const warm = new Linter(ALL_RULES);
    const first = warm.lint(doc);
    // A paragraph at the end gets a word few readers know: findings about earlier blocks stay as they were.
    const last = doc.blocks.length - 1;
    const edited = withText(doc, last, `${doc.blocks[last]!.text} The hypothecated precept was set.`);
    const again = warm.lint(edited);
    expect({ ...again, analysedBlocks: 0 }).toEqual({ ...new Linter(ALL_RULES).lint(edited), analysedBlocks: 0 });
    const documentRuleIds = new Set(ALL_RULES.filter((r) => r.checkDocument).map((r) => r.meta.id));
    const kept = first.findings.filter((f) => documentRuleIds.has(f.ruleId) && f.blockId !== null && f.blockId !== doc.blocks[last]!.id);
    expect(kept.length).toBeGreaterThan(0);
    for (const f of kept) expect(again.findings).toContain(f);
    // The new word is a new finding.
    expect(again.findings.some((f) => f.text === 'precept' && !first.findings.includes(f))).toBe(true);
  });
});

describe('a document rule reporting about a block that moved or shares its id', () => {
  const documentRuleIds = new Set(ALL_RULES.filter((r) => r.checkDocument).map((r) => r.meta.id));
  /** The index of the first block a document rule's finding is shown at. */
  const reportedAt = (doc: TextDoc): number => {
    const f = new Linter(ALL_RULES).lint(doc).findings.find((x) => documentRuleIds.has(x.ruleId) && x.blockId !== null);
    if (!f) throw new Error('no document finding at a block');
    return doc.blocks.findIndex((b) => b.id === f.blockId);
  };

  it('after paragraphs go in and out above it, its blocks keeping their ids', () => {
    const doc = draft();
    const at = reportedAt(doc);
    expectSameAsFresh(doc, [
      (d) => withInserted(d, at, 'Find out more below.', 'above-1'),
      (d) => withInserted(d, 0, 'Read this first.', 'above-2'),
      (d) => without(d, indexOf(d, 'Find out more below.')),
      (d) => without(d, 0),
    ]);
  });

  it('after a later block takes its id, and gives it back', () => {
    const doc = draft();
    const at = reportedAt(doc);
    const last = doc.blocks.length - 1;
    const lastId = doc.blocks[last]!.id;
    expectSameAsFresh(doc, [
      (d) => ({ ...d, blocks: d.blocks.map((b, n) => (n === last ? { ...b, id: doc.blocks[at]!.id } : b)) }),
      (d) => withText(d, 1, `${d.blocks[1]!.text} Thank you.`),
      (d) => ({ ...d, blocks: d.blocks.map((b, n) => (n === last ? { ...b, id: lastId } : b)) }),
    ]);
  });
});
