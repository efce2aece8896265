// Svenska: motorns luckor och nästa steg, skrivna som en säljcoach säger dem till säljaren.
export default {
  'engine.gap-name': '”{gap}”',
  'engine.gap.commit-at-risk.message': 'Affären ligger som commit i prognosen, men {reasons}.',
  'engine.gap.commit-at-risk.reason-stage':
    '{stage, select, lead {den är ett lead, inte kvalificerad} prospect {den är ett prospekt, inte kvalificerad} customer {den är redan kund, inte kvalificerad} other {den är förlorad, inte kvalificerad}}',
  'engine.gap.commit-at-risk.reason-blockers': '{count, plural, one {ett stopp står kvar} other {# stopp står kvar}} ({codes})',
  'engine.gap.commit-at-risk.next': 'Flytta prognosen till best case tills en beslutsfattare är med, eller visa vad som gör den till commit.',
  'engine.gap.commit-at-risk.next-blocker': 'Flytta prognosen till best case, eller röj stoppet först: {blockerNext}',

  'engine.gap.need-unconfirmed.message': 'Ingen har bekräftat att {account} behöver det du säljer.',
  'engine.gap.need-unconfirmed.message-summary': '{account} har inte bekräftat behovet än: "{summary}".',
  'engine.gap.need-unconfirmed.next':
    'Fråga någon på {account} redan i dag vad problemet kostar dem och vem som känner av det mest. Markera sedan behovet som bekräftat.',
  'engine.gap.need-unconfirmed.next-contact':
    'Fråga {contact} redan i dag vad problemet kostar {account} och vem som känner av det mest. Markera sedan behovet som bekräftat.',

  'engine.gap.no-interest.message': 'Ingen på {account} har visat intresse än. Ingen har ens bett om allmän information.',
  'engine.gap.no-interest.next': 'Ta reda på vilka på {account} som är med i beslutet och erbjud dem en översikt av produkten.',
  'engine.gap.no-interest.next-contact': 'Skicka {contact} en kort översikt av vad produkten gör för {account} och be om ett första möte.',

  'engine.gap.interest-shallow.message':
    'Intresset är fortfarande ytligt: {count, plural, one {en person vill veta mer ({engaged})} other {# personer vill veta mer ({engaged})}}, men ingen diskuterar än hur produkten skulle hjälpa {account} bättre än alternativen.',
  'engine.gap.interest-shallow.next': 'Boka ett möte med din kontakt och jämför produkten med alternativen som {account} tittar på.',
  'engine.gap.interest-shallow.next-contact': 'Boka ett möte med {contact} och jämför produkten med alternativen som {account} tittar på.',

  'engine.gap.no-decision-maker.message': 'Du vet inte vem i köpcentret på {account} som har mandat att godkänna köpet.',
  'engine.gap.no-decision-maker.next': 'Fråga din kontakt på {account} vem som godkänner ett sådant köp, och lägg in personen på kartan som beslutsfattare.',
  'engine.gap.no-decision-maker.next-contact': 'Fråga {contact} vem som godkänner ett sådant köp, och lägg in personen på kartan som beslutsfattare.',

  'engine.gap.decision-maker-stance-unknown.message': '{decisionMaker} är beslutsfattare, men ingen vet än var personen står i affären.',
  'engine.gap.decision-maker-stance-unknown.next': 'Boka ett möte med {name}. Ta reda på var hen står och vad som skulle vinna hen över.',

  'engine.gap.decision-maker-saboteur.message': '{decisionMaker} är beslutsfattare och motarbetar affären.',
  'engine.gap.decision-maker-saboteur.next': 'Träffa {name} och lyssna på invändningarna. Fråga dina allierade vem som kan få hen att ändra sig.',

  'engine.gap.decision-maker-skeptic.message':
    '{decisionMaker} är beslutsfattare och skeptisk till affären, och ingen allierad väger upp det: {pull}, och {ally} (räckvidd = inflytande × svagaste länken i vägen).',
  'engine.gap.decision-maker-skeptic.pull-self': 'de egna tvivlen väger {reach} (inflytande {influence} × 3)',
  'engine.gap.decision-maker-skeptic.pull-other': '{name} drar hen mot affären med {reach}',
  'engine.gap.decision-maker-skeptic.ally-none': 'ingen förespråkare eller ambassadör når hen',
  'engine.gap.decision-maker-skeptic.ally-weaker': 'den starkaste allierade, {ally}, når hen med bara {reach}',
  'engine.gap.decision-maker-skeptic.next':
    'Träffa {name} och hör vad som skulle besvara tvivlen. Vinn över någon med minst {reach} i räckvidd över {name} till din sida.',
  'engine.gap.decision-maker-skeptic.next-ally':
    'Be {ally} ta upp tvivlen med {name} och höj räckvidden till {reach} eller mer. Eller träffa {name} själv och hör vad som skulle besvara tvivlen.',

  'engine.gap.decision-maker-unengaged.message':
    'Ingen beslutsfattare har visat intresse än: {count, plural, one {{decisionMakers} har inte ens bett om allmän information} other {ingen av dem ({decisionMakers}) har ens bett om allmän information}}.',
  'engine.gap.decision-maker-unengaged.next': 'Skicka {target} en kort, personlig översikt av vad köpet skulle ändra för hen, och be om ett möte.',
  'engine.gap.decision-maker-unengaged.next-ally':
    'Skicka {target} en kort, personlig översikt av vad köpet skulle ändra för hen, och be {ally}, som stöttar affären, att lägga ett gott ord.',

  'engine.gap.no-ally-path.message':
    '{decisionMakers} står inte bakom affären än, och ingen förespråkare eller ambassadör påverkar {count, plural, one {hen} other {någon av dem}}, direkt eller via andra.',
  'engine.gap.no-ally-path.next': 'Vinn en ambassadör som påverkar {target}, eller vinn över {target} själv.',
  'engine.gap.no-ally-path.next-ally': 'Fråga {ally}, som stöttar affären, hur du når {target}, och lägg in den påverkan på kartan.',

  'engine.gap.saboteur-unchecked.message':
    '{saboteur} motarbetar affären och påverkar {decisionMakers} mer än någon förespråkare eller ambassadör. Räckvidd till {reaches} (räckvidd = inflytande × svagaste länken i vägen).',
  'engine.gap.saboteur-unchecked.reach': '{target}: {reach} emot, {allyReach} för från {backer}',
  'engine.gap.saboteur-unchecked.reach-unanswered': '{target}: {reach} emot, inget för',
  'engine.gap.saboteur-unchecked.reach-chain': '{before}; till {reach}',
  'engine.gap.saboteur-unchecked.backer-self': 'eget stöd hos {target}',
  'engine.gap.saboteur-unchecked.backer-ally': '{ally}, den starkaste allierade',
  'engine.gap.saboteur-unchecked.next':
    'Få någon med minst lika stort inflytande över {target} (räckvidd {reach} eller mer) på din sida, eller träffa {saboteur} och lyssna på invändningarna.',

  'engine.gap.single-threaded.message-none': 'Ingen på {account} har visat intresse, så affären vilar inte på någon än.',
  'engine.gap.single-threaded.message-none-threshold':
    'Ingen på {account} har visat intresse, så affären vilar inte på någon än (arbetsytan kräver minst {needed}).',
  'engine.gap.single-threaded.message-one': 'Bara {contact} har visat intresse. Affären hänger på en enda person.',
  'engine.gap.single-threaded.message-one-threshold':
    'Bara {contact} har visat intresse. Affären hänger på en enda person (arbetsytan kräver minst {needed}).',
  'engine.gap.single-threaded.message-many': 'Bara {count} personer har visat intresse ({engaged}). Arbetsytan kräver minst {needed}.',
  'engine.gap.single-threaded.another-member': 'någon annan i köpcentret',
  'engine.gap.single-threaded.next':
    'Engagera minst {needed, plural, one {en person} other {# personer}} i köpcentret, och börja med {introduction}.',
  'engine.gap.single-threaded.next-contact': 'Be {contact} att presentera dig för {introduction}.',

  'engine.gap.no-benefits.message':
    'Värdecaset nämner ingen nytta. Inget säger hur produkten gör arbetet på {account} enklare eller effektivare, eller ger bättre stöd än tidigare leverantörer.',
  'engine.gap.no-benefits.next': 'Skriv ner minst en nytta, till exempel enklare arbete, bättre stöd eller effektivare arbete.',
  'engine.gap.no-benefits.next-contact':
    'Kom överens med {contact} om minst en nytta, till exempel enklare arbete, bättre stöd eller effektivare arbete, och skriv ner den.',

  'engine.gap.no-savings-case.message': 'Värdecaset visar ingen besparing, varken på priset (frontend) eller på indirekta kostnader (backend).',
  'engine.gap.no-savings-case.next': 'Räkna ut vad köpet sparar åt {account}, på priset och i indirekta kostnader.',
  'engine.gap.no-savings-case.next-contact': 'Räkna ut tillsammans med {contact} vad köpet sparar åt {account}, på priset och i indirekta kostnader.',

  'engine.gap.stale-decision-maker.message-never': '{decisionMaker} är beslutsfattare men har aldrig blivit kontaktad.',
  'engine.gap.stale-decision-maker.message':
    '{decisionMaker} är beslutsfattare och kontaktades senast {lastContact}, {days, plural, one {# dag} other {# dagar}} före {asOf}.',
  'engine.gap.stale-decision-maker.next': 'Boka ett möte med {name}. Stäm av var affären står och vad hen behöver för att besluta.',

  'engine.gap.close-date-passed.message':
    'Stängningsdatumet {closeDate} passerade {daysOverdue, plural, one {# dag} other {# dagar}} före granskningsdatumet {asOf}, och affären är fortfarande öppen.',
  'engine.gap.close-date-passed.next': 'Kom överens med kunden om ett nytt stängningsdatum, och fråga vem som skriver under köpet.',
  'engine.gap.close-date-passed.next-contact': 'Kom överens med {contact} om ett nytt stängningsdatum.',

  'engine.gap.referral-not-asked.message': '{account} är kund nu, men ingen referens finns noterad.',
  'engine.gap.referral-not-asked.next': 'Fråga din kontakt på {account} vem mer som kan ha samma behov, och notera referenserna på affären.',
  'engine.gap.referral-not-asked.next-contact': 'Fråga {contact} vem mer som kan ha samma behov, och notera referenserna på affären.',

  'engine.gap.lens.message': '{criterion} saknas i {lens}: inget bekräftar än {meaning}.',
  'engine.gap.lens.message-known': '{criterion} saknas i {lens}: inget bekräftar än {meaning}. Det här vet du: {evidence}',
  'engine.gap.lens.next': 'Ta reda på {meaning}.',
  'engine.gap.lens.next-step': '{step}.',
} satisfies Record<keyof typeof import('../en/engine').default, string>;
