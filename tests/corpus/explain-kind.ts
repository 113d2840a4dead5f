/** Debug: print the hand scorer's reading of pages (scores, raw, purpose, cues found). Usage: tsx tests/corpus/explain-kind.ts [--blocks] FILE...
 * --blocks also lists, block by block, the cues each block matched (the block's first words beside them). */
import { readFileSync } from 'node:fs';
import { analyseText } from '../../src/engine/text';
import type { AnalysedBlock } from '../../src/engine/rule';
import { readProfiles, readingsOf, scanCues } from '../../src/engine/profiles';
import { CUES } from '../../src/engine/profile-cues';
import { toTextDoc } from './lib';

const args = process.argv.slice(2);
const perBlock = args.includes('--blocks');
for (const path of args.filter((a) => a !== '--blocks')) {
  const source = readFileSync(path, 'utf8');
  const doc = await toTextDoc({ name: path, path, source, expected: { profiles: [], findings: [] } });
  const blocks: AnalysedBlock[] = doc.blocks.map((block, index) => ({ block, index, analysis: analyseText(block.text) }));
  const readings = readingsOf(blocks);
  const scan = scanCues(blocks, readings.cues);
  const r = readProfiles(blocks, readings, scan);
  const want = (() => { try { return JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8')).profiles; } catch { return '?'; } })();
  console.log(`== ${path}  got ${r.matches.map((m) => m.id).join(',')}  want ${want}`);
  console.log('  score', JSON.stringify(r.score), 'raw', JSON.stringify(r.raw));
  console.log('  purpose', [...r.purpose].join(','), 'titleZone', r.titleZone, 'dated', r.datedEvents, 'labels', r.labels, 'schedule', r.schedule, 'register', JSON.stringify(r.register));
  const { blocks: _b, ...pg } = r.page as unknown as Record<string, unknown>;
  console.log('  page', JSON.stringify(pg));
  console.log('  cues', [...scan.seen].map((i) => `${CUES[i]!.group}(${CUES[i]!.weight})`).join(' '));
  if (perBlock)
    readings.cues.forEach((c, n) => {
      if (c.cues.length === 0 && c.weakTitles.length === 0) return;
      const names = [...c.cues.map((i) => CUES[i]!.group), ...c.weakTitles.map((i) => `(weak) ${CUES[i]!.group}`)];
      console.log(`    [${blocks[n]!.index}] ${blocks[n]!.block.text.slice(0, 70).replace(/\s+/g, ' ')}…  ${names.join(' ')}`);
    });
}
