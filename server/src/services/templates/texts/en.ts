import type { TemplateTexts } from '../builtInTemplateTexts.ts';

/** The built-in templates' words in English. */
export const en: TemplateTexts = {
  notes: {
    kickoff: {
      title: 'Kick-off meeting',
      blocks: [
        { h: 1, text: 'Kick-off meeting' },
        { p: 'Date, place and who joined from each city.' },
        { h: 2, text: 'Why we work together' },
        { bullets: ['What each city wants to learn', 'What each city can share'] },
        { h: 2, text: 'Goals for this year' },
        { bullets: ['Goal 1', 'Goal 2', 'Goal 3'] },
        { h: 2, text: 'Roles and contacts' },
        { bullets: ['Facilitators', 'Contact person in each city'] },
        { h: 2, text: 'Ways of working' },
        { p: 'Languages, meeting rhythm, where documents live.' },
        { h: 2, text: 'Next steps' },
        { tasks: ['Share the contact list', 'Plan the first exchange session'] },
      ],
    },
    studyVisitDebrief: {
      title: 'Study visit debrief',
      blocks: [
        { h: 1, text: 'Study visit debrief' },
        { p: 'Where we went, when, and who took part.' },
        { h: 2, text: 'What we saw' },
        { bullets: ['Site or organisation visited', 'Practice we observed'] },
        { h: 2, text: 'What surprised us' },
        { bullets: [''] },
        { h: 2, text: 'What we could apply at home' },
        { bullets: [''] },
        { h: 2, text: 'Questions for our hosts' },
        { bullets: [''] },
        { h: 2, text: 'Follow-up' },
        { tasks: ['Send thanks and photos to the hosts', 'Add ideas to the action plan'] },
      ],
    },
    sessionMinutes: {
      title: 'Session minutes',
      blocks: [
        { h: 1, text: 'Session minutes' },
        { p: 'Date, time and facilitator.' },
        { h: 2, text: 'Attendees' },
        { bullets: [''] },
        { h: 2, text: 'Agenda' },
        { bullets: ['Item 1', 'Item 2'] },
        { h: 2, text: 'Discussion' },
        { p: '' },
        { h: 2, text: 'Decisions' },
        { bullets: [''] },
        { h: 2, text: 'Action points' },
        { tasks: ['Who does what, by when'] },
        { h: 2, text: 'Next session' },
        { p: '' },
      ],
    },
  },
  boards: {
    problemTree: {
      title: 'Problem tree',
      labels: {
        problem: 'Core problem',
        effects: 'Effects',
        causes: 'Causes',
        effect: 'Effect',
        cause: 'Cause',
      },
    },
    stakeholderMap: {
      title: 'Stakeholder map',
      labels: {
        keepSatisfied: 'Keep satisfied\n(high power, low interest)',
        manageClosely: 'Manage closely\n(high power, high interest)',
        monitor: 'Monitor\n(low power, low interest)',
        keepInformed: 'Keep informed\n(low power, high interest)',
        power: 'Power ↑',
        interest: 'Interest →',
        example: 'Add a sticky per stakeholder and drag it to its quadrant',
      },
    },
    swot: {
      title: 'SWOT analysis',
      labels: {
        strengths: 'Strengths',
        weaknesses: 'Weaknesses',
        opportunities: 'Opportunities',
        threats: 'Threats',
      },
    },
    garmentJourney: {
      title: 'Journey of a garment through the value chain',
      stages: [
        'Fibre (cotton, polyester, recycled fibre)',
        'Spinning: yarn',
        'Weaving and knitting: fabric',
        'Dyeing and finishing',
        'Cutting and sewing',
        'Transport and retail',
        'Use, washing and repair',
        'Collection and sorting',
        'Reuse and recycling',
      ],
    },
  },
  plans: {
    logframe: {
      title: 'Logframe',
      rows: [
        ['goal', 'Goal', 'The long-term change the partnership contributes to.'],
        ['outcome', 'Outcome', 'What changes for the cities by the end of the exchange.'],
        ['output', 'Output 1', 'A concrete result the partners deliver.'],
        ['activity', 'Activity 1.1', 'What is done to deliver output 1.'],
        ['activity', 'Activity 1.2', ''],
        ['output', 'Output 2', ''],
        ['activity', 'Activity 2.1', ''],
      ],
    },
  },
};
