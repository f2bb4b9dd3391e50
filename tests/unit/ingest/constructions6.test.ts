// Constructions added for the sixth round of relation recall: a city of a
// country as a subdivision (PART_OF) but a dateline and a building kept as
// LOCATED_IN, court appearances ("appeared before", "were arraigned at"),
// "They" after a sentence naming several suspects, remand to a prison, the
// place of an arrest named first ("In X, police arrested P") or after a
// nationality ("Ruritanian national P, in X"), bodies acting together ("A and
// the B seized …", "a joint investigation by A, B and C", "led by A with B"),
// the drugs each of them seized, "Anti-Organized" inside a name, and crystal
// forms of a drug as the drug. Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractText as run, hasRelation as has } from '../../helpers/extraction.js';

describe('places within places', () => {
  it('makes a city named with its country a part of it', () => {
    const t = 'The cargo was loaded in Mombasa, Kenya, and unloaded in Antwerp in Belgium.';
    expect(has(t, 'Mombasa', 'PART_OF', 'Kenya')).toBe(true);
    expect(has(t, 'Antwerp', 'PART_OF', 'Belgium')).toBe(true);
    expect(has(t, 'Mombasa', 'LOCATED_IN', 'Kenya')).toBe(false);
  });
  it('keeps a dateline, a city in a region and a building as LOCATED_IN', () => {
    const t = 'MOMBASA, Kenya – Customs officers found heroin in a container. The suspects were arrested in Tucson, Arizona. The talks were held at the Sunrise Palace in Ghana.';
    expect(has(t, 'Mombasa', 'LOCATED_IN', 'Kenya')).toBe(true);
    expect(has(t, 'Mombasa', 'PART_OF', 'Kenya')).toBe(false);
    expect(has(t, 'Tucson', 'PART_OF', 'Arizona')).toBe(false);
  });
});

describe('courts, custody and arrests', () => {
  it('reads "appeared before" and "were arraigned at" a court as a charge, for "They" and "Both" too', () => {
    const t = 'Police arrested the captain, Tomasz Brzeczyk-Lange, 52, and the cook, Ivo Marangoni, 41, on the quay. They were arraigned at the Port Louis Magistrates Court on Monday. Both appeared before the Harbour District Court a week later.';
    for (const p of ['Tomasz Brzeczyk-Lange', 'Ivo Marangoni']) {
      expect(has(t, p, 'CHARGED_BY', 'Port Louis Magistrates Court')).toBe(true);
      expect(has(t, p, 'CHARGED_BY', 'Harbour District Court')).toBe(true);
    }
  });
  it('does not read an appearance before a body that is not a court as a charge', () => {
    const t = 'The director, Amara Okonkwo-Bello, appeared before the Senate Committee on Security.';
    expect(run(t).rels.some((r) => r.type === 'CHARGED_BY')).toBe(false);
  });
  it('reads "was taken to X and charged by Y" and "remanded to the Y prison service"', () => {
    const t = 'The courier, Rasmus Vinterberg, was taken to Suva and charged by the Fiji Police Force. He was remanded to the Fiji Corrections Service.';
    expect(has(t, 'Rasmus Vinterberg', 'CHARGED_BY', 'Fiji Police Force')).toBe(true);
    expect(has(t, 'Rasmus Vinterberg', 'ARRESTED_BY', 'Fiji Corrections Service')).toBe(true);
  });
  it('reads the place of an arrest named first or after a nationality', () => {
    const t = 'In Rotterdam, officers of the Seaport Police arrested a suspected broker, Kees Verhulst-Damen, on Friday. The Border Guard detained the driver, Polish national Marek Zielonka-Wojcik, 33, in Gdansk.';
    expect(has(t, 'Kees Verhulst-Damen', 'ARRESTED_BY', 'Rotterdam')).toBe(true);
    expect(has(t, 'Marek Zielonka-Wojcik', 'ARRESTED_BY', 'Gdansk')).toBe(true);
  });
});

describe('bodies acting together', () => {
  it('pairs the bodies of a subject list that seized drugs, and gives each the drugs', () => {
    const t = 'Officers of the Harbour Police Service and the Coastal Narcotics Bureau have seized 2 tonnes of cocaine and 40 kilograms of heroin in the port.';
    expect(has(t, 'Harbour Police Service', 'COOPERATES_WITH', 'Coastal Narcotics Bureau')).toBe(true);
    for (const b of ['Harbour Police Service', 'Coastal Narcotics Bureau']) {
      expect(has(t, b, 'INVOLVED_WITH', 'cocaine')).toBe(true);
      expect(has(t, b, 'INVOLVED_WITH', 'heroin')).toBe(true);
    }
  });
  it('reads "a joint investigation by A, B and C" and "led by A with B and the C"', () => {
    const t = 'Three men were charged after a joint investigation by the Island Customs Service, the Marine Police Unit and the Federal Drug Bureau found 300 kilograms of methamphetamine. The raid was led by the Anti-Fraud Commission with the Cyber Police Group and the Bureau of Immigration.';
    expect(has(t, 'Island Customs Service', 'COOPERATES_WITH', 'Federal Drug Bureau')).toBe(true);
    expect(has(t, 'Marine Police Unit', 'INVOLVED_WITH', 'methamphetamine')).toBe(true);
    expect(has(t, 'Anti-Fraud Commission', 'COOPERATES_WITH', 'Bureau of Immigration')).toBe(true);
    expect(has(t, 'Cyber Police Group', 'COOPERATES_WITH', 'Bureau of Immigration')).toBe(true);
  });
  it('gives the drugs to the helper in "X, working with Y, seized …"', () => {
    const t = "The Customs Department, working with the Harbour Police Service's Drug Squad, seized 410 kilograms of cocaine.";
    expect(has(t, 'Drug Squad', 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('does not pair countries that each seized something', () => {
    const t = 'Peru and Bolivia seized record amounts of cocaine last year.';
    expect(has(t, 'Peru', 'COOPERATES_WITH', 'Bolivia')).toBe(false);
  });
});

describe('names and substances', () => {
  it('keeps "Anti-Organized" inside a body\'s name', () => {
    const { doc } = run('The raid was led by the Presidential Anti-Organized Crime Commission (PACC). The PACC said more raids would follow.');
    expect(doc.entities.some((e) => e.name === 'Presidential Anti-Organized Crime Commission')).toBe(true);
    expect(doc.entities.some((e) => e.name === 'Crime Commission')).toBe(false);
  });
  it('makes "crystal meth" and "methamphetamine" one substance', () => {
    const { doc } = run('Coast guard seizes crystal meth. The crystal methamphetamine was hidden in fuel tanks; the methamphetamine came from a lab.');
    const drugs = doc.entities.filter((e) => e.type === 'Substance');
    expect(drugs.map((e) => e.name)).toEqual(['methamphetamine']);
    expect(drugs[0]!.aliases).toEqual(expect.arrayContaining(['crystal meth', 'crystal methamphetamine']));
  });
});

describe('members of a body', () => {
  it('makes every state of the subject list and of "together with" a member of every body named', () => {
    const t = 'Chile and Peru are members of the Southern Drug Control Council, together with Bolivia and Ecuador.';
    const members = run(t).rels.filter((r) => r.type === 'MEMBER_OF' && r.t === 'Southern Drug Control Council').map((r) => r.s).sort();
    expect(members).toEqual(['Bolivia', 'Chile', 'Ecuador', 'Peru']);
    // Members listed "together with" the subjects are not the body's partners.
    expect(has(t, 'Chile', 'COOPERATES_WITH', 'Bolivia')).toBe(false);
  });
  it('reads "Y is a member of the A and the B" and "the X, of which Y is a member"', () => {
    const t = 'The Harbour Customs Service is a member of the Regional Customs Council and the World Customs Organization. The case was shared with the Gulf Drug Information Centre, of which Kuwait is a member.';
    expect(has(t, 'Harbour Customs Service', 'MEMBER_OF', 'World Customs Organization')).toBe(true);
    expect(has(t, 'Harbour Customs Service', 'MEMBER_OF', 'Regional Customs Council')).toBe(true);
    expect(has(t, 'Kuwait', 'MEMBER_OF', 'Gulf Drug Information Centre')).toBe(true);
  });
  it('makes a "forum" that has members a body, but not a numbered meeting', () => {
    const t = 'Mongolia is a member of the Northern Forum on Drug Control. Delegates attended the 5th Forum on Drug Control in Almaty.';
    const { doc } = run(t);
    expect(doc.entities.find((e) => e.name === 'Northern Forum on Drug Control')?.type).toBe('Organization');
    expect(has(t, 'Mongolia', 'MEMBER_OF', 'Northern Forum on Drug Control')).toBe(true);
    expect(doc.entities.find((e) => e.name === '5th Forum on Drug Control')?.type).toBe('Event');
  });
});

describe('routes, bodies before titles and police forces', () => {
  it('makes the places a drug was destined for, or a route ended in, deal in it', () => {
    const t = 'Investigators said the heroin had been refined in Afghanistan and was destined for Belgium and Germany. The cocaine was shipped from Ecuador through Panama to Rotterdam.';
    expect(has(t, 'Belgium', 'INVOLVED_WITH', 'heroin')).toBe(true);
    expect(has(t, 'Germany', 'INVOLVED_WITH', 'heroin')).toBe(true);
    expect(has(t, 'Rotterdam', 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('does not make a place a drug merely went to a meeting in deal in it', () => {
    const t = 'Officials who fight cocaine trafficking went to Vienna for the talks.';
    expect(has(t, 'Vienna', 'INVOLVED_WITH', 'cocaine')).toBe(false);
  });
  it('finds the body named before a title and the post held in it', () => {
    const t = 'Samoa Police Commissioner Tuala Leota-Faleolo thanked the crew. Police Commissioner Ana Ruiz-Vega also spoke.';
    const { doc } = run(t);
    expect(doc.entities.some((e) => e.type === 'Organization' && e.name === 'Samoa Police')).toBe(true);
    expect(has(t, 'Tuala Leota-Faleolo', 'HOLDS_POSITION', 'Samoa Police')).toBe(true);
    expect(doc.entities.some((e) => e.type === 'Organization' && e.name === 'Police')).toBe(false);
  });
  it('makes "Samoa Police" and "Samoa Police Service" one force', () => {
    const { doc } = run('The Samoa Police Service seized the boat. Samoa Police Commissioner Tuala Leota-Faleolo said so.');
    expect(doc.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual(['Samoa Police Service']);
  });
});

describe('titles with their own "of"', () => {
  it('reads "Chief of Staff of the X" as a post in X, not a body named "Staff of the X"', () => {
    const t = 'Vice Admiral Ivo Stanek-Horvat, Chief of Staff of the Adriatic Coast Guard, said the crew had surrendered.';
    const { doc } = run(t);
    expect(has(t, 'Ivo Stanek-Horvat', 'HOLDS_POSITION', 'Adriatic Coast Guard')).toBe(true);
    expect(doc.entities.some((e) => e.name.startsWith('Staff'))).toBe(false);
  });
  it('reads "Commissioner of Customs of the X" the same way', () => {
    const t = 'Mr. Tevita Lolo-Fifita, Commissioner of Customs of the Island Revenue and Customs Service, was elected chair.';
    expect(has(t, 'Tevita Lolo-Fifita', 'HOLDS_POSITION', 'Island Revenue and Customs Service')).toBe(true);
  });
});

describe('a lower-case post before a name', () => {
  it('reads "The head of the X, prosecutor P," as a post in X', () => {
    const t = 'The head of the Coastal Fraud Directorate, prosecutor Elena Marchetti-Russo, said the offices had shared evidence.';
    expect(has(t, 'Elena Marchetti-Russo', 'HOLDS_POSITION', 'Coastal Fraud Directorate')).toBe(true);
  });
});

describe('taking part', () => {
  it('makes the partners of "took part in X with Y" and the subject of "seized … during Operation X" take part', () => {
    const t = 'The Navy took part in Operation Blue Horizon in 2025 with the Italian Coast Guard. The Customs Service seized 2 tonnes of hashish in Ceuta during Operation Sirocco.';
    expect(has(t, 'Italian Coast Guard', 'PARTICIPATED_IN', 'Operation Blue Horizon')).toBe(true);
    expect(has(t, 'Customs Service', 'PARTICIPATED_IN', 'Operation Sirocco')).toBe(true);
  });
});

describe('nationality from a country used as an adjective', () => {
  it('reads "A Myanmar woman, P," as her nationality, but not "a Kenya Airways pilot"', () => {
    const t = 'A Myanmar woman, Nang Seng Hkam, was detained at the border. A Kenya Airways pilot, John Kamau-Otieno, 44, was also held.';
    expect(has(t, 'Nang Seng Hkam', 'NATIONALITY', 'Myanmar')).toBe(true);
    expect(run(t).rels.some((r) => r.type === 'NATIONALITY' && r.s === 'John Kamau-Otieno')).toBe(false);
  });
});

describe('the head of a body with an "on" complement', () => {
  it('types "Task Force on … Operations" as a body but "Conference on …" as an event', () => {
    const { doc } = run('The ministers agreed to set up a Joint Task Force on Maritime Smuggling Operations. The Conference on Maritime Operations opened in Lisbon.');
    expect(doc.entities.find((e) => e.name === 'Joint Task Force on Maritime Smuggling Operations')?.type).toBe('Organization');
    expect(doc.entities.find((e) => e.name === 'Conference on Maritime Operations')?.type).toBe('Event');
  });
});

describe('page headers and the subject of "is an agency of X and works with"', () => {
  it('reads a header "ABC – Full Name of Body" as the short form of the body', () => {
    const t = 'MARPOL – Regional Academy for Maritime Policing\nHome > News\n\nMARPOL trained forty officers. MARPOL works closely with Frontex.';
    const { doc } = run(t);
    const body = doc.entities.find((e) => e.name === 'Regional Academy for Maritime Policing');
    expect(body?.aliases).toContain('MARPOL');
    expect(has(t, 'Regional Academy for Maritime Policing', 'COOPERATES_WITH', 'Frontex')).toBe(true);
  });
  it('makes the subject, not the body it belongs to, the partner in "X is an agency of the Y and works closely with Z"', () => {
    const t = 'The Harbour Police Academy is an agency of the European Union and works closely with Frontex and the Coastal Drug Bureau.';
    expect(has(t, 'Harbour Police Academy', 'COOPERATES_WITH', 'Frontex')).toBe(true);
    expect(has(t, 'European Union', 'COOPERATES_WITH', 'Frontex')).toBe(false);
  });
});

describe('a drug named by its country', () => {
  it('reads "Afghan heroin" as Afghanistan dealing in heroin, but not "a Peruvian cocaine boss"', () => {
    const t = 'Afghan heroin still reaches Europe through Iran. A Peruvian cocaine boss was extradited last week.';
    expect(has(t, 'Afghanistan', 'INVOLVED_WITH', 'heroin')).toBe(true);
    expect(has(t, 'Peru', 'INVOLVED_WITH', 'cocaine')).toBe(false);
  });
});

describe('thanks from an official', () => {
  it('makes the body of the official who thanks, or the minister\'s country, a partner of those thanked', () => {
    const t = 'The director of the Harbour Police Academy, Zsofia Kerekes-Balo, opened the course. She thanked the Hungarian Police and the Danube Border Service. Samoa Police Commissioner Tuala Leota-Faleolo thanked Australia. Bolivia\'s Minister of Government thanked the European Union for funding.';
    expect(has(t, 'Harbour Police Academy', 'COOPERATES_WITH', 'Hungarian Police')).toBe(true);
    expect(has(t, 'Harbour Police Academy', 'COOPERATES_WITH', 'Danube Border Service')).toBe(true);
    expect(has(t, 'Samoa Police', 'COOPERATES_WITH', 'Australia')).toBe(true);
    expect(has(t, 'Bolivia', 'COOPERATES_WITH', 'European Union')).toBe(true);
  });
  it('does not guess a partner when the one who thanks is named with no body', () => {
    const t = 'Maria Lopez-Ferrer thanked the Hungarian Police.';
    expect(run(t).rels.some((r) => r.type === 'COOPERATES_WITH')).toBe(false);
  });
});
