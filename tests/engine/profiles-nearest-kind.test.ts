/**
 * Published pages often give only one sign of what they are (issue 9, real
 * sets i and j): a survey page that never says "consultation", the results of
 * a patient survey, a panel's terms. When no kind reaches the threshold but
 * one clearly leads, the page is read as that kind, not "general" (whose
 * checks never run). Our own words; pages with no clear leader stay general.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('one clear sign is enough when nothing else competes', () => {
  it.each([
    ['a survey page that only says how to fill it in', 'Village plan survey\n\nThe parish council is writing a plan for the next ten years.\n\nHow to take part\n\nFill in the survey online or pick up a paper copy from the shop.', 'consultation'],
    ['a write-up that thanks the people who came', 'Ealing Park summer event\n\nThe day was busy and the weather held.\n\nThank you to everyone who came along and talked to us about the new clinic.', 'report'],
  ])('%s', (_, text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
});

describe('pages with no clear leader stay general', () => {
  it.each([
    ['a notice of new opening hours', 'New opening hours\n\nFrom 1 May the surgery opens at 8am on weekdays. Please ring reception if you have a question.'],
    ['a news story about a new building', 'New library opens\n\nThe new library on King Street opened on Monday. It has a café and a children’s corner.'],
  ])('%s', (_, text) => {
    expect(kinds(text)).toEqual(['general']);
  });
});

describe('results pages and letters asking for views, in the words real pages use', () => {
  it.each([
    ['results of several surveys', 'What you told us\n\nThe results of both surveys showed that most people came by car.', 'report'],
    ['a share of people and what they said', 'Clinic survey 2025\n\nIn the spring 70 per cent of parents who replied said the clinic ran late.', 'report'],
    ['a count of people spoken to, in the third person', 'Access to dentists\n\nThe charity ran groups and interviews, speaking to 640 people in total.', 'report'],
    ['a letter inviting views on how a service could run', 'Dear patients,\n\nBelow is some news about the surgery and an invitation for you to give your views on how it could be run in future.', 'consultation'],
  ])('%s', (_, text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('a share of a budget is not a survey result', () => {
    expect(kinds('Road repairs\n\nForty per cent of the budget goes on roads. 40 per cent of the budget is spent in the spring.')).toEqual(['general']);
  });
});
