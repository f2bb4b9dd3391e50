// Constructions added for the fifth round of relation recall (the second
// relation recall round): names after an owned title ("Ruritania's Interior
// Minister, P,"), nationality around the name ("P, a citizen of X", "a citizen
// of X, P", "P, a Ruritanian businessman"), member-state rosters, a body's
// organ ("Y, the X's special unit"), "taken into custody by A and B",
// operations "coordinated from C by" a body, "hand in hand with", bodies that
// "have exchanged intelligence", "heads the regional office of", new drug
// names and demonyms. Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractText as run, hasRelation as has } from '../../helpers/extraction.js';

describe('names after an owned title', () => {
  it('finds the person after "Country\'s Interior Minister," and "the Body\'s executive director,"', () => {
    const t = "Chile's Interior Minister, Rosalba Quintanilla Ortúzar, welcomed the ruling. The Coastal Narcotics Bureau's executive director, Tomasz Wierzbicki-Nowak, said the case was closed.";
    const { doc } = run(t);
    expect(doc.entities.some((e) => e.type === 'Person' && e.name === 'Rosalba Quintanilla Ortúzar')).toBe(true);
    expect(has(t, 'Tomasz Wierzbicki-Nowak', 'HOLDS_POSITION', 'Coastal Narcotics Bureau')).toBe(true);
  });
  it('puts "the director of the X\'s Y, P" in the unit Y', () => {
    const t = "The director of the Harbour Police's Marine Investigations Directorate, Okonkwo Adebayo-Eze, said the crew would be charged.";
    expect(has(t, 'Okonkwo Adebayo-Eze', 'HOLDS_POSITION', 'Marine Investigations Directorate')).toBe(true);
  });
});

describe('nationality around the name', () => {
  it('reads "P, a citizen of X" and "a citizen of X, P"', () => {
    const t = 'The skipper, Daniel Ferreira Lopes, a citizen of Portugal, was held. Police arrested two men, among them a citizen of Chile, Ignacio Valdés Rojas, 52, who ran the company.';
    expect(has(t, 'Daniel Ferreira Lopes', 'NATIONALITY', 'Portugal')).toBe(true);
    expect(has(t, 'Ignacio Valdés Rojas', 'NATIONALITY', 'Chile')).toBe(true);
  });
  it('reads "P, a Togolese businessman" as nationality, not a post', () => {
    const t = 'A third suspect, Kwame Agbodjan, a Togolese businessman, was detained in Accra.';
    expect(has(t, 'Kwame Agbodjan', 'NATIONALITY', 'Togo')).toBe(true);
    expect(has(t, 'Kwame Agbodjan', 'HOLDS_POSITION', 'Togo')).toBe(false);
  });
});

describe('rosters and organs of a body', () => {
  it('makes every state in a "Member States:" roster a member', () => {
    const t = 'The Lakes Police Chiefs Organisation brings together the police services of its four member states: Kenya, Uganda, the Republic of Rwanda and Tanzania.';
    const forum = run(t).rels.filter((r) => r.type === 'MEMBER_OF' && r.t === 'Lakes Police Chiefs Organisation').map((r) => r.s).sort();
    expect(forum).toEqual(['Kenya', 'Rwanda', 'Tanzania', 'Uganda']);
  });
  it('reads "Y, the X\'s special unit" and "Y ... is the X\'s highest body" as parts of X', () => {
    const t = "They were backed by the Rapid Entry Squad, the Harbour Police Service's special intervention unit. The Council of Commanders, made up of all regional chiefs, is the Harbour Police Service's highest decision-making body.";
    expect(has(t, 'Rapid Entry Squad', 'PART_OF', 'Harbour Police Service')).toBe(true);
    expect(has(t, 'Council of Commanders', 'PART_OF', 'Harbour Police Service')).toBe(true);
  });
});

describe('custody, operations and cooperation', () => {
  it('reads "taken into custody by A agents and the B" as held by both', () => {
    const t = 'The master, Lars Pettersen, and nine crew members were taken into custody by Narcotics Agency agents and the Coast Guard Command.';
    expect(has(t, 'Lars Pettersen', 'ARRESTED_BY', 'Narcotics Agency')).toBe(true);
    expect(has(t, 'Lars Pettersen', 'ARRESTED_BY', 'Coast Guard Command')).toBe(true);
  });
  it('reads an operation "coordinated from C by" a body "with the support of" another', () => {
    const t = 'Operation Dry Lake was coordinated from Gaborone by the Northern Police Service with the support of the Regional Customs Union.';
    expect(has(t, 'Northern Police Service', 'PARTICIPATED_IN', 'Operation Dry Lake')).toBe(true);
    expect(has(t, 'Northern Police Service', 'COOPERATES_WITH', 'Regional Customs Union')).toBe(true);
  });
  it('reads "worked hand in hand with" and "have exchanged intelligence" as cooperation', () => {
    const t = 'The Harbour Drug Agency had worked "hand in hand" with the Federal Police. The Island Customs Service and the Maritime Police Command have exchanged intelligence since 2019.';
    expect(has(t, 'Harbour Drug Agency', 'COOPERATES_WITH', 'Federal Police')).toBe(true);
    expect(has(t, 'Island Customs Service', 'COOPERATES_WITH', 'Maritime Police Command')).toBe(true);
  });
  it('reads "who heads the X regional office of the Y" as a post in Y', () => {
    const t = 'Major Bakyt Osmonov, who heads the Naryn regional office of the Anti-Drug Service, said the lorries were searched.';
    expect(has(t, 'Bakyt Osmonov', 'HOLDS_POSITION', 'Anti-Drug Service')).toBe(true);
  });
  it('reads a drug "seized by" a body a few words after the drug', () => {
    const t = 'Members reported 3 tonnes of cocaine in 2023, including 1.2 tonnes seized by the Island Customs Service at its main port.';
    expect(has(t, 'Island Customs Service', 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('knows newer drug names', () => {
    const t = 'The Border Agency seized 3 kilograms of protonitazene and 2 kilograms of bromazolam at the airport.';
    const substances = run(t).doc.entities.filter((e) => e.type === 'Substance').map((e) => e.name).sort();
    expect(substances).toEqual(['bromazolam', 'protonitazene']);
  });
});
