/**
 * What doing-to says: a message for each kind of finding and a rewording that
 * plans with people, filled in with the people and the rest of the clause.
 * Kept apart from rules/doing-to.ts, which finds the places.
 */
import { tidy } from './phrasing';

export type Kind = 'tell' | 'consult' | 'educate' | 'move' | 'select' | 'oblige' | 'views' | 'offer' | 'must' | 'rollout' | 'decide' | 'attend' | 'upon' | 'handle' | 'issue' | 'chosen' | 'passive' | 'receiving' | 'object' | 'required' | 'terms' | 'forbid' | 'theirs';

export const MESSAGE: Record<Kind, string> = {
  tell: 'This sounds like something done to people rather than with them: they are told after it is decided.',
  consult: 'This sounds like something done to people rather than with them. Say how they can shape the plan.',
  educate: 'This sounds like something done to people rather than with them. “Educate” can suggest people know less than staff.',
  move: 'This sounds like something done to people rather than with them. Moves are best planned with the people who move.',
  select: 'This sounds like something done to people rather than with them. Say how people are chosen and who agrees the way.',
  oblige: 'This sounds like an order rather than an invitation. Ask people, and offer help if it is hard for them.',
  views: 'This sounds like something done to people rather than with them. Invite people to share their views, and say how you will use them.',
  offer: 'This sounds like something done to people rather than with them. Say how people can shape what is offered.',
  must: 'This sounds like an order rather than an invitation. Ask people, and say how you will help if it is hard for them.',
  rollout: 'This sounds like something done to people rather than with them. Plan changes with the people they affect.',
  decide: 'This sounds like deciding for people rather than with them. Say how the people affected will share the decision.',
  attend: 'This sounds like something done to people rather than with them. Make it easy to take part instead of making sure people attend.',
  upon: 'This talks about consulting on a plan rather than with people. Say who you will ask and how their views will count.',
  handle: 'This sounds like something done to people rather than with them: they are put through a process decided elsewhere. Say what choice people have.',
  chosen: 'This sounds like something done to people rather than with them: something of theirs was chosen without them. Say how it was chosen and what say they have.',
  issue: 'This sounds like something done to people rather than with them: they are handed something decided elsewhere. Ask people what they need first.',
  passive: 'This puts people on the receiving end: something is done to them, decided elsewhere. Say who does it, why, and what say people have in how it happens.',
  receiving: 'This puts the reader on the receiving end of a decision. Say what they can do: ask questions, give their views or choose another option.',
  object: 'This puts people on the receiving end: something is done to them. Say what they can choose or do, and plan it with them.',
  required: 'This sounds like an order rather than an invitation. Say why it matters, and what help people can get if it is hard for them.',
  terms: 'This sets a rule for what people send or do, with no reason or choice. Say why it is done this way, and what people can do if it is hard for them.',
  forbid: 'This tells people what not to do. Say why, and what they can do instead.',
  theirs: 'This changes something of people’s own without them: it is decided elsewhere and they are told. Say why, what choice they have, and who to ask.',
};

/** Group words as a rewording can use them: "All Residents" → "all residents"; keep "NHS". */
export function groupWords(text: string): string {
  const t = tidy(text);
  if (/^they$/i.test(t)) return 'people';
  return t.replace(/^(\p{Lu})(\p{Ll})/u, (_, a: string, b: string) => a.toLowerCase() + b).replace(/^(?:our|your) /i, '');
}

function topic(rest: string): string {
  const m = rest.match(/^(?:of|about|on|upon|regarding)\s+(\S.*)$/i);
  return m ? m[1]! : '';
}

export function suggestion(kind: Kind, group: string, rest: string, verb: string): string {
  const about = topic(rest);
  switch (kind) {
    case 'tell':
      return `We will talk with ${group} about ${about || 'this'}, listen to what they say, and tell them what we decide and why.`;
    case 'consult':
      return `We will work with ${group} on ${about || 'this'} from the start, and tell them how their views shaped the decision.`;
    case 'educate':
      return `We will work with ${group} to find out what they already know${about ? ` about ${about}` : ''} and what information would help them.`;
    case 'move': {
      const to = rest.match(/^(?:to|into)\s+(\S.*)$/i)?.[1];
      return `We will plan any move${to ? ` to ${to}` : ''} with ${group}, and agree with them how it will work.`;
    }
    case 'select':
      return `We will agree with ${group} how people are chosen, and explain the reasons openly.`;
    case 'oblige':
    case 'must': {
      const action = tidy(`${verb} ${rest}`).replace(/^to\s+/, '');
      return `We are asking ${group} to ${action || 'take part'}. If this is hard for you, tell us and we will help or find another way.`;
    }
    case 'views':
      return `We want to hear what ${group} think, and we will tell them how their views made a difference.`;
    case 'offer':
      return `We will talk with ${group} about what would work for them${rest ? `, including ${rest}` : ''}.`;
    case 'rollout':
      return `We will work with ${group} to plan how ${rest || 'this'} is introduced.`;
    case 'decide':
      return `We will work with the people it affects to decide ${rest || 'this'}, and explain our reasons.`;
    case 'attend':
      return `We will make it as easy as possible for ${group} to take part, and offer other ways to join in.`;
    case 'upon':
      return 'We want to hear people’s views on this before we decide, and we will say how they changed the plan.';
    case 'chosen':
      return `We will explain to ${group} how ${rest || 'this'} was chosen, and agree the next steps with ${group === 'you' ? 'you' : 'them'}.`;
    case 'handle':
      return `We will explain to ${group} how this will work, what choices they have, and who to talk to if it does not suit them.`;
    case 'passive':
      return `We will explain to ${group} what will happen and why, and agree with ${group === 'you' ? 'you' : 'them'} how it will work for ${group === 'you' ? 'you' : 'them'}.`;
    case 'object':
      return `We will talk with ${group} first, and agree with ${group === 'you' ? 'you' : 'them'} what will happen and how it will work for ${group === 'you' ? 'you' : 'them'}.`;
    case 'theirs':
      return `We would like to explain why ${group === 'you' ? 'your' : 'their'} ${rest || 'care'} will change, what choices ${group === 'you' ? 'you' : 'they'} have, and who to talk to if it does not suit ${group === 'you' ? 'you' : 'them'}.`;
    case 'forbid':
      return `We ask you not to ${rest || 'do this'} for now. If you need to, tell us and we will find another way.`;
    case 'required':
      return `${rest || 'Taking part'} matters to us. If this is hard for you, tell us and we will help or find another way.`;
    case 'terms':
      return `We ask for ${rest || 'this'} this way so that we can deal with it quickly and safely. If this is hard for you, tell us and we will help or find another way.`;
    case 'receiving':
      return 'We would like to explain this change and hear what you think. If it does not suit you, tell us and we will talk through your choices.';
    case 'issue':
      return `We will ask ${group} what they need${rest ? ` before deciding on ${rest.replace(/^with\s+/i, '').replace(/\s+and\s+(?:the|their|your|our|all|we|they)\b.*$/, '')}` : ''}, and what choices they have.`;
  }
}

