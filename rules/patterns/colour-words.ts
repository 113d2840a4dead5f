/**
 * Instructions that only work if you can see colour ("the changes shown in
 * red"). Colour-blind readers, screen-reader users and anyone with a
 * black-and-white printout miss them. The examples run as tests
 * (tests/rules/shouting-and-styling.test.ts).
 */
const COLOURS = 'red|green|blue|yellow|orange|purple|pink|grey|gray|amber|brown';
const THINGS =
  'text|words?|items?|sections?|changes|parts?|rows?|columns?|figures|boxes|fields|questions|dates|entries|cells|lines|links|names|options|points|areas?|sites?|roads?|routes?|buildings|paragraphs?|sentences?|comments|amendments|additions|numbers';

export const COLOUR_ONLY = {
  patterns: [
    // "the changes shown in red", "areas shaded in blue", "text highlighted in yellow"
    String.raw`\b(?:shown|marked|highlighted|coloured|colored|written|printed|shaded|outlined|circled|underlined|indicated|appear|appears|displayed|set out|typed) in (?:${COLOURS})\b`,
    // "the items in red", "the text in green"
    String.raw`\b(?:the|any|all) (?:${THINGS}) in (?:${COLOURS})\b`,
    // "the red text", "the green boxes"
    String.raw`\bthe (?:${COLOURS}) (?:text|words|items|sections|boxes|fields|rows|cells|entries|parts|questions|lines|figures|areas)\b`,
  ],
  examples: {
    match: [
      'The proposed changes are shown in red.',
      'Please answer the questions in green only.',
      'Areas shaded in blue on the map will have new bus stops.',
      'Read the red text carefully before you sign.',
    ],
    noMatch: [
      'Put your garden waste in the green bin.',
      'The red route runs along the high street.',
      'Blue Badge holders can park in the marked bays.',
      'We painted the front door in red last year.',
      'Amber and red ratings are explained on page 4.',
    ],
  },
} as const;
