/**
 * What a re-check keeps from the last check beyond per-block results: where something is first
 * found (ctx.firstBlock), the pass over the cues behind the kinds of document, and a document rule's
 * findings when every edited block reads the same to it (Rule.readsOfBlock). Each re-check here is
 * compared with a fresh check of the same document and settings.
 */
import { describe, expect, it } from 'vitest';
import { Linter, type AnalysedBlock, type Block, type Rule, type TextDoc } from '../../src/engine';
import type { Config } from '../../src/engine/config';
import { ALL_RULES } from '../../rules';
import { parsePlainText } from '../../src/sources/plain-text';
import { makeDocument, seededRandom } from '../../bench/corpus';

type Step = { doc: TextDoc; config?: Partial<Config> };

/** Checks each step in turn on one linter and on a new one: the reports must be the same. */
function expectSameAsFresh(steps: Step[]): Linter {
  const warm = new Linter(ALL_RULES);
  for (const { doc, config } of steps) {
    const again = warm.lint(doc, config);
    const fresh = new Linter(ALL_RULES).lint(doc, config);
    expect({ ...again, analysedBlocks: 0 }).toEqual({ ...fresh, analysedBlocks: 0 });
  }
  return warm;
}

const withText = (doc: TextDoc, i: number, text: string): TextDoc => ({ ...doc, blocks: doc.blocks.map((b, n) => (n === i ? { ...b, text } : b)) });
const withBlock = (doc: TextDoc, i: number, change: Partial<Block>): TextDoc => ({ ...doc, blocks: doc.blocks.map((b, n) => (n === i ? ({ ...b, ...change } as Block) : b)) });
const inserted = (doc: TextDoc, i: number, text: string, id: string): TextDoc => {
  const blocks = [...doc.blocks];
  blocks.splice(i, 0, { id, kind: 'paragraph', text });
  return { ...doc, blocks };
};
const without = (doc: TextDoc, i: number): TextDoc => ({ ...doc, blocks: doc.blocks.filter((_, n) => n !== i) });

// A consultation in our own words: an acronym named in full without brackets further down, a decision
// said as made, a decider left unnamed, and plenty of blocks that say none of these.
const PAGE = [
  'Plans for the Brookside library',
  'Tell us what you think of our plans for the library by 12 September.',
  'Background',
  'The library has been open since 1972 and many families use it every week.',
  'It is open six days a week and the children’s corner is busy after school.',
  'The PCN runs a health stall in the entrance hall on Mondays.',
  'What we are proposing',
  'The library will close on Saturdays from next year.',
  'A decision will be made once the consultation closes.',
  'We would also like to hear about the opening hours that suit you.',
  'The reading group meets in the back room and is free to join.',
  'How to respond',
  'Fill in the form online or pick up a paper copy at the desk.',
  'Primary Care Network staff will be at the library on 3 September to answer questions.',
].join('\n\n');

function page(): TextDoc {
  return parsePlainText(PAGE).doc;
}

function at(doc: TextDoc, start: string): number {
  const i = doc.blocks.findIndex((b) => b.text.startsWith(start));
  if (i < 0) throw new Error(`no block starts with ${start}`);
  return i;
}

describe('where an acronym is first named in full, kept from one check to the next', () => {
  it('follows the full name as it is written earlier, taken out, written later, put in and taken out as a paragraph', () => {
    const start = page();
    const acronymFindings = (doc: TextDoc) => new Linter(ALL_RULES).lint(doc).findings.filter((f) => f.ruleId === 'undefined-acronym').map((f) => f.text);
    const earlier = withText(start, at(start, 'It is open six days'), 'It is open six days a week, and the Primary Care Network visits too.');
    // The name written above the acronym speaks for it; written only below, it does not.
    expect(acronymFindings(earlier)).not.toContain('PCN');
    expect(acronymFindings(start)).toContain('PCN');
    const steps: TextDoc[] = [earlier];
    steps.push(withText(earlier, at(earlier, 'It is open six days'), 'It is open six days a week.'));
    steps.push(withText(steps[1]!, at(start, 'Primary Care Network staff'), 'Staff will be at the library on 3 September to answer questions.'));
    steps.push(inserted(steps[2]!, 1, 'The Primary Care Network and the council wrote this together.', 'named'));
    steps.push(without(steps[3]!, 1));
    steps.push(withText(steps[4]!, at(steps[4]!, 'The PCN runs'), 'The Primary Care Network runs a health stall, and the PCN pays for it.'));
    steps.push(withText(steps[5]!, at(steps[5]!, 'The Primary Care Network runs'), 'The PCN runs a health stall in the entrance hall on Mondays.'));
    expectSameAsFresh(steps.map((doc) => ({ doc })));
  });
});

describe('a document rule whose edited blocks read the same keeps its findings', () => {
  it('keeps the very findings after an edit elsewhere, and finds again when an edit adds, moves or hides one', () => {
    const start = page();
    const warm = new Linter(ALL_RULES);
    const first = warm.lint(start);
    const decider = first.findings.find((f) => f.ruleId === 'hidden-decider');
    expect(decider).toBeDefined();
    // An edit to a paragraph that says nothing the rule reads: the finding is the same object as before.
    const quiet = withText(start, at(start, 'The reading group'), 'The reading group meets upstairs and is free to join.');
    const again = warm.lint(quiet);
    expect(again.findings).toContain(decider);
    expect({ ...again, analysedBlocks: 0 }).toEqual({ ...new Linter(ALL_RULES).lint(quiet), analysedBlocks: 0 });
    const steps: Step[] = [{ doc: start }, { doc: quiet }];
    let doc = quiet;
    // A second unnamed decider, then the first one edited away, then the heading above a decision made.
    doc = withText(doc, at(doc, 'We would also like'), 'We would also like to hear from you. The final decision will be taken later.');
    steps.push({ doc });
    doc = withText(doc, at(doc, 'A decision will be made'), 'Councillors will decide once the consultation closes.');
    steps.push({ doc });
    doc = withText(doc, at(doc, 'What we are proposing'), 'What has already been decided');
    steps.push({ doc });
    doc = withBlock(doc, at(doc, 'What has already been decided'), { kind: 'paragraph' });
    steps.push({ doc });
    // The kind of document chosen in settings, then found again, then another kind chosen.
    steps.push({ doc, config: { profiles: ['report'] } });
    steps.push({ doc: withText(doc, at(doc, 'The reading group'), 'The reading group meets on Tuesdays.'), config: { profiles: ['report'] } });
    steps.push({ doc });
    steps.push({ doc, config: { profiles: ['meeting-invitation'] } });
    expectSameAsFresh(steps);
  });

  it('gives a fresh check’s report over a long run of varied edits, settings and kinds of document', () => {
    const random = seededRandom(31);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    // Sentences in our own words that give each kept result something to change.
    const sentences = [
      'The ICB will decide in March.',
      'The Integrated Care Board (ICB) plans health services.',
      'A decision has already been made to close the centre.',
      'Come to a drop-in at the Town Hall on Tuesday 4 June, 2pm to 4pm.',
      'The Scrutiny Committee will look at the plan.',
      'We will leverage our assets going forward.',
      'Tell us what you think by 30 June.',
      'The library is quiet in the mornings.',
      'Minutes of the meeting',
      'Venue:',
    ];
    const headings = ['What happens next', 'What has already been decided', 'Contact us', 'Background'];
    let doc = parsePlainText(makeDocument(2500, 9).text).doc;
    const steps: Step[] = [{ doc }];
    for (let run = 0; run < 24; run++) {
      const i = Math.floor(random() * doc.blocks.length);
      const kind = run % 8;
      if (kind === 0) doc = inserted(doc, i, pick(sentences), `in-${run}`);
      else if (kind === 1) doc = without(doc, i);
      else if (kind === 2) doc = withBlock(doc, i, { kind: 'heading', level: 2, text: pick(headings) });
      else if (kind === 3) doc = withBlock(doc, i, { kind: doc.blocks[i]!.kind === 'heading' ? 'paragraph' : 'list-item', level: undefined });
      else if (kind === 4) doc = withText(doc, i, `${doc.blocks[i]!.text} ${pick(sentences)}`);
      else {
        const words = doc.blocks[i]!.text.split(' ');
        words.splice(Math.floor(random() * words.length), 2, `changed${run}`, 'words');
        doc = withText(doc, i, words.join(' '));
      }
      // Now and then the kind of document is chosen in settings for a check or two.
      steps.push({ doc, config: run % 7 === 6 ? { profiles: ['consultation'] } : undefined });
    }
    expectSameAsFresh(steps);
  }, 120_000);
});

describe('the names an organisation gives its own bodies, kept from one check to the next', () => {
  // A name used three times is the page's subject, and a question about a name explains it: both read
  // blocks that hold no name of their own, so a re-check must see edits there too.
  const NAMES = ['Changes to the garden waste service', 'Every reply goes to the Garden Group in May.', 'We will write to you after that.', 'Bins are emptied every other week.', 'Thank you for reading.'];
  const base = parsePlainText(NAMES.join('\n\n')).doc;
  const named = (doc: TextDoc) => new Linter(ALL_RULES).lint(doc).findings.filter((f) => f.patternId?.startsWith('jargon/capital-names/')).length;

  it('finds the name again or not as a fresh check does, when other blocks ask about it or use it', () => {
    const about = withText(base, 3, 'What is the Garden Group?');
    const twice = withText(base, 2, 'The garden group will write to you after that.');
    const thrice = withText(twice, 4, 'Thank you from the garden group.');
    // The steps are worth checking only if they change what is found.
    expect([named(base), named(about), named(twice), named(thrice)]).toEqual([1, 0, 1, 0]);
    expectSameAsFresh([{ doc: base }, { doc: about }, { doc: base }, { doc: twice }, { doc: thrice }, { doc: twice }, { doc: base }]);
  });
});

describe('kept findings and first blocks, with rules of our own', () => {
  it('runs a rule again when one of its findings is at an edited block, though the block reads the same to it', () => {
    // Reports the first block's opening words, and says no block matters: the finding's text must still follow the edit.
    const opening: Rule = {
      meta: { ...ALL_RULES[0]!.meta, id: 'opening-words', scope: 'document', profiles: 'all' },
      checkDocument: (ctx) => ctx.report({ blockId: ctx.blocks[0]!.block.id, start: 0, end: 5, message: 'The page opens here.' }),
      readsOfBlock: () => '',
    };
    const linter = new Linter([opening]);
    const doc = parsePlainText('First words here.\n\nSecond block.').doc;
    expect(linter.lint(doc).findings.map((f) => f.text)).toEqual(['First']);
    expect(linter.lint(withText(doc, 1, 'Second block, edited.')).findings.map((f) => f.text)).toEqual(['First']);
    expect(linter.lint(withText(doc, 0, 'Other words here.')).findings.map((f) => f.text)).toEqual(['Other']);
  });

  it('stops a check whose rule adds to the empty list every block without items shares', () => {
    // The list is shared by every empty block of every rule: changed, it would stand for all of them.
    const careless: Rule = {
      meta: { ...ALL_RULES[0]!.meta, id: 'careless', scope: 'document', profiles: 'all' },
      checkDocument: (ctx) => {
        const per = ctx.perBlock('nothing', () => [] as string[]);
        (per[0] as string[]).push('oops');
      },
    };
    const doc = parsePlainText('One block.\n\nAnother block.').doc;
    expect(() => new Linter([careless]).lint(doc)).toThrow(/copy a list before changing it/);
    // The list is empty again for the next check.
    const reader: Rule = { ...careless, meta: { ...careless.meta, id: 'reader' }, checkDocument: (ctx) => ctx.report({ blockId: ctx.blocks[0]!.block.id, message: `${ctx.perBlock('nothing', () => [] as string[])[0]!.length}` }) };
    expect(new Linter([reader]).lint(doc).findings.map((f) => f.message)).toEqual(['0']);
  });

  it('answers ctx.firstBlock as a scan of every block would, after edits, insertions and deletions', () => {
    const random = seededRandom(5);
    const asked: number[] = [];
    const answered: number[] = [];
    // Where the first block holding "target" is, asked on every check.
    const finder: Rule = {
      meta: { ...ALL_RULES[0]!.meta, id: 'first-target', scope: 'document', profiles: 'all' },
      checkDocument: (ctx) => {
        asked.push(ctx.blocks.findIndex((ab) => ab.block.text.includes('target')));
        answered.push(ctx.firstBlock('target', (ab) => ab.block.text.includes('target')));
      },
    };
    const linter = new Linter([finder]);
    let doc = parsePlainText(Array.from({ length: 30 }, (_, i) => `Block ${i}${i % 9 === 8 ? ' target' : ''}.`).join('\n\n')).doc;
    linter.lint(doc);
    for (let run = 0; run < 60; run++) {
      const i = Math.floor(random() * doc.blocks.length);
      const text = random() < 0.3 ? `Edited ${run} target.` : `Edited ${run}.`;
      const change = run % 4;
      doc = change === 0 ? inserted(doc, i, text, `x${run}`) : change === 1 && doc.blocks.length > 2 ? without(doc, i) : withText(doc, i, text);
      linter.lint(doc);
    }
    expect(answered).toEqual(asked);
    expect(new Set(asked).size).toBeGreaterThan(3);
  });
});

describe('a document rule’s findings and the merged report, kept from one check to the next', () => {
  // Our own rules: a block rule that marks the word "mark", and a document rule that marks the word
  // "flag" and the word "mark" after it (ties with the block rule's finding), with a message that
  // names how many flags the page has, so an edit anywhere can change every report.
  const marker: Rule = {
    meta: { ...ALL_RULES[0]!.meta, id: 'block-marks', scope: 'block', profiles: 'all' },
    checkBlock: (ctx) => {
      for (const m of ctx.block.text.matchAll(/\bmark\b/g)) ctx.report({ start: m.index, end: m.index + 4, message: 'A mark.' });
    },
  };
  const hitsIn = (ab: AnalysedBlock) => [...ab.block.text.matchAll(/\b(?:flag|mark)\b/g)].map((m) => ({ at: m.index, word: m[0] }));
  const flags: Rule = {
    meta: { ...ALL_RULES[0]!.meta, id: 'flags', scope: 'document', profiles: 'all' },
    // An edit to a block with no flag or mark leaves every finding as it was: the engine keeps them.
    readsOfBlock: (ab, read) => JSON.stringify(read('flags', hitsIn)),
    checkDocument: (ctx) => {
      const per = ctx.perBlock('flags', hitsIn);
      const count = per.reduce((n, hits) => n + hits.filter((h) => h.word === 'flag').length, 0);
      // Reported last block first now and then, so the engine must put them in order itself.
      const order = count % 3 === 0 ? [...ctx.blocks].reverse() : ctx.blocks;
      for (const ab of order) {
        for (const h of per[ab.index]!) {
          ctx.report({ blockId: ab.block.id, start: h.at, end: h.at + 4, message: h.word === 'flag' ? `One of ${count} flags.` : 'A mark, read by the page.' });
        }
      }
    },
  };
  const rules = [marker, flags];

  it('gives a fresh check’s report, in order, and keeps the very findings a re-check makes again', () => {
    const random = seededRandom(17);
    const texts = ['Plain words here.', 'A flag here.', 'A mark here.', 'A mark and a flag.', 'A flag, a mark and a flag.', 'Nothing to see.'];
    let doc = parsePlainText(Array.from({ length: 24 }, (_, i) => texts[i % texts.length]).join('\n\n')).doc;
    const warm = new Linter(rules);
    let last = warm.lint(doc);
    let keptSome = false;
    for (let run = 0; run < 80; run++) {
      const i = Math.floor(random() * doc.blocks.length);
      const text = texts[Math.floor(random() * texts.length)]!;
      const change = run % 5;
      doc = change === 0 ? inserted(doc, i, text, `n${run}`) : change === 1 && doc.blocks.length > 3 ? without(doc, i) : withText(doc, i, text);
      const again = warm.lint(doc);
      expect({ ...again, analysedBlocks: 0 }).toEqual({ ...new Linter(rules).lint(doc), analysedBlocks: 0 });
      // Findings at blocks the edit left alone are the objects of the last check when their report is the same.
      const before = new Set(last.findings);
      if (again.findings.some((f) => before.has(f) && f.ruleId === 'flags')) keptSome = true;
      last = again;
    }
    expect(keptSome).toBe(true);
    // A check of the very same document again: the same findings, the same objects.
    const same = warm.lint({ ...doc, blocks: [...doc.blocks] });
    expect(same.findings).toEqual(last.findings);
    same.findings.forEach((f, k) => expect(f).toBe(last.findings[k]));
  });

  it('keeps no finding of a run that made fewer reports than the one before it', () => {
    const start = parsePlainText('A flag here.\n\nA mark here.\n\nPlain words here.\n\nNothing to see.').doc;
    // The mark goes (the rule makes its first report again, and no more), then an edit the rule need not see.
    const fewer = withText(start, 1, 'Plain words here.');
    const quiet = withText(fewer, 3, 'Still nothing to see.');
    const warm = new Linter(rules);
    expect(warm.lint(start).findings.map((f) => f.ruleId)).toEqual(['flags', 'block-marks', 'flags']);
    expect(warm.lint(fewer).findings.map((f) => f.message)).toEqual(['One of 1 flags.']);
    expect(warm.lint(quiet).findings.map((f) => f.message)).toEqual(['One of 1 flags.']);
  });
});
