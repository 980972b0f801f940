import type { TemplateTexts } from '../builtInTemplateTexts.ts';

/** The built-in templates' words in Dutch. */
export const nl: TemplateTexts = {
  notes: {
    kickoff: {
      title: 'Startvergadering',
      blocks: [
        { h: 1, text: 'Startvergadering' },
        { p: 'Datum, plaats en wie er uit elke stad deelnam.' },
        { h: 2, text: 'Waarom we samenwerken' },
        { bullets: ['Wat elke stad wil leren', 'Wat elke stad kan delen'] },
        { h: 2, text: 'Doelen voor dit jaar' },
        { bullets: ['Doel 1', 'Doel 2', 'Doel 3'] },
        { h: 2, text: 'Rollen en contactpersonen' },
        { bullets: ['Facilitatoren', 'Contactpersoon in elke stad'] },
        { h: 2, text: 'Manier van werken' },
        { p: 'Talen, vergaderritme, waar de documenten staan.' },
        { h: 2, text: 'Volgende stappen' },
        { tasks: ['Contactlijst delen', 'Eerste uitwisselingssessie plannen'] },
      ],
    },
    studyVisitDebrief: {
      title: 'Nabespreking studiebezoek',
      blocks: [
        { h: 1, text: 'Nabespreking studiebezoek' },
        { p: 'Waar we waren, wanneer en wie deelnam.' },
        { h: 2, text: 'Wat we zagen' },
        { bullets: ['Bezochte plek of organisatie', 'Werkwijze die we zagen'] },
        { h: 2, text: 'Wat ons verraste' },
        { bullets: [''] },
        { h: 2, text: 'Wat we thuis kunnen toepassen' },
        { bullets: [''] },
        { h: 2, text: 'Vragen voor onze gastheren' },
        { bullets: [''] },
        { h: 2, text: 'Opvolging' },
        { tasks: ['Bedankje en foto’s naar de gastheren sturen', 'Ideeën toevoegen aan het actieplan'] },
      ],
    },
    sessionMinutes: {
      title: 'Verslag van de sessie',
      blocks: [
        { h: 1, text: 'Verslag van de sessie' },
        { p: 'Datum, tijd en facilitator.' },
        { h: 2, text: 'Aanwezigen' },
        { bullets: [''] },
        { h: 2, text: 'Agenda' },
        { bullets: ['Punt 1', 'Punt 2'] },
        { h: 2, text: 'Bespreking' },
        { p: '' },
        { h: 2, text: 'Besluiten' },
        { bullets: [''] },
        { h: 2, text: 'Actiepunten' },
        { tasks: ['Wie doet wat, tegen wanneer'] },
        { h: 2, text: 'Volgende sessie' },
        { p: '' },
      ],
    },
  },
  boards: {
    problemTree: {
      title: 'Probleemboom',
      labels: {
        problem: 'Kernprobleem',
        effects: 'Gevolgen',
        causes: 'Oorzaken',
        effect: 'Gevolg',
        cause: 'Oorzaak',
      },
    },
    stakeholderMap: {
      title: 'Stakeholderkaart',
      labels: {
        keepSatisfied: 'Tevreden houden\n(veel macht, weinig belang)',
        manageClosely: 'Nauw betrekken\n(veel macht, veel belang)',
        monitor: 'Volgen\n(weinig macht, weinig belang)',
        keepInformed: 'Informeren\n(weinig macht, veel belang)',
        power: 'Macht ↑',
        interest: 'Belang →',
        example: 'Maak een sticky per stakeholder en sleep hem naar zijn kwadrant',
      },
    },
    swot: {
      title: 'SWOT-analyse',
      labels: {
        strengths: 'Sterktes',
        weaknesses: 'Zwaktes',
        opportunities: 'Kansen',
        threats: 'Bedreigingen',
      },
    },
    garmentJourney: {
      title: 'De reis van een kledingstuk door de waardeketen',
      stages: [
        'Vezel (katoen, polyester, gerecycleerde vezel)',
        'Spinnen: garen',
        'Weven en breien: stof',
        'Verven en afwerken',
        'Snijden en naaien',
        'Transport en verkoop',
        'Gebruik, wassen en herstellen',
        'Inzameling en sortering',
        'Hergebruik en recyclage',
      ],
    },
  },
  plans: {
    logframe: {
      title: 'Logframe',
      rows: [
        ['goal', 'Doel', 'De verandering op lange termijn waaraan het partnerschap bijdraagt.'],
        ['outcome', 'Resultaat', 'Wat er voor de steden verandert tegen het einde van de uitwisseling.'],
        ['output', 'Output 1', 'Een concreet resultaat dat de partners opleveren.'],
        ['activity', 'Activiteit 1.1', 'Wat er gebeurt om output 1 op te leveren.'],
        ['activity', 'Activiteit 1.2', ''],
        ['output', 'Output 2', ''],
        ['activity', 'Activiteit 2.1', ''],
      ],
    },
  },
};
