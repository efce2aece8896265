// Svenska: det en nästa bästa aktivitet skriver in i affären tills kunden svarar (shared/actions/placeholder-texts.ts).
export default {
  'placeholders.decision-maker': 'Beslutsfattare (namnges)',
  'placeholders.new-contact': 'Ny kontakt (namnges)',
  'placeholders.referral': 'Referens från {name}',
  'placeholders.referral-note': 'Platshållare: ersätt med företaget och kontakten du fick',
  'placeholders.metric': 'Mått (stäms av med kunden)',
  'placeholders.decision-criterion': 'Beslutskriterium (skrivs ner med kunden)',
  'placeholders.pain': 'Problem (beskrivs med kundens egna ord)',
  'placeholders.timeframe-event': 'Händelse som styr datumet (kunden namnger den)',
  'placeholders.decision-step': 'Beslutssteg (kartläggs med kunden)',
  'placeholders.paper-step': 'Avtalssignering (kartläggs med inköp)',
  'placeholders.competitor-note': 'Så vinner vi: ska skrivas',
  'placeholders.personal-stake': 'Personlig vinst (tas reda på)',
  'placeholders.do-nothing': 'Göra ingenting',
} satisfies Record<keyof typeof import('../en/placeholders').default, string>;
