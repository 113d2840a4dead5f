import { describe, expect, it } from 'vitest';
import { missingWhoDecides } from '../../rules/missing-who-decides';
import { check } from './structure-helpers';

const rule = missingWhoDecides;
const BAD = [
  `Engagement plan: crisis care\n\nObjectives\n\nWe will involve people with lived experience in redesigning the crisis line.\n\nApproach\n\nWe will hold four workshops and an online survey in spring 2027.`,
  `Project initiation document: Digital front door\n- Objectives: fewer missed appointments\n- Milestones: pilot in June 2027\n- Stakeholders: patients, GPs, receptionists`,
  `# Co-production strategy 2027–2030\n\n## What we want to achieve\n\nWe want people who use our services to shape them.\n\n## How we will work\n\nWe will work with stakeholders across the borough.`,
  `Communications and engagement plan\nAudience\tMethod\nPatients\tSurvey\nStaff\tBriefings`,
];

describe('missing-who-decides', () => {
  it('flags plans that do not say who is involved and who decides', () => {
    for (const text of BAD) {
      const r = check(rule, text);
      expect(r.profiles, text).toContain('engagement-plan');
      expect(r.findings, text).toHaveLength(1);
      expect(r.findings[0]!.message).toMatch(/who makes decisions/);
      expect(r.findings[0]!.example).toMatch(/co-chaired/);
    }
  });

  it('anchors to the approach heading', () => {
    const r = check(rule, BAD[0]!);
    expect(r.anchorText(r.findings[0]!)).toBe('Approach');
  });

  const GOOD = [
    'Governance\n\nThe programme board oversees the work and meets monthly.',
    'Roles and responsibilities\n\nThe engagement lead plans sessions; the working group agrees priorities.',
    'The steering group will make the final decision on the new model.',
    'Decisions will be made together by the working group.',
    '- Sponsor: Director of Nursing',
    'The group is co-chaired by a carer and the service manager.',
    'The ICB board will approve the business case in September.',
  ];
  for (const extra of GOOD) {
    it(`accepts: ${extra.split('\n')[0]}`, () => {
      expect(check(rule, `${BAD[0]}\n\n${extra}`).findings).toEqual([]);
    });
  }

  it('runs only on engagement and project plans', () => {
    expect(check(rule, 'We are consulting on library opening hours. Have your say by 9 January 2027.').findings).toEqual([]);
  });
});
