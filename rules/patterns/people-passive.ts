/**
 * "Doing to" read from sentence structure rather than from a list of
 * wordings: a group of people (patients, residents, you …) as the subject of
 * a passive verb ("patients will be assessed", "you will be kept informed")
 * or of an obligation ("tenants are advised to attend"), minus the verbs of
 * taking part, help and choice, which describe working with people.
 *
 * Verbs are named by their lemma (the dictionary form): rules/lib/people-passive.ts
 * turns each participle back into its lemma, so every inflection counts.
 * The examples run as tests (tests/rules/people-passive.test.ts): each
 * `match` must be flagged by doing-to, each `noMatch` must not.
 */
export const PEOPLE_PASSIVE = {
  /** Taking part, help, choice and thanks: "residents will be invited / supported / paid". */
  withVerbs: [
    'invite', 'involve', 'ask', 'consult', 'welcome', 'support', 'pay', 'thank', 'encourage', 'offer', 'give', 'empower',
    'value', 'include', 'hear', 'listen', 'enable', 'help', 'reimburse', 'represent', 'engage', 'recruit', 'train', 'reward',
    'compensate', 'refund', 'celebrate', 'recognise', 'recognize', 'update', 'remind', 'provide', 'entitle', 'allow',
    'permit', 'equip', 'serve', 'join', 'accompany', 'greet', 'meet', 'cover', 'reassure', 'inspire', 'befriend',
  ],
  /**
   * Care, states and neutral facts: "will be seen by a nurse", "people who are affected",
   * "patients are registered with", "you will be contacted by your new practice".
   */
  neutralVerbs: [
    'see', 'treat', 'care', 'look', 'affect', 'base', 'register', 'locate', 'age', 'interest', 'concern', 'please', 'delight',
    'commit', 'qualify', 'need', 'use', 'satisfy', 'contact', 'call', 'email', 'e-mail', 'text', 'phone', 'write', 'post',
    'disable', 'isolate', 'exclude', 'marry', 'bear', 'bereave', 'diagnose', 'prescribe', 'vaccinate', 'immunise', 'immunize',
    'employ', 'elect', 'appoint', 'know', 'prepare', 'link', 'connect', 'worry', 'confuse', 'frighten', 'upset', 'impact',
    'insure', 'protect', 'safeguard', 'respect', 'shield', 'accept', 'approve', 'admit', 'refer', 'seat', 'tire', 'bore',
    'surprise', 'shock', 'disappoint', 'excite', 'amaze', 'scare', 'determine', 'dedicate', 'experience', 'skill',
    'close', 'open', 'finish', 'do', 'gone', 'go', 'interview', 'survey', 'poll', 'find', 'choose', 'brief', 'collect',
  ],
  /** Verbs the named doing-to patterns already judge (with their own exceptions): not read again here. */
  judgedElsewhere: [
    'tell', 'inform', 'notify', 'advise', 'instruct', 'educate', 're-educate', 'select', 'pick', 'transfer', 'move', 'relocate',
    'redeploy', 'reallocate', 'allocate', 'assign', 'reassign', 'decant', 'divert', 'redirect', 'migrate', 'switch',
    'transition', 'rehouse', 're-house', 're-register', 'enrol', 'enroll', 'expect', 'require', 'oblige', 'make', 'force',
    'mandate', 'house', 'discharge', 'list', 'book', 'schedule', 'place', 'take', 'send', 'bring', 'put', 'return', 'step',
    'opt', 'enter', 'add', 'remove', 'exit', 'fit', 'hand', 'issue', 'supply', 'equip', 'allot', 'kit',
  ],
  /** A verb that counts only with the word after it: "kept informed" is one-way, "kept updated" is good practice. */
  onlyBefore: { keep: 'informed|notified|advised|waiting|in the dark' } as Record<string, string>,
  /**
   * Obligations and instructions: "tenants are advised to attend", "you are urged to".
   * Followed by a verb of taking part ("encouraged to share") they are asks, and are left alone.
   */
  obligation: ['advised to', 'urged to', 'instructed to', 'directed to', 'told to', 'ordered to', 'reminded to', 'requested to', 'expected to', 'required to', 'obliged to', 'made to', 'forced to'],
  /** What people may be told to do that is taking part, not an order: "advised to share their views". */
  takingPart: ['take part', 'join', 'share', 'give', 'have their say', 'have your say', 'have a say', 'tell us', 'get in touch', 'get involved', 'contact', 'come along', 'find out', 'comment', 'respond', 'fill in', 'complete'],
  /**
   * Whole phrases that put the reader on the receiving end, with no people noun in the subject:
   * "we are writing to inform you", "no action is required on your part", "you won't be able to opt out".
   */
  receivingEnd: [
    { id: 'writing-to-inform', pattern: String.raw`\b(?:we are|we['’]re|i am|i['’]m) writing to (?:[\w'’-]+ ){0,5}?(?:to )?(?:inform|notify|advise) you\b` },
    { id: 'no-action-required', pattern: String.raw`\bno (?:further )?action (?:is |will be )?(?:required|needed|necessary) (?:on|from) your part\b` },
    { id: 'only-by-appointment', pattern: String.raw`\b(?:you|people|patients|residents|tenants|visitors|families|carers|relatives) (?:will|can|may) only (?:be able to |be allowed to )?(?:visit|see|use|access|book|come|attend|get|call)\b` },
    { id: 'moving-people', pattern: String.raw`\b(?:moving|transferring|relocating|rehousing|re-housing|decanting|discharging) (?:(?:our|the|all|older|existing|current|vulnerable) )?(?:people|patients|residents|tenants|families|service users|clients)\b` },
    { id: 'cannot-opt-out', pattern: String.raw`\b(?:you|patients|residents|tenants|people|families|carers|parents) (?:will not|won['’]t|cannot|can['’]t|will no longer|are not|aren['’]t) (?:be )?(?:able|allowed|permitted) to (?:opt out|choose|decline|refuse|stay|remain|keep)\b` },
  ],
  /** Staff are not the people a public body does things to: "frontline staff will be briefed" is internal. */
  notPeople: ['staff', 'colleagues', 'employees', 'workforce', 'clinicians', 'officers', 'managers', 'volunteers', 'members', 'board members'],
  /** Words that may start a post-modifier between the people and the verb ("residents living near…", "patients at the surgery"). */
  postModifierStarts: ['who', 'that', 'which', 'whose', 'in', 'on', 'at', 'with', 'from', 'of', 'near', 'across', 'around', 'within', 'without', 'under', 'over', 'aged', 'currently', 'already', 'now', 'still', 'here', 'there'],
  examples: {
    match: [
      'Patients will be assessed by the new triage team before any appointment is booked.',
      'You will be kept informed by letter.',
      'Residents in the affected streets will be issued a new permit.',
      'Tenants are advised to attend the estate meeting on 4 March.',
      'We are writing to inform you that the branch surgery will close.',
      'We are writing to everyone on our list to inform you of a change.',
      'From April you will be moved back to weekly collections.',
      'Relatives will only be able to see residents by appointment.',
      'We may need to consider moving residents to other homes when their care changes.',
      'The audience will be led round the exhibition in small groups.',
      'No action is required on your part.',
      'Patients will be contacted and moved to the new list automatically, and you won’t be able to opt out.',
      'Service users will be reviewed and charged under the new policy.',
    ],
    noMatch: [
      'Residents will be invited to a workshop in May.',
      'Carers will be supported to take part and paid for their time.',
      'You will be contacted by your new practice.',
      'Patients will be seen by a nurse within two weeks.',
      'People who are affected by the changes can ask for a meeting.',
      'Residents are encouraged to share their views before 30 June.',
      'Tenants are being urged to have a say on the new repairs service.',
      'Each year the ideas from local people are published with our response.',
      'If you are admitted to hospital, your carer can stay with you.',
      'Patients were assessed by the old team last year.',
      'Patients will not be moved without their agreement.',
      'Frontline staff will be briefed before the change.',
      'Patient feedback will be collected at every clinic.',
      'You do not need to do anything.',
      'All patients are asked to complete a short survey.',
      'To ensure all stakeholders are kept informed, we will send a monthly briefing.',
    ],
  },
} as const;
