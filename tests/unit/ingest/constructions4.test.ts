// Constructions added for the fourth round of relation recall (custody and
// trial without "arrested by", observers, delegations and hosts of a meeting,
// bodies that carry an operation out, members a body brings together,
// founders named before "it", numbered meetings of a body, predecessors,
// "Its director, X", schooling at several places, shared intelligence,
// seizures stated with "found"). Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractText as run, hasRelation as has } from '../../helpers/extraction.js';

describe('custody and trial without "arrested by"', () => {
  it('reads "handed over to" as custody and "handed to prosecutors of" as a charge', () => {
    const t = 'The courier, Marten Oskarsson, 44, was handed over to the Coastal Narcotics Bureau. His partner, Peter Vandamme, was arrested in Ghent and handed to prosecutors of the Federal Prosecutor\'s Office.';
    expect(has(t, 'Marten Oskarsson', 'ARRESTED_BY', 'Coastal Narcotics Bureau')).toBe(true);
    expect(has(t, 'Peter Vandamme', 'CHARGED_BY', "Federal Prosecutor's Office")).toBe(true);
  });
  it('reads "by officers of the X" as the arresting body', () => {
    const t = 'Teodor Halvorsen-Lind was arrested in Bergen in May by officers of the National Criminal Investigation Service.';
    expect(has(t, 'Teodor Halvorsen-Lind', 'ARRESTED_BY', 'National Criminal Investigation Service')).toBe(true);
    expect(has(t, 'Teodor Halvorsen-Lind', 'ARRESTED_BY', 'Bergen')).toBe(true);
  });
  it('reads "will be tried in" a country and "charged before" a court', () => {
    expect(has('The skipper, Maria Vilaverde, was detained at sea and will be tried in Portugal.', 'Maria Vilaverde', 'CHARGED_BY', 'Portugal')).toBe(true);
    expect(has('Anselm Kroeber has been charged before the Regional Criminal Court in Graz.', 'Anselm Kroeber', 'CHARGED_BY', 'Regional Criminal Court')).toBe(true);
  });
  it('does not read a staff transfer as custody', () => {
    expect(has('Ruth Aldana was transferred to the Ministry of Security in 2019.', 'Ruth Aldana', 'ARRESTED_BY', 'Ministry of Security')).toBe(false);
  });
});

describe('who took part in a meeting', () => {
  const meeting = 'The 14th Regional Conference of the Andean Customs Network (ACN) was held in Quito, Ecuador, in May.';
  it('types a numbered meeting of a body as an event and keeps the body apart', () => {
    const { doc } = run(meeting);
    expect(doc.entities.find((e) => e.name === '14th Regional Conference of the Andean Customs Network')?.type).toBe('Event');
    expect(doc.entities.find((e) => e.name === 'Andean Customs Network')?.aliases).toContain('ACN');
    expect(has(meeting, 'Andean Customs Network', 'PARTICIPATED_IN', '14th Regional Conference of the Andean Customs Network')).toBe(true);
    expect(has(meeting, '14th Regional Conference of the Andean Customs Network', 'LOCATED_IN', 'Quito')).toBe(true);
    expect(has(meeting, 'Andean Customs Network', 'LOCATED_IN', 'Quito')).toBe(false);
  });
  it('links observers, a host and the official who opened it', () => {
    const t = `${meeting} The Conference was hosted by the National Customs Service and opened by the Deputy Minister of Finance of Ecuador, Hon. Ramiro Quishpe. The World Customs Organization and the Caribbean Customs Law Enforcement Council attended as observers.`;
    expect(has(t, 'World Customs Organization', 'PARTICIPATED_IN', '14th Regional Conference of the Andean Customs Network')).toBe(true);
    expect(has(t, 'Caribbean Customs Law Enforcement Council', 'PARTICIPATED_IN', '14th Regional Conference of the Andean Customs Network')).toBe(true);
    expect(has(t, 'National Customs Service', 'PARTICIPATED_IN', '14th Regional Conference of the Andean Customs Network')).toBe(true);
    expect(has(t, 'Ramiro Quishpe', 'HOLDS_POSITION', 'Ecuador')).toBe(true);
  });
  it('links delegations and their heads', () => {
    const t = 'Norway and Iceland held the third round of their bilateral Arctic Security Dialogue in Tromsø. The Norwegian delegation was headed by Anna Bakkevold. The Icelandic delegation included officials of the National Police and the Directorate of Customs.';
    expect(has(t, 'Norway', 'PARTICIPATED_IN', 'Arctic Security Dialogue')).toBe(true);
    expect(has(t, 'Norway', 'COOPERATES_WITH', 'Iceland')).toBe(true);
    expect(has(t, 'Anna Bakkevold', 'PARTICIPATED_IN', 'Arctic Security Dialogue')).toBe(true);
    expect(has(t, 'Directorate of Customs', 'PARTICIPATED_IN', 'Arctic Security Dialogue')).toBe(true);
  });
});

describe('an operation carried out by several bodies', () => {
  const t = 'The operation, code-named "Silver Tide", was carried out by the Maritime Police and the Croatian Border Directorate, with the support of Slovenia\'s Criminal Police Directorate.';
  it('has the bodies take part and work together, and with the body that supported them', () => {
    expect(has(t, 'Maritime Police', 'PARTICIPATED_IN', 'Silver Tide')).toBe(true);
    expect(has(t, 'Maritime Police', 'COOPERATES_WITH', 'Croatian Border Directorate')).toBe(true);
    expect(has(t, 'Criminal Police Directorate', 'PARTICIPATED_IN', 'Silver Tide')).toBe(true);
    expect(has(t, 'Criminal Police Directorate', 'COOPERATES_WITH', 'Maritime Police')).toBe(true);
  });
});

describe('members and founders of a body', () => {
  it('reads "brings together" and "co-chaired by"', () => {
    const t = 'The ministry is setting up the Precursor Control Taskforce, which brings together the Revenue Agency, the Coast Guard and the Medicines Board.';
    expect(has(t, 'Revenue Agency', 'MEMBER_OF', 'Precursor Control Taskforce')).toBe(true);
    expect(has(t, 'Coast Guard', 'MEMBER_OF', 'Precursor Control Taskforce')).toBe(true);
    const u = 'Two groups met: the Working Group on Border Finance, co-chaired by the Revenue Agency and the Financial Analysis Unit.';
    expect(has(u, 'Financial Analysis Unit', 'MEMBER_OF', 'Working Group on Border Finance')).toBe(true);
  });
  it('reads a founding list before "it"', () => {
    const t = 'The work runs through the Baltic Maritime Fusion Centre in Gdansk. Set up in 2015 by Poland, Lithuania and Latvia, it tracks suspect vessels.';
    for (const c of ['Poland', 'Lithuania', 'Latvia']) expect(has(t, c, 'FOUNDED', 'Baltic Maritime Fusion Centre')).toBe(true);
  });
  it('reads "were elected to the steering committee of"', () => {
    const t = 'Ghana and Togo were elected to the steering committee of the Coastal Analysis Unit.';
    expect(has(t, 'Ghana', 'MEMBER_OF', 'Coastal Analysis Unit')).toBe(true);
  });
  it('does not take "the unit" for a body whose name merely starts with "Unit"', () => {
    const t = 'The ministers created the Sahel Analysis Unit and thanked the United Nations Development Programme. Mali and Chad were elected to the board of the new unit.';
    expect(has(t, 'Mali', 'MEMBER_OF', 'United Nations Development Programme')).toBe(false);
  });
});

describe('names split into a person or a second body', () => {
  it('splits a post, a name and a body after a lower-case title', () => {
    const t = 'Senior prosecutor Lukas Brenner of the Vienna Police had asked for ten years.';
    expect(has(t, 'Lukas Brenner', 'HOLDS_POSITION', 'Vienna Police')).toBe(true);
  });
  it('splits a directorate from the police force it belongs to', () => {
    const t = '"We move fast," said Colonel Andreas Petridis, head of the Directorate for Maritime Crime of the Cyprus Police.';
    expect(has(t, 'Andreas Petridis', 'HOLDS_POSITION', 'Directorate for Maritime Crime')).toBe(true);
    expect(has(t, 'Directorate for Maritime Crime', 'PART_OF', 'Cyprus Police')).toBe(true);
  });
});

describe('posts stated around a name', () => {
  it('reads the predecessor after an election', () => {
    const t = 'The meeting elected Ms. Leila Haddad, Director of the Customs Department, as Chair of the Gulf Customs Council, succeeding Mr. Omar Saleh.';
    expect(has(t, 'Leila Haddad', 'HOLDS_POSITION', 'Gulf Customs Council')).toBe(true);
    expect(has(t, 'Leila Haddad', 'HOLDS_POSITION', 'Customs Department')).toBe(true);
    expect(run(t).rels.some((r) => r.s === 'Omar Saleh' && r.t === 'Gulf Customs Council' && r.props?.status === 'former')).toBe(true);
  });
  it('reads "Its director, X" as a post in the body named before', () => {
    const t = 'The Alpine Drug Intelligence Centre opened in Innsbruck in 2012. Its executive director, Marlene Hofstetter, is a former customs officer.';
    expect(has(t, 'Marlene Hofstetter', 'HOLDS_POSITION', 'Alpine Drug Intelligence Centre')).toBe(true);
  });
  it('reads "took command of"', () => {
    expect(has("Brigadier Tariq Mehmood took command of Oman's Coastal Narcotics Command in 2024.", 'Tariq Mehmood', 'HOLDS_POSITION', 'Coastal Narcotics Command')).toBe(true);
  });
  it('reads a title after the name with a courtesy title or a rank before it', () => {
    expect(has('The Executive Director of the Regional Police Office, Commissioner General Amadou Sissoko, presented the report.', 'Amadou Sissoko', 'HOLDS_POSITION', 'Regional Police Office')).toBe(true);
  });
});

describe('schooling at several places', () => {
  it('reads "studied at A and at B" and "attended A College"', () => {
    const t = 'Farida Qureshi studied at the Staff College in Quetta and at the National Defence Academy in Karachi.';
    expect(has(t, 'Farida Qureshi', 'EDUCATED_AT', 'Staff College')).toBe(true);
    expect(has(t, 'Farida Qureshi', 'EDUCATED_AT', 'National Defence Academy')).toBe(true);
    const u = 'In Kingston, John Maxwell attended the Boys School before reading law at the University of Technology.';
    expect(has(u, 'John Maxwell', 'EDUCATED_AT', 'Boys School')).toBe(true);
    expect(has(u, 'John Maxwell', 'EDUCATED_AT', 'University of Technology')).toBe(true);
  });
  it('does not read attending a meeting as schooling', () => {
    expect(has('John Maxwell attended the Caribbean Security Council in March.', 'John Maxwell', 'EDUCATED_AT', 'Caribbean Security Council')).toBe(false);
  });
});

describe('partners in an exchange', () => {
  it('reads "will share intelligence with A in X and with B"', () => {
    const t = 'The Adulterant Response Unit will also share intelligence with the Federal Drug Agency in Germany and with the Swiss Customs Service.';
    expect(has(t, 'Adulterant Response Unit', 'COOPERATES_WITH', 'Federal Drug Agency')).toBe(true);
    expect(has(t, 'Adulterant Response Unit', 'COOPERATES_WITH', 'Swiss Customs Service')).toBe(true);
    expect(has(t, 'Adulterant Response Unit', 'COOPERATES_WITH', 'Germany')).toBe(false);
  });
  it('reads a staff noun after the body and a verb joined by "and"', () => {
    expect(has('Last year, Harbour Crime Bureau investigators worked with the Border Police.', 'Harbour Crime Bureau', 'COOPERATES_WITH', 'Border Police')).toBe(true);
    expect(has('The Analysis Centre will be staffed by seconded analysts and will work closely with the Regional Crime Bureau.', 'Analysis Centre', 'COOPERATES_WITH', 'Regional Crime Bureau')).toBe(true);
  });
});

describe('seizures stated with "found"', () => {
  it('reads "found 40 kilograms of X" as a seizure, also after a dated dateline', () => {
    const t = 'VALLETTA, Malta, 3 May 2025 – The Armed Forces Patrol Command stopped a yacht off Gozo and found 40 kilograms of cocaine in its hull.';
    expect(has(t, 'Armed Forces Patrol Command', 'INVOLVED_WITH', 'cocaine')).toBe(true);
    expect(has(t, 'Malta', 'INVOLVED_WITH', 'cocaine')).toBe(false);
  });
  it('does not read a finding in samples as a seizure', () => {
    expect(has('The Drug Checking Service found fentanyl in 30 samples of street heroin.', 'Drug Checking Service', 'INVOLVED_WITH', 'heroin')).toBe(false);
  });
});
