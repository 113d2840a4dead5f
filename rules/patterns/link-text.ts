/**
 * Link text that says nothing when it is read on its own, as screen readers
 * read links in a list and as people scan a page. The examples run as tests
 * (tests/rules/link-text.test.ts): each `match` is HTML the rule flags, each
 * `noMatch` HTML it leaves alone.
 */
export const LINK_TEXT = {
  /** The whole link text is one of these (after case, quotes and punctuation are set aside). */
  vague: [
    'click here', 'click', 'here', 'press here', 'tap here', 'click this link', 'this link', 'link', 'the link',
    'read more', 'more', 'more info', 'more information', 'further information', 'find out more', 'learn more',
    'see more', 'see here', 'read here', 'continue', 'continue reading', 'this', 'this page', 'page', 'go',
    'more details', 'download', 'download here', 'view', 'open', 'link here',
  ],
  /** Link text that starts like this leans on the mouse, whatever follows ("click here to read the plan"). */
  vagueStart: ['click here', 'click on this link', 'click this link', 'press here', 'tap here'],
  /** A web address as link text is read out letter by letter; short ones (council.gov.uk/bins) are fine. */
  longUrlChars: 30,
  examples: {
    match: [
      '<p>To read the plan, <a href="/plan">click here</a>.</p>',
      '<p>Our proposals for the library. <a href="/library">Read more</a></p>',
      '<p>The survey is open now. <a href="/survey">Click here to take part</a>.</p>',
      '<p>Full details are at <a href="https://www.example.gov.uk/consultations/2026/library-hours?ref=home">https://www.example.gov.uk/consultations/2026/library-hours?ref=home</a></p>',
      '<p>You can find the form <a href="/form">here</a>.</p>',
      '<p>For the survey, follow <a href="/s">this link</a>.</p>',
    ],
    noMatch: [
      '<p><a href="/plan">Read the draft library plan</a> before you reply.</p>',
      '<p>Visit <a href="https://council.example.gov.uk/bins">council.example.gov.uk/bins</a> for collection days.</p>',
      '<p>Email <a href="mailto:engage@example.gov.uk">engage@example.gov.uk</a> with your views.</p>',
      '<p>Here is the plan: <a href="/plan">the draft library plan</a>.</p>',
      '<p>Click <a href="/plan">the draft library plan</a> to open it.</p>',
      '<p><a href="/news" aria-label="Read more about the new opening hours">Read more</a></p>',
    ],
  },
} as const;
