/**
 * A realistic benchmark document: consultation, engagement-plan and meeting
 * paragraphs of the kind our users write, with jargon, acronyms, long
 * sentences, passive decisions and meeting details. Placeholders are filled
 * from a seeded generator so every paragraph is different (identical
 * paragraphs would hit the per-block cache and flatter our timings).
 */

const PARAGRAPHS = [
  'The {org} is consulting on proposals to reconfigure {service} across {place}. A decision will be made in {month} following consideration of the responses received.',
  'We want to hear from service users, carers and other stakeholders about how the {service} should be delivered going forward, so that we can leverage existing assets and deliver improved outcomes for the population of {place}.',
  'The ICB and the PCN leads have worked closely with the {org} to co-produce this strategy, which has been developed following a survey of {n} residents and a drop-in event held at {venue} on {day} {date} {month}.',
  'It has been decided that the {service} at {venue} will close from 1 {month} and patients will be transferred to the new integrated hub, where a wider range of services will be offered.',
  'Following the engagement period, which will run for {n} weeks and include a number of events across the borough, feedback will be analysed by the project team and presented to the board, who will make a final decision on the proposals in the new year.',
  'You are invited to a listening event at {venue}, {place}, on {day} {date} {month} from 6pm to 8.30pm. Refreshments will be provided. Please book your place by emailing engagement{n}@example.nhs.uk.',
  'Our aim is to empower hard to reach communities, including BAME groups and the elderly, to have their say on the future of {service} in {place}.',
  'We guarantee that all views will be acted on and everyone will be able to take part in shaping the new model of care.',
  'The consultation closes at midnight on {date} {month}. You can respond online at https://www.example.gov.uk/consultations/{slug}-{n} or by completing a paper questionnaire.',
  'The steering group will oversee the workstreams and report to the Health and Wellbeing Board (HWB), which is accountable for the delivery of the joint strategic needs assessment and the associated action plan.',
  'In line with the NHS Long Term Plan and the ambitions of the ICS, we will roll out the new pathway to all GP practices in {place} by {month}, subject to the outcome of the business case.',
  'Key milestones include the launch of the engagement in {month}, a series of co-design workshops, analysis of findings, and sign-off of the final plan by the executive team.',
  'We will inform residents of the changes by letter and will educate the public about the benefits of the new service through a communications campaign.',
  'Vulnerable people who are unable to attend the sessions in person can ask a relative or friend to attend on their behalf, or can submit written comments by post to the address below.',
  'The venue has step-free access, an accessible toilet and a hearing loop. Parking is available on site and the number {n} bus stops outside. Please tell us about any access needs by {date} {month}.',
  'A number of options have been considered and the preferred option has been approved by the board, which will go ahead from {month} subject to final sign-off by the council.',
  'To facilitate meaningful engagement, we will utilise a range of methodologies, including focus groups, an online survey and targeted outreach, in order to capture the lived experience of service users across the system.',
  'People who use the {service} told us that waiting times were too long, that it was hard to get through on the phone, and that they did not always know who to contact when things went wrong.',
  'The project board comprises senior representatives from the {org}, the local authority, the voluntary sector and Healthwatch {place}, and is chaired by the director of strategy.',
  'Papers for the meeting will be circulated on the day. The meeting will start promptly at 9am and finish at 5pm, with a short break for lunch.',
  'Expenses will be reimbursed in line with the involvement policy. Participants will receive a £{n} voucher as a thank you for their time and contribution.',
  'We are committed to working in partnership with communities to co-produce solutions that are person-centred, outcome-focused and sustainable in the long term.',
  'Further information, including an Easy Read version, a large print version and translations into other languages, is available on request by calling 0113 {n}45 6789.',
  'The SDM framework will be embedded across the MDT, and the KPIs will be monitored by the QIPP programme board on a quarterly basis to ensure robust governance and assurance.',
  'Non-engagers will be followed up by the team and signposted to alternative provision where appropriate, in accordance with the access policy.',
  'We held {n} conversations with local people in libraries, community centres and at the {place} market. Many people said they would like more information about how decisions are made.',
  'The current model of delivery is not sustainable, and significant transformation is required to address the financial challenges facing the health and care economy in {place}.',
  'Residents will be notified once the decision has been taken and the implementation plan has been agreed by the relevant committees.',
  'Our patients deserve the best possible care, and our staff work tirelessly to provide it, often under difficult circumstances and with limited resources.',
  'Please note that this is an in-person event only and places are limited to {n} people on a first come, first served basis.',
  'We will publish a summary of what people told us, and what we have done as a result, on our website in {month}. We will also send it to everyone who took part and asked to be kept updated.',
  'The {service} will be delivered by a multi-agency team working across health, social care and the voluntary and community sector, in line with the integrated care strategy.',
  'Dr. Patel, the clinical lead for {service}, will present the proposals, e.g. the new opening hours and the changes to the referral criteria, and answer questions from the audience.',
  'Feedback from the previous consultation in {year} was used to inform the development of the options, although some respondents felt that their views had not been fully taken into account.',
  'A full equality impact assessment (EIA) has been undertaken and will be refreshed following the consultation to reflect any further impacts identified by respondents.',
  'If you need this document in another format, such as BSL, audio or braille, please contact the engagement team on 0800 {n}12 345 or email talk{n}@example.org.uk.',
  'The transformation programme will realign resources towards prevention and early intervention, leveraging digital solutions and population health management to reduce demand on acute services.',
  'Staff engagement sessions will be held separately, and trade union representatives will be consulted in accordance with the organisational change policy.',
  'We recognise that some people may be anxious about these changes. Nothing has been decided yet, and we want to work with you to find the best way forward.',
  'Local councillors, MPs and the overview and scrutiny committee will be briefed on the proposals before the consultation is launched on {date} {month}.',
];

const HEADINGS = [
  'Background', 'Why we are consulting', 'What we are proposing', 'How to have your say', 'What happens next',
  'Who we want to hear from', 'Timeline', 'Governance', 'Accessibility', 'Contact us', 'Our engagement approach',
  'Key risks', 'Equality impact', 'Frequently asked questions', 'Summary of feedback',
];

const FILL: Record<string, string[]> = {
  org: ['Integrated Care Board', 'city council', 'trust', 'primary care network', 'county council', 'health and care partnership'],
  service: ['community mental health service', 'minor injuries unit', 'day centre', 'stroke rehabilitation service', 'district nursing service', 'learning disability respite service', 'memory clinic', 'sexual health service'],
  place: ['Leeds', 'Bradford', 'Wakefield', 'Harrogate', 'Calderdale', 'Kirklees', 'Barnsley', 'York', 'Hull', 'Sheffield', 'Rotherham', 'Doncaster'],
  venue: ['the Civic Hall', 'St. Mary’s Church Hall', 'the Central Library', 'the Community Hub', 'the Town Hall', 'the Leisure Centre'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  slug: ['community-services', 'urgent-care', 'mental-health', 'day-services', 'respite-care'],
};

/** mulberry32: small, fast, seeded; good enough to vary a benchmark text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fill(template: string, random: () => number): string {
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'n') return String(2 + Math.floor(random() * 400));
    if (key === 'date') return String(1 + Math.floor(random() * 28));
    if (key === 'year') return String(2015 + Math.floor(random() * 9));
    return pick(FILL[key] ?? [key]);
  });
}

export interface BenchDocument {
  /** Plain text, as a user would paste it. */
  text: string;
  words: number;
}

/** At least `minWords` words of varied, realistic text; the same for the same seed. */
export function makeDocument(minWords = 10_000, seed = 20250301): BenchDocument {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const parts: string[] = [];
  let words = 0;
  let section = 0;
  while (words < minWords) {
    parts.push(`${section + 1}. ${HEADINGS[section % HEADINGS.length]}`);
    section++;
    const count = 3 + Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      let para = '';
      // Re-roll the rare duplicate so every paragraph is unique.
      for (let tries = 0; tries < 20 && (!para || seen.has(para)); tries++) {
        para = fill(PARAGRAPHS[Math.floor(random() * PARAGRAPHS.length)]!, random);
      }
      if (seen.has(para)) para += ` (section ${section}, part ${i + 1})`;
      seen.add(para);
      // Some paragraphs become bullet lists, as in real plans.
      if (random() < 0.15) parts.push(para.split(/(?<=\.) (?=[A-Z])/).map((s) => `- ${s}`).join('\n'));
      else parts.push(para);
      words += para.split(/\s+/).length;
    }
  }
  return { text: parts.join('\n\n') + '\n', words };
}

export const PARAGRAPH_COUNT = PARAGRAPHS.length;
