import { describe, expect, it } from 'vitest';
import { splitSuggestions } from '../../src/ui/advice';

describe('splitSuggestions', () => {
  it('offers words as replacements and keeps advice as advice', () => {
    expect(splitSuggestions({ text: 'stakeholders', suggestions: ['people who use services', 'local people'] })).toEqual({
      replacements: ['people who use services', 'local people'],
      advice: [],
    });
    expect(splitSuggestions({ text: 'A very long sentence that goes on.', suggestions: ['Split it into two or three shorter sentences, one idea in each.'] })).toEqual({
      replacements: [],
      advice: ['Split it into two or three shorter sentences, one idea in each.'],
    });
  });

  it('never offers to replace a document-level finding, or a template with gaps', () => {
    expect(splitSuggestions({ text: null, suggestions: ['Name the groups you want to reach'] }).replacements).toEqual([]);
    expect(splitSuggestions({ text: 'with the community', suggestions: ['with [who]'] }).replacements).toEqual([]);
  });
});
