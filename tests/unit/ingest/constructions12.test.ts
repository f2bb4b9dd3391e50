// Constructions added for the twelfth round of relation recall, chosen because
// they recur across several held-out sets. Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { hasRelation as has } from '../../helpers/extraction.js';

describe('a passive arrest made by the body of an earlier seizure', () => {
  it('reads "Detectives of the X seized …" as the body of "The driver, P, was arrested"', () => {
    const t = 'Detectives of the Harbour Crime Unit seized 40 kilograms of cocaine in a lorry at the port of Veldin. The driver, Tomas Arvel, 36, was arrested at the scene.';
    expect(has(t, 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(true);
  });
  it('reads the agent of a passive search ("was boarded by officers of X"), a paragraph and a sentence before', () => {
    const t = 'The yacht was boarded on Monday by officers of the Coastal Guard Service south of Kessa. The drugs were hidden in the keel.\n\nThe skipper, Ivo Brandt, 52, was arrested at the scene.';
    expect(has(t, 'Ivo Brandt', 'ARRESTED_BY', 'Coastal Guard Service')).toBe(true);
  });
  it('reads the first of two bodies after a date ("On 2 July the X and the Y inspected …")', () => {
    const t = 'On 2 July the Federal Revenue Directorate and the Port Police Command inspected a container of charcoal at the port of Rosk. The exporter, Lena Vaskin, was arrested on 3 July.';
    expect(has(t, 'Lena Vaskin', 'ARRESTED_BY', 'Federal Revenue Directorate')).toBe(true);
  });
  it('reads the unit in "officers of the X\'s Y"', () => {
    const t = "On 19 May, officers of the Corvan Police Force's Marine Crime Unit intercepted a boat and seized 94 kilograms of methamphetamine. The skipper, Karl Oden, was arrested at the scene.";
    expect(has(t, 'Karl Oden', 'ARRESTED_BY', 'Marine Crime Unit')).toBe(true);
  });
  it('does not read a body that only spoke, nor a denied arrest', () => {
    expect(has('The Harbour Crime Unit said on Monday that the port was busy. The driver, Tomas Arvel, was arrested at the scene.', 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(false);
    const denied = 'Detectives of the Harbour Crime Unit seized 40 kilograms of cocaine at the port of Veldin. A second director, Mr Tomas Arvel, has left the country and has not been arrested.';
    expect(has(denied, 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(false);
  });
  it('does not reach three sentences back', () => {
    const t = 'Detectives of the Harbour Crime Unit seized 40 kilograms of cocaine at the port of Veldin. The port is busy. Ships call daily. The driver, Tomas Arvel, was arrested on Friday.';
    expect(has(t, 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(false);
  });
});

describe('a counted group whose members are named afterwards', () => {
  const court = 'The Velmora High Court today convicted two men of trafficking in a controlled drug.';
  it('reads the persons named next as the group the court convicted, leaving out the presiding judge', () => {
    const t = `${court} Justice Anna Brekk, who presided over the trial, found that the two men had landed the drug. The first accused, Tomas Arvel, a fisherman, was sentenced to 20 years. The second accused, Ivo Brandt, was sentenced to 18 years.`;
    expect(has(t, 'Tomas Arvel', 'CHARGED_BY', 'Velmora High Court')).toBe(true);
    expect(has(t, 'Ivo Brandt', 'CHARGED_BY', 'Velmora High Court')).toBe(true);
    expect(has(t, 'Anna Brekk', 'CHARGED_BY', 'Velmora High Court')).toBe(false);
  });
  it('counts "two Ruritanians and an Ostrian national" as three', () => {
    const t = 'The High Court sitting in Velmora yesterday sentenced two Ruritanians and an Ostrian national to prison terms. The Ostrian, Tomas Arvel, 38, received the longest sentence. The two Ruritanians, truck driver Ivo Brandt, 41, and Dana Orlik, 29, were each sentenced to 12 years.';
    expect(has(t, 'Dana Orlik', 'CHARGED_BY', 'High Court')).toBe(true);
  });
  it('reads the defendants of an indictment listed one a line', () => {
    const t = 'The Velmora Prosecution Office has filed an indictment with the County Court in Ostrava against three defendants on charges of weapons trafficking.\nThe defendants\n- Kristo Malen (44), a gunsmith, is accused of organising the group.\n- Goran Velic (37) and Dana Orlik (29) are accused of recruiting drivers.';
    expect(has(t, 'Dana Orlik', 'CHARGED_BY', 'Velmora Prosecution Office')).toBe(true);
  });
  it('reads "The trial of four men … at the X" and "One of the men, P"', () => {
    const trial = 'The trial of two men accused over the seizure of 1.2 tonnes of cocaine resumed at the Velmora High Court. The accused, Tomas Arvel and Ivo Brandt, deny the charges.';
    expect(has(trial, 'Ivo Brandt', 'CHARGED_BY', 'Velmora High Court')).toBe(true);
    const one = 'Officers of the Border Crime Unit detained three men near the village of Rask on Tuesday. One of the men, Tadas Velk, 31, tried to run into the forest.';
    expect(has(one, 'Tadas Velk', 'ARRESTED_BY', 'Border Crime Unit')).toBe(true);
  });
  it('reads nothing when more persons are named than counted, or when one is named with a post or arrested by another', () => {
    expect(has(`${court} Tomas Arvel, Ivo Brandt and Dana Orlik are from the coast. Nobody else was charged.`, 'Ivo Brandt', 'CHARGED_BY', 'Velmora High Court')).toBe(false);
    const post = `${court} Tomas Arvel, head of the Velmora Bar Association, called the verdict fair.`;
    expect(has(post, 'Tomas Arvel', 'CHARGED_BY', 'Velmora High Court')).toBe(false);
    const other = 'Officers of the Border Crime Unit detained two men near Rask. The Port Police later arrested their supplier, Ivo Brandt, in Ostrava.';
    expect(has(other, 'Ivo Brandt', 'ARRESTED_BY', 'Border Crime Unit')).toBe(false);
  });
});

describe('a unit named after "whose" or an opening "Its"', () => {
  it('reads "the X, whose Y helped …" as Y part of X', () => {
    const t = 'We are grateful to the Ruritanian Drug Agency, whose Regional Office for the North helped us draft the law.';
    expect(has(t, 'Regional Office for the North', 'PART_OF', 'Ruritanian Drug Agency')).toBe(true);
  });
  it('reads "The X has … . Its Y runs …" as Y part of X, the body the sentence before opens with', () => {
    const t = 'The Ruritanian Customs Organization has 180 members. Its Enforcement Sub-Directorate runs joint customs operations.';
    expect(has(t, 'Enforcement Sub-Directorate', 'PART_OF', 'Ruritanian Customs Organization')).toBe(true);
    // A body named last, not first, is not what "Its" stands for.
    const late = 'The agreement was praised by the Ruritanian Customs Organization. Its Enforcement Sub-Directorate runs joint customs operations.';
    expect(has(late, 'Enforcement Sub-Directorate', 'PART_OF', 'Ruritanian Customs Organization')).toBe(false);
  });
  it('does not read "whose" before a person or a member list as a part', () => {
    const t = 'We thank the Ruritanian Drug Agency, whose director, Anna Brekk, visited Velmora.';
    expect(has(t, 'Anna Brekk', 'PART_OF', 'Ruritanian Drug Agency')).toBe(false);
  });
});

describe('posts told by a relative clause, a passive "presided over by" or an owned body after "of"', () => {
  it('reads "P, Director General of X, who has chaired Y since 2025" as posts in X and Y', () => {
    const t = 'Finally, I thank Commissioner Tomas Arvel, Director General of the Velmora Public Force, who has chaired the Northern Police Community since 2025.';
    expect(has(t, 'Tomas Arvel', 'HOLDS_POSITION', 'Northern Police Community')).toBe(true);
    expect(has(t, 'Tomas Arvel', 'HOLDS_POSITION', 'Velmora Public Force')).toBe(true);
  });
  it('reads "P, who heads the X\'s drug unit" as a post in X', () => {
    expect(has("Chief Superintendent Dana Orlik, who heads the Metropolitan Police's drug unit, told reporters.", 'Dana Orlik', 'HOLDS_POSITION', 'Metropolitan Police')).toBe(true);
    expect(has("Dana Orlik, who heads the Metropolitan Police's delegation, told reporters.", 'Dana Orlik', 'HOLDS_POSITION', 'Metropolitan Police')).toBe(false);
  });
  it('reads "Rank P of Romania\'s X" as a post in X', () => {
    expect(has("Also attending was Lieutenant Colonel Ivo Brandt of Romania's Directorate for Organised Crime.", 'Ivo Brandt', 'HOLDS_POSITION', 'Directorate for Organised Crime')).toBe(true);
  });
  it('reads the judge of "the X Court, presided over by Magistrate P" and of "Justice P, who presided" after the ruling', () => {
    expect(has('On 8 April the Court of Magistrates, presided over by Magistrate Dr Lara Velk, found Tomas Arvel guilty.', 'Lara Velk', 'HOLDS_POSITION', 'Court of Magistrates')).toBe(true);
    const t = 'The Velmora High Court sentenced Tomas Arvel to ten years. Justice Anna Brekk, who presided, said the sentence had to deter others.';
    expect(has(t, 'Anna Brekk', 'HOLDS_POSITION', 'Velmora High Court')).toBe(true);
    // With two courts named, which one she sat on is not said.
    const two = 'The Velmora High Court upheld the ruling of the Ostrava District Court. Justice Anna Brekk, who presided, said the sentence had to deter others.';
    expect(has(two, 'Anna Brekk', 'HOLDS_POSITION', 'Velmora High Court')).toBe(false);
  });
});

describe('the people of a course or meeting described by where they came from', () => {
  const course = 'The Velmora Customs Course concluded on Friday.';
  it('reads "Instructors came from A, the B and C" as A, B and C taking part in the event just named', () => {
    const t = `${course} Instructors came from the Ruritanian Border Force, the Ostrian Customs Unit and the World Customs Organization.`;
    expect(has(t, 'Ostrian Customs Unit', 'PARTICIPATED_IN', 'Velmora Customs Course')).toBe(true);
  });
  it('reads the list after "including" and owned bodies after "attending included"', () => {
    const t = `${course} Participants came from police and customs services of EU states and of partners, including Albania, Serbia and Kosovo.`;
    expect(has(t, 'Serbia', 'PARTICIPATED_IN', 'Velmora Customs Course')).toBe(true);
    const owned = "The 45th Northern Police Conference was held in Velmora. Dialogue partners attending included China's Ministry of Public Security and Japan's National Police Agency.";
    expect(has(owned, 'National Police Agency', 'PARTICIPATED_IN', '45th Northern Police Conference')).toBe(true);
    expect(has(owned, 'Japan', 'PARTICIPATED_IN', '45th Northern Police Conference')).toBe(false);
  });
  it('reads nothing without an event named before, nor for people who only came from a place', () => {
    expect(has('Instructors came from the Ruritanian Border Force and the Ostrian Customs Unit.', 'Ostrian Customs Unit', 'PARTICIPATED_IN', 'Velmora Customs Course')).toBe(false);
    const t = `${course} Most of the traffickers came from Ostria.`;
    expect(has(t, 'Ostria', 'PARTICIPATED_IN', 'Velmora Customs Course')).toBe(false);
  });
});

describe('a person pointed back at by the title named with them', () => {
  it('reads "the Secretary General met P" as the one named "Secretary General" before', () => {
    const t = 'Secretary General Anna Brekk visited Velmora on Monday. During the visit, the Secretary General met President Tomas Arvel at the State Palace.';
    expect(has(t, 'Anna Brekk', 'MET_WITH', 'Tomas Arvel')).toBe(true);
  });
  it('reads nothing when two persons had that title', () => {
    const t = 'Commissioner Ivo Brandt succeeds Commissioner Dana Orlik, who retired in May. On 3 March, the Commissioner held talks with Ms Anna Brekk.';
    expect(has(t, 'Dana Orlik', 'MET_WITH', 'Anna Brekk')).toBe(false);
    expect(has(t, 'Ivo Brandt', 'MET_WITH', 'Anna Brekk')).toBe(false);
  });
});
