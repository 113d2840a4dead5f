/**
 * A general jargon detector, as data, for wording no list can hold: a stack
 * of abstract nouns ("service quality", "decision making and governance",
 * "performance management framework"): nouns from `abstractNouns` joined by
 * "and", three or more in a row, or two whose last is in `veryAbstract`
 * ("delivery service" names a real service, so it is left alone).
 *
 * Findings are suggestions: the writer is asked to say what it means for
 * people. The examples run as tests (tests/rules/jargon-noun-stacks.test.ts).
 *
 * A second detector, for capitalised programme names used as if known
 * ("the Big Conversation"), was tried on our corpora and on real pages and
 * left out: it mostly flagged the names of the document's own strategies,
 * venues and job titles (precision about 0.3).
 */
export const NOUN_STACKS = {
  abstractNouns: [
    'service', 'quality', 'delivery', 'improvement', 'governance', 'assurance', 'performance', 'management', 'capacity',
    'transformation', 'integration', 'engagement', 'system', 'programme', 'strategy', 'outcome', 'outcomes', 'pathway', 'workforce',
    'infrastructure', 'commissioning', 'provision', 'resilience', 'sustainability', 'efficiency', 'productivity', 'accountability',
    'framework', 'model', 'decision making', 'decision-making', 'policy', 'implementation', 'optimisation', 'partnership',
    'alignment', 'oversight', 'risk', 'compliance', 'mitigation', 'prioritisation', 'utilisation', 'demand', 'planning',
    'transformation', 'redesign', 'reconfiguration', 'mobilisation', 'benefits realisation', 'stakeholder',
    'development', 'developments', 'systems', 'structures', 'arrangements', 'mechanisms', 'processes', 'standards',
    'method', 'methods', 'approaches', 'overheads', 'aspects', 'affordability', 'ratio', 'staffing', 'levels',
  ],
  veryAbstract: [
    'quality', 'governance', 'assurance', 'delivery', 'transformation', 'integration', 'optimisation', 'utilisation',
    'prioritisation', 'alignment', 'oversight', 'mitigation', 'accountability', 'sustainability', 'productivity', 'efficiency',
    'resilience', 'performance', 'implementation', 'decision making', 'decision-making', 'mobilisation', 'benefits realisation',
    'reconfiguration', 'development', 'developments', 'structures', 'arrangements', 'mechanisms',
    'planning', 'processes', 'overheads', 'aspects', 'affordability', 'ratio', 'method', 'approaches',
  ],
  examples: {
    match: [
      'We want to improve service quality across the borough.',
      'The report covers decision making and governance for the new hub.',
      'The board looks at governance and accountability every month.',
      'Staff will use the performance management framework.',
      'We will look at our systems and structures this year.',
      'Patients helped us plan service developments at the hospital.',
      'Savings will come from lower management overheads.',
      'The panel will look at long-term service planning.',
      'We will review our processes and systems this year.',
    ],
    noMatch: [
      'We will check the quality of the new leaflets with readers.',
      'Our engagement strategy was agreed last year.',
      'Many older people asked for a free delivery service.',
      'The Quality Assurance Team checks every complaint.',
      'Noise levels near the school were high.',
      'We will explain the planning rules at the drop-in.',
    ],
  },
} as const;
