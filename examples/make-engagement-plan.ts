/**
 * Builds examples/engagement-plan.docx: a realistic first draft of an
 * engagement plan, written in Word styles (headings, bullets, a table) so
 * it exercises the Word reader. Like many first drafts it calls its plan
 * co-production while offering a survey and one workshop, leans on the
 * existing patient panel, and says nothing about paying people for their
 * time or keeping them updated.
 * Run: npx tsx examples/make-engagement-plan.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

const h = (text: string, level: 1 | 2) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const p = (text: string) => new Paragraph({ text });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const row = (cells: string[]) =>
  new TableRow({
    children: cells.map((c) => new TableCell({ children: [p(c)], width: { size: Math.floor(100 / cells.length), type: WidthType.PERCENTAGE } })),
  });

const children = [
  h('Stroke Rehabilitation Pathway Redesign: Engagement Plan', 1),
  p('Version 0.3 (draft for the Project Board)'),

  h('Purpose', 2),
  p('This engagement plan sets out how the Stroke Rehabilitation Pathway Redesign project will engage with stakeholders in order to inform the development of the new pathway. The project is being delivered as a co-production project in line with the ICB\'s commitment to putting patients at the heart of everything we do.'),

  h('Objectives', 2),
  bullet('To capture the views of stroke survivors and carers on the current pathway.'),
  bullet('To ensure that the new pathway is informed by the lived experience of service users.'),
  bullet('To secure stakeholder buy-in for the preferred option ahead of the business case.'),
  bullet('To meet the ICB\'s statutory duty to involve under section 14Z45 of the NHS Act 2006.'),

  h('Stakeholders', 2),
  p('A stakeholder mapping exercise has identified the following key stakeholders: stroke survivors, carers, the Stroke Association, the ISDN, community therapy teams, ESD teams, the acute trust, primary care and social care.'),
  p('We will engage with patients through the existing Patient Reference Panel, which has 14 members and has supported a number of previous projects. Panel members will be asked to share the survey with other service users they know.'),

  h('Methods', 2),
  bullet('An online survey, open for three weeks in September, promoted through the ICB website and social media.'),
  bullet('One co-design workshop with the Patient Reference Panel at ICB headquarters, Quayside House, on a weekday afternoon.'),
  bullet('Presentations to the Stroke Network Board and the Clinical Reference Group.'),
  p('The preferred option will be presented at the workshop and participants will be asked to comment on it. Feedback will be collated by the project team and a summary included in the business case.'),

  h('Timeline', 2),
  new Table({
    rows: [
      row(['Milestone', 'Date']),
      row(['Engagement plan approved', 'July 2025']),
      row(['Online survey', 'September 2025']),
      row(['Co-design workshop', 'October 2025']),
      row(['Business case to ICB Board', 'December 2025']),
      row(['New pathway goes live', 'April 2026']),
    ],
  }),

  h('Governance', 2),
  p('The Project Board will oversee delivery of this plan. Engagement activity will be reported by exception through the monthly highlight report.'),

  h('Risks', 2),
  bullet('Low response rate from hard to reach groups.'),
  bullet('Engagement fatigue among panel members.'),
  bullet('Stakeholders may raise issues that are out of scope.'),
];

const doc = new Document({
  creator: 'Doing With examples',
  title: 'Stroke Rehabilitation Pathway Redesign: Engagement Plan',
  sections: [{ children }],
});

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'engagement-plan.docx'), await Packer.toBuffer(doc));
