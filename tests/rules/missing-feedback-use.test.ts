import { describe, expect, it } from 'vitest';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { check } from './structure-helpers';

const rule = missingFeedbackUse;

const BAD_PASTED = `Changes to library opening hours

We are consulting on new opening hours for our six libraries. We need to save £200,000 a year.

How to respond

Please fill in the online survey at www.leeds.gov.uk/libraries by 9 January 2027. Paper copies are available at every library.

Thank you for your time.`;

const BAD_BULLETS = `Have your say: Elm Street Health Centre
- We are consulting on moving the clinic to the Riverside site.
- The consultation closes on 3 March 2027.
- Complete the questionnaire online or call 0113 496 0000 for a paper copy.`;

const BAD_TABLE = `Stroke services consultation
Question\tHow to answer
Do you agree with option A?\tTick yes or no
Any other comments?\tWrite in the box
We want to hear your views by 26 May 2027.`;

const BAD_MARKDOWN = `# Have your say on bus lanes

## Background

We want to hear what you think about new bus lanes on York Road.

## How to take part

Fill in the survey before the closing date of 12 June 2027.`;

describe('missing-feedback-use: finds documents that do not say what happens to views', () => {
  it('flags pasted text, anchored to "How to respond", as an error in a consultation', () => {
    const r = check(rule, BAD_PASTED);
    expect(r.profiles).toContain('consultation');
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f!.severity).toBe('error');
    expect(f!.message).toMatch(/does not say what will happen to people’s views/);
    expect(f!.example).toMatch(/publish a summary/);
    expect(r.anchorText(f!)).toBe('How to respond');
  });

  it('flags bullet lists, tables turned to text and markdown headings', () => {
    expect(check(rule, BAD_BULLETS).findings).toHaveLength(1);
    expect(check(rule, BAD_TABLE).findings).toHaveLength(1);
    const md = check(rule, BAD_MARKDOWN);
    expect(md.findings).toHaveLength(1);
    expect(md.anchorText(md.findings[0]!)).toMatch(/How to take part/);
  });

  it('is a warning in an engagement plan', () => {
    const plan = `Engagement plan: community mental health\n\nObjectives\n\nWe will involve people who use services in redesigning the crisis line.\n\nMilestones\n\nWorkshops in March 2027 and a report in June 2027.`;
    const r = check(rule, plan);
    expect(r.profiles).toEqual(['engagement-plan']);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toMatch(/This plan/);
  });

  it('does not run on documents that are neither', () => {
    expect(check(rule, 'The weather in Leeds was mild this week.').findings).toEqual([]);
  });
});

describe('missing-feedback-use: accepts the many ways of saying it', () => {
  const withEnding = (ending: string) => `${BAD_PASTED}\n\n${ending}`;
  const good = [
    'What happens next\n\nThe council will look at all the responses and decide in March.',
    'Next steps: the board will decide in April, and we will write to everyone who took part.',
    'We will publish a summary of responses on our website in February.',
    'Your views will help us decide which libraries open on Saturdays.',
    'You said, we did\n\nIn spring we will show what changed because of what you told us.',
    'A report will go to the cabinet in March 2027.',
    '- The results will be published in the spring.',
    'How we will use your feedback\n\nEvery comment is read by the project team and shared with councillors.',
  ];
  for (const ending of good) {
    it(`accepts: ${ending.split('\n')[0]}`, () => {
      expect(check(rule, withEnding(ending)).findings).toEqual([]);
    });
  }

  it('does not accept "all comments will be considered" on its own', () => {
    expect(check(rule, withEnding('All comments will be considered.')).findings).toHaveLength(1);
    expect(check(rule, withEnding('All comments will be considered by the cabinet when it decides in March.')).findings).toEqual([]);
  });

  it('accepts saying what changed because of people’s views', () => {
    expect(check(rule, withEnding('We will publish what we heard and how it changed the plan.')).findings).toEqual([]);
    expect(check(rule, withEnding('Cabinet will consider the results and decide on the final policy in November.')).findings).toEqual([]);
  });

  it('does not accept a statement that is negated', () => {
    expect(check(rule, withEnding('We have not yet decided whether we will publish a summary of responses.')).findings).toHaveLength(1);
  });

  it('does not accept an empty "What happens next" heading', () => {
    expect(check(rule, `${BAD_MARKDOWN}\n\n## What happens next\n\n## Contact us\n\nCall 0113 496 0000.`).findings).toHaveLength(1);
  });

  it('does not accept vague statements: considered, help inform, in due course', () => {
    const vague = [
      'After the consultation closes, we will read every response carefully.',
      'Responses will be considered and a report will be taken to Cabinet in due course.',
      'Your feedback will help inform the final strategy.',
      'Your feedback will help inform the final strategy, which will be launched at the Partnership Board in April.',
      'All views will be taken into account.',
      'We will report the findings to the project team.',
      'Results may be published where appropriate.',
      'What happens next\n\nWe will consider all comments carefully.',
    ];
    for (const ending of vague) expect(check(rule, withEnding(ending)).findings, ending).toHaveLength(1);
  });

  it('accepts a report or weak statement made concrete by a decision-maker and a date', () => {
    const concrete = [
      'A report will be taken to Cabinet on 14 July 2027.',
      'Your feedback will inform the final strategy, which the Partnership Board will decide on in April 2027.',
      'The board will use your views when it decides in June.',
      'The board will consider all the responses at its meeting on 14 July 2027.',
      'We will report the findings to the Health Scrutiny Committee on 12 September 2027.',
      // A named next step is concrete with no date (s26-sections, labelled present on real pages).
      'We will report the findings to the committee.',
      'The survey aims to improve care by sharing the findings with the hospital trust and the commissioners.',
      'Every comment will be read before the draft plan is submitted for examination.',
      'By law all the comments we receive are considered conscientiously.',
      'We have a legal duty to take account of your views.',
      'Your answers will inform a new cycling strategy, to be issued by the end of spring 2027.',
      'What you tell me will inform my transport plans, which I will then take to the scrutiny panel.',
      'Every reply will be read by the Government.',
      'A summary of responses will be available on our website.',
      'Every comment is read by the project team and shared with councillors.',
      'The report, including a summary of every theme raised, will be published on our website.',
      'Its papers will show how each theme raised in the consultation was taken into account.',
      'The consultation report will show each main theme and how it was taken into account.',
      'We will publish a short "what we heard and what we changed" summary after each round.',
      'We will write to everyone who gave us an address to tell them what was decided and why.',
    ];
    for (const ending of concrete) expect(check(rule, withEnding(ending)).findings, ending).toEqual([]);
  });
});

describe('missing-feedback-use: said thinly is not said at all', () => {
  const THIN: Array<[string, RegExp]> = [
    ['We are consulting on the merger. Your feedback will be used to help us make a decision. Please fill in the survey.', /“Your feedback will be used to help us make a decision”, but not when/],
    ['We are consulting on new library hours. We need everyone’s views to shape what comes next.', /“We need everyone’s views to shape what comes next”/],
    ['We are consulting on the budget. This will help to inform the final decision.', /“This will help to inform the final decision”/],
    ['We are consulting on the draft plan. All comments will be considered before a decision is made.', /“All comments will be considered before a decision is made”/],
    ['We are consulting on the plan. The health board has a legal duty to involve and consult carers in service planning.', /legal duty to involve and consult carers in service planning/],
    ['We are consulting on charges. The housing board will review service charges each spring.', /The housing board will review service charges each spring/],
    ['We are consulting on the park. We are asking dog walkers and families this spring in order to draw up a fresh ten year plan for the park.', /in order to draw up a fresh ten year plan/],
    ['We are consulting on new opening hours. We want library users to be able to influence the plans for each branch.', /able to influence the plans/],
    ['We are consulting on the ward. We want to hear from you before any decision is made.', /before any decision is made/],
    ['We are consulting on libraries. This survey of our library services is to make sure they open at the times people want.', /to make sure they open/],
    ['We are consulting on the budget. The health board calls this survey an ‘important step’ in drawing up its plan.', /important step/],
    ['We are consulting on the future of our care homes. We expect to make a decision in April 2027.', /“We expect to make a decision in April 2027”, and when the decision will be made, but not how people will hear/],
    ['We are consulting on the ward. What you tell us will help us plan the service.', /What you tell us will help us plan the service/],
    ['We are consulting on cycling. Tell us what you think and help shape the new cycle routes.', /help shape the new cycle routes/],
    ['We are consulting on the draft. Residents can have their say on the draft before it is finalised.', /have their say on the draft before it is finalised/],
    ['We are consulting on the plan. Once the consultation closes, comments will then be sent to the inspectors in due course.', /comments will then be sent to the inspectors/],
  ];
  it.each(THIN)('quotes “%s” and names what to add, as a warning', (text, quote) => {
    const f = check(rule, text).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(quote);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.text).not.toBeNull();
  });

  it('names only what is still missing when the decision date is given', () => {
    const f = check(rule, 'We are consulting on the forum. Your views will then inform a decision on the forum. A decision is expected in March 2027.').findings;
    expect(f[0]!.message).toMatch(/and when the decision will be made, but not how people will hear/);
  });

  it('names only what is still missing when only the decision date is given', () => {
    const f = check(rule, 'We are consulting on the forum. Please fill in the form. A decision is expected in March 2027.').findings;
    expect(f[0]!.message).toMatch(/and when the decision will be made, but not how people will hear/);
  });

  it('does not read "as soon as possible" as a hedge: it is haste, not doubt', () => {
    expect(check(rule, 'We are consulting on the plan. Once the consultation closes, comments will then be sent to the planning inspectors, who will hold hearings as soon as possible.').findings).toEqual([]);
  });

  it('keeps the absent message, at error level, when nothing is said', () => {
    const f = check(rule, 'We are consulting on the merger. Please fill in the survey by 9 January.').findings;
    expect(f[0]!.message).toMatch(/does not say what will happen to people’s views/);
    expect(f[0]!.severity).toBe('error');
  });

  it.each([
    'We will publish the feedback we receive in our residents’ magazine.',
    'Every spring we will publish what difference your comments made.',
    'Alongside the new rules we will post a report on the outcome of the survey.',
    'The new timetable will be introduced next spring if the results show riders want it.',
    'The responses received, and how well they reflect local people, are published each year.',
    'Once the consultation closes, every comment will then be sent to the national planning inspectors.',
    'Once we have decided, we will write to you again to tell you our final decision.',
    'Survey results are passed to elected members before the budget is set.',
    'All findings will be compiled and the fire authority will set the charge in February.',
    'A summary of the findings will be posted on our website.',
  ])('accepts “%s” as saying how views are used', (sentence) => {
    expect(check(rule, `We are consulting on new parking permits. ${sentence}`).findings).toEqual([]);
  });
});

describe('missing-feedback-use: headings', () => {
  it('does not count a bare "Next steps" heading as saying how views are used', () => {
    const f = check(rule, '# Consultation on the clinic\n\nWe are consulting on moving the clinic.\n\n## Next steps\n\nThe board will finalise the plan and the new clinic will open in the spring.').findings;
    expect(f[0]!.message).toMatch(/does not say what will happen to people’s views/);
  });
  it('quotes a heading that names views when nothing under it says more', () => {
    const f = check(rule, 'Consultation on the clinic\n\nWe are consulting on moving the clinic.\n\nHow your views will be used\n\nThey will go into the plan.').findings;
    expect(f[0]!.message).toMatch(/^This says “How your views will be used”/);
  });
});

describe('missing-feedback-use: three states on published pages (issue 9, family 1)', () => {
  const lead = 'We are consulting on changes to the recycling service.';

  // Each line says something about what happens to views, but generally: a softer finding that quotes it.
  const THIN_FAMILIES: Array<[string, string, RegExp]> = [
    ['a firm statement weakened by a hedge', 'We will publish a summary of responses where possible.', /publish a summary of responses where possible/],
    ['a report to a team with no when', 'We will report the findings to the project team.', /report the findings to the project team/],
    ['the reason for asking', 'We want to know what gets in the way of recycling so that we can design a better collection round.', /so that we can design/],
    ['questions that help someone prepare a plan', 'The survey has eight questions to help the district council prepare its waste strategy.', /to help the district council prepare/],
    ['a duty to consult before deciding', 'Before adopting the new policy the council has to consult the people it affects.', /Before adopting the new policy/],
    ['asking before formal decisions', 'We like to talk to residents before any formal decisions are taken.', /before any formal decisions/],
    ['people can influence a service', 'Residents can question, influence and shape the recycling service.', /influence and shape the recycling service/],
    ['what people say used to shape something', 'We will use what crews and residents tell us to shape the new rounds.', /to shape the new rounds/],
    ['changes made in response to views before', 'In past years we have changed our plans in response to the comments people sent.', /in response to the comments/],
    ['ideas taken on board', 'We promise to take your ideas on board.', /take your ideas on board/],
    ['views included in decisions', 'We make sure the views of residents are reflected in our decisions.', /reflected in our decisions/],
    ['minutes taken to a meeting', 'Notes of each workshop will be presented to the service managers’ meeting.', /presented to the service managers’ meeting/],
    ['a decider named, but not when or how people hear back', 'If the vote is close, the decision rests with the waste manager.', /the decision rests with the waste manager/],
    ['views passed to a team nobody can hold to account', 'Your feedback will be passed to the project team.', /passed to the project team/],
  ];
  it.each(THIN_FAMILIES)('%s is thin, not missing', (_family, sentence, quote) => {
    const f = check(rule, `${lead} ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.message).toMatch(quote);
    expect(f[0]!.severity).toBe('warning');
  });

  // Each line says concretely who takes the views, or when and where the result is published.
  const CONCRETE_FAMILIES: Array<[string, string]> = [
    ['views read by a named body', 'Every response we receive will be read by the three licensing boards.'],
    ['a named body considers the comments', 'The governing body and the finance committee will consider any comments received.'],
    ['views put to someone for a decision', 'All replies will be counted over the summer and then passed to the county highways panel for a decision.'],
    ['the result announced at a public meeting', 'The outcome of this survey will be announced at the next area forum meeting.'],
    ['the outcome published with a date', 'The outcome, together with the final rules, will be published on this page on 3 March 2027.'],
    ['findings feeding a dated decision', 'The findings will inform the budget decisions councillors take on 20 February 2027.'],
    ['a consultation informing a dated decision', 'This consultation will inform the decision the mayor makes in June 2027.'],
  ];
  it.each(CONCRETE_FAMILIES)('%s is concrete', (_family, sentence) => {
    expect(check(rule, `${lead} ${sentence}`).findings).toEqual([]);
  });

  it('still says the part is missing when nothing of the kind is there', () => {
    const f = check(rule, `${lead} Fill in the form at any library. Bins go out on Tuesdays.`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/does not say what will happen to people’s views/);
  });
});

describe('missing-feedback-use: thin families from set k, and who or when next to the use (s19)', () => {
  const lead = 'We are consulting on changes to the swimming pool timetable.';

  // Each says what happens to views in some general form: thin, never "does not say".
  const THIN_K: Array<[string, string, RegExp]> = [
    ['the organisation still has to decide', 'The council needs to decide how the pool will be run from next spring.', /needs to decide/],
    ['views taken account of', 'The panel makes sure the trust takes account of, and replies to, the views of swimmers.', /takes account of/],
    ['important to hear, as part of a review', 'As part of a county-wide review, it is important to hear about what works well for swimmers.', /important to hear/],
    ['shown to see whether people support it', 'Drawings will be on show to see whether villagers like them and want the idea taken further.', /to see whether villagers like/],
    ['people contribute to decisions', 'Involved swimmers can contribute to better decision-making about the pool.', /contribute to better decision-making/],
    ['information passed on in a report', 'The information will be shared in a report format with the swimmers’ forum.', /shared in a report format/],
    ['a voice while plans are made', 'The panel makes sure swimmers have a clear voice when we are planning changes.', /clear voice when we are planning/],
    ['the plan will steer later decisions', 'The pool plan will influence how the leisure budget is spent.', /will influence how/],
  ];
  it.each(THIN_K)('%s is thin, not missing', (_family, sentence, quote) => {
    const f = check(rule, `${lead} ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.message).toMatch(quote);
  });

  // A use of views with who decides or when in the same sentence says it concretely.
  const ANCHORED: Array<[string, string]> = [
    ['a when next to the use', 'Views from swimmers will inform new timetable proposals for a second consultation in 2027.'],
    ['the decider next to the use', 'We will use your comments to inform the cabinet decision on the pool.'],
    ['a decision made by a named body', 'We are asking for your views before a decision is made by the leisure trust.'],
    ['a stage of approval', 'These comments can be considered at approval stage.'],
    ['nothing decided until replies are in', 'Nothing will be decided until your replies are in, and each reply will be taken into account.'],
    // Was thin until s19: a named decider next to the use of views now makes it concrete (set k labels).
    ['who decides, said as a noun, next to the use', 'The survey will help inform a decision by the cabinet member for the environment.'],
    ['a when and a decider next to the use', 'In the autumn the mayor will bring a proposal that will reflect the feedback received.'],
    ['a report made for a named decider', 'What you say will form part of a summary report to go to the trust board.'],
    ['a standing promise to show how views shaped decisions', 'We show how swimmers’ ideas shaped each decision.'],
  ];
  it.each(ANCHORED)('%s is concrete', (_family, sentence) => {
    expect(check(rule, `${lead} ${sentence}`).findings).toEqual([]);
  });

  // The anchor must belong to the decision, not to the closing date, a budget year or a launch.
  const STILL_THIN: Array<[string, string]> = [
    ['a closing date', 'Send your comments by 3 May 2027 and they will be taken into account.'],
    ['a budget year', 'Your views will help to inform the final decision on our 2027/28 budget.'],
    ['a launch date', 'Your feedback will help shape the timetable, which will be launched in April.'],
    ['a decider who only has to decide', 'The council needs to decide how the pool will be run.'],
    ['sharing only the outcome', 'A decision will be taken in June. We will share the outcome with all swimmers.'],
  ];
  it.each(STILL_THIN)('%s leaves the part thin', (_family, sentence) => {
    const f = check(rule, `${lead} ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
  });
});

describe('missing-feedback-use: topic evidence is the last resort before "does not say" (s20)', () => {
  const ASK = 'Have your say on the new skate park. Please fill in our short survey by 30 June 2027.';
  const soft = (text: string) => {
    const f = check(rule, text, ['consultation']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.severity).toBe('warning');
    return f[0]!;
  };

  it('still says the part is missing when nothing is said about it', () => {
    const f = check(rule, ASK, ['consultation']).findings;
    expect(f[0]!.message).toMatch(/does not say what will happen/);
    expect(f[0]!.patternId).toBe('missing-feedback-use/absent');
  });

  it.each([
    ['what people give with a modal and a purpose verb', 'The answers you give could change where the ramps go.', 'views-will-serve'],
    ['what people give, then a purpose', 'Your answers are needed in order to review the bus timetable.', 'views-for-a-purpose'],
    ['acting on what people put forward', 'The youth panel will look at ways of implementing the suggestions of young people.', 'act-on-what-people-suggest'],
    ['asking about a choice still open', 'The council wants to hear how the new money should be spent.', 'asks-what-should-be-done'],
    ['an aim beside the ask', 'We now need to develop a design brief to make sure the park suits everyone. Please tell us your views.', 'organisation-aim'],
  ])('quotes %s instead of saying it is missing', (_name, sentence, id) => {
    const f = soft(`${ASK}\n\n${sentence}`);
    expect(f.patternId).toBe(`missing-feedback-use/topic.phrases/${id}`);
    expect(f.message).toMatch(/^This says “/);
  });

  it('counts a "Next steps" heading with text under it, and quotes it', () => {
    const f = soft(`Skate park survey\n\n${ASK}\n\nNext steps\n\nThe survey closes at the end of June and the park opens in spring.`);
    expect(f.patternId).toBe('missing-feedback-use/topic.headings/next-steps-heading');
    expect(f.message).toMatch(/“Next steps”/);
  });

  it('counts an aim in a list of a group’s purposes in an engagement plan', () => {
    const plan = `Terms of reference: Riverside Patient Group\n\nThe group meets four times a year.\n\n- To influence the services the surgery offers.\n- To help organise health talks.`;
    const f = check(rule, plan, ['engagement-plan']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.patternId).toBe('missing-feedback-use/topic.phrases/purpose-item');
  });

  it.each([
    ['an aim with no ask beside it', 'We want to make sure our parks are the best in the county.'],
    ['a column heading "What we will do" in a risk table', 'Risk\tWhat we will do\nLow turnout\tSend a reminder'],
    ['views about a plan that does something', 'Share your views on the plan to build a new pavilion.'],
    ['comments sent somewhere', 'Comments can be sent to the clerk.'],
  ])('does not take %s as saying what happens to views', (_name, sentence) => {
    const f = check(rule, `${ASK}\n\n${sentence}`, ['consultation']).findings;
    expect(f[0]!.message).toMatch(/does not say what will happen/);
  });
});

describe('missing-feedback-use: a views-word joined to a purpose in one sentence is thin, never missing (s20 round 2, set n)', () => {
  const ASK = 'Have your say on the new skate park. Please fill in our short survey by 30 June 2027.';

  it.each([
    ['a questionnaire that will help inform a body', 'A short questionnaire comes with the newsletter and will help inform the town council.'],
    ['a say joined to helping someone decide', 'Families are asked to have their say and help the governors determine the best site.'],
    ['a survey filled in so that the organisation can understand', 'Please complete this survey so that we can understand how you travel.'],
    ['the purpose before the views-word', 'As we develop the new timetable, we would like your ideas.'],
    ['a say in how something develops', 'Fill in the form and have a say in how the high street develops.'],
  ])('quotes %s instead of saying the part is missing', (_name, sentence) => {
    const f = check(rule, `${ASK}\n\n${sentence}`, ['consultation']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^This says “/);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.patternId).toBe('missing-feedback-use/topic.phrases/views-and-purpose-in-a-sentence');
  });

  it.each([
    ['views about a topic that names an improvement', 'Give us your views on improvements to the skate park.'],
    ['a purpose and a views-word in different sentences', 'We improved the ramps last year. Tell us your views.'],
    ['a views-word with no purpose', 'Send your comments to the parish clerk by Friday.'],
  ])('still says the part is missing for %s', (_name, sentence) => {
    const f = check(rule, `${ASK}\n\n${sentence}`, ['consultation']).findings;
    expect(f[0]!.message).toMatch(/does not say what will happen/);
    expect(f[0]!.patternId).toBe('missing-feedback-use/absent');
  });
});
