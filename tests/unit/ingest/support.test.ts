// Relations added in the fifth session's extraction rounds: cooperation
// stated as help (server/ingest/relations/support.ts: support, funding,
// training, hosting, thanks), and the constructions added to positions,
// structure, events, legal, rosters and gatherings alongside it (posts on
// fact sheets, places within places, participants and members on list lines,
// "Both were charged …"). Made-up sentences, including ones where a rule
// must not fire.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const coop = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.filter((r) => r.type === 'COOPERATES_WITH').map((r) => [name.get(r.source), name.get(r.target)].sort().join(' ~ '));
};

/** Every relation of the text as "source TYPE target". */
const rels = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
};

describe('help between bodies', () => {
  it('reads support, funding and training as cooperation with the body helped', () => {
    expect(coop('The Valdorian Narcotics Bureau formed a joint team with the support of Eurojust.')).toContain('Eurojust ~ Valdorian Narcotics Bureau');
    const funded = coop('The Harbour Analysis Centre is funded by the Australian Border Force and the New Zealand Customs Service.');
    expect(funded).toContain('Australian Border Force ~ Harbour Analysis Centre');
    expect(funded).toContain('Harbour Analysis Centre ~ New Zealand Customs Service');
    expect(coop('Officers of the Valdorian Customs Service were trained by the National Crime Agency last year.')).toContain('National Crime Agency ~ Valdorian Customs Service');
  });

  it('reads data exchange and memoranda with a partner', () => {
    expect(coop("The Maritime Fusion Centre now exchanges data daily with the Regional Interdiction Command.")).toContain('Maritime Fusion Centre ~ Regional Interdiction Command');
    expect(coop('In January the Valdorian Narcotics Bureau signed a memorandum with the Drug Control Authority of Tanzania.')).toContain('Drug Control Authority of Tanzania ~ Valdorian Narcotics Bureau');
  });

  it('takes a place as the one helped only when it is the subject, not a dateline or a passing place', () => {
    expect(coop('Cabo Verde has received two boats with funding from Portugal.')).toContain('Cape Verde ~ Portugal');
    expect(coop('THE HAGUE – Investigators met with the support of Europol.')).toEqual([]);
  });
});

describe('posts', () => {
  it('reads the holders of posts on fact-sheet lines under a section heading', () => {
    const r = rels('The Valdorian Narcotics Board is the national drug agency.\n\nLEADERSHIP\nSecretary General: Dr. Wulan Hartati Simanjuntak\nDeputy for Prevention: Agustina Pardede-Lumbantoruan');
    expect(r).toContain('Wulan Hartati Simanjuntak HOLDS_POSITION Valdorian Narcotics Board');
    expect(r).toContain('Agustina Pardede-Lumbantoruan HOLDS_POSITION Valdorian Narcotics Board');
  });
  it('reads "Its head, Chief Superintendent P," as a post in the body of the sentence before', () => {
    const r = rels('The Harbour Narcotics Department was set up in 2019. Its head, Chief Superintendent Gulay Ormanli-Tekin, told reporters the port was busy.');
    expect(r).toContain('Gulay Ormanli-Tekin HOLDS_POSITION Harbour Narcotics Department');
  });
});

describe('places within places', () => {
  it('reads "the Greek island of X", "Laos\' X province", "in the Spanish region of X" and "X, the largest island of Y"', () => {
    expect(rels('The boat reached the Greek island of Corfu.')).toContain('Corfu PART_OF Greece');
    expect(rels("The boats were stopped in Laos' Bokeo province.")).toContain('Bokeo PART_OF Laos');
    const galicia = rels('The craft ran aground near Cangas, in the Spanish region of Galicia, after a crossing.');
    expect(galicia).toContain('Cangas LOCATED_IN Galicia');
    expect(galicia).toContain('Galicia PART_OF Spain');
    expect(rels('The yacht sank south-west of São Miguel, the largest island of the Azores.')).toContain('São Miguel LOCATED_IN Azores');
  });
  it('reads "City, Sultanate of X" and keeps "Victoria Falls" a place, not a person', () => {
    expect(rels('The meeting was held in Muscat, Sultanate of Oman, on 28 October.')).toContain('Muscat PART_OF Oman');
    expect(rels('It was founded in Victoria Falls, Zimbabwe, in 1995.')).toContain('Victoria Falls PART_OF Zimbabwe');
  });
});

describe('who took part in an operation named sentences before', () => {
  it('reads "took part", "also involved" and "was coordinated by" as taking part in the last operation named', () => {
    const r = rels('Operation Amber Tide ran for two weeks in May.\n\nPolice and customs from Serbia and Romania took part, and 40 people were arrested. The operation also involved the Valdorian Coast Guard. It was coordinated by the Regional Drug Centre.');
    expect(r).toContain('Serbia PARTICIPATED_IN Operation Amber Tide');
    expect(r).toContain('Romania PARTICIPATED_IN Operation Amber Tide');
    expect(r).toContain('Valdorian Coast Guard PARTICIPATED_IN Operation Amber Tide');
    expect(r).toContain('Regional Drug Centre PARTICIPATED_IN Operation Amber Tide');
  });
  it('does not reach past four sentences, or link to a meeting', () => {
    const far = rels('Operation Amber Tide ran in May. It ended. Reports followed. Arrests followed. Trials followed. Serbia and Romania took part in talks.');
    expect(far.filter((x) => x.includes('PARTICIPATED_IN Operation Amber Tide'))).toEqual([]);
  });
});

describe('arrests and charges stated around the names', () => {
  it('reads "Both were charged by" and "All three suspects have been charged by" as the persons named before', () => {
    const r = rels("Two men were arrested: the skipper, Brad Kinlow-Hart, 57, and Sione Fifita-Lani, 34. Both were charged by Tonga's Office of the Public Prosecutor with importing cocaine.");
    expect(r).toContain('Brad Kinlow-Hart CHARGED_BY Office of the Public Prosecutor');
    expect(r).toContain('Sione Fifita-Lani CHARGED_BY Office of the Public Prosecutor');
    expect(r.some((x) => x.endsWith('CHARGED_BY Tonga'))).toBe(false);
  });
  it('reads an arrest whose person comes after a description, and "the company" only as a firm', () => {
    const r = rels("Officers of the Customs Criminal Service detained the company's director, Darius Vaitkus-Mel, a 46-year-old citizen. The Customs Police Department detained two Latvian citizens, Edgars Kalnins-Roze and Aleksejs Morozs-Val.");
    expect(r).toContain('Darius Vaitkus-Mel ARRESTED_BY Customs Criminal Service');
    expect(r).not.toContain('Darius Vaitkus-Mel HOLDS_POSITION Customs Criminal Service');
    expect(r).toContain('Edgars Kalnins-Roze ARRESTED_BY Customs Police Department');
    expect(r).toContain('Aleksejs Morozs-Val ARRESTED_BY Customs Police Department');
  });
});

describe('founders, hosts and offices', () => {
  it('reads "It was set up in 2004 by X" as X founding the body of the sentence before', () => {
    expect(rels('The Harbour Crime Centre links units across the region. It was set up in 2004 by the Island Police Chiefs Council.'))
      .toContain('Island Police Chiefs Council FOUNDED Harbour Crime Centre');
  });
  it('reads "which is hosted by X in Y" and offices in a place', () => {
    const r = rels('The Regional Secretariat, which is hosted by the Harbour Police Service in Wellington, said so. The DEA shares data through its country office in Canberra.');
    expect(r).toContain('Regional Secretariat COOPERATES_WITH Harbour Police Service');
    expect(r).toContain('Regional Secretariat LOCATED_IN Wellington');
    expect(r).toContain('Drug Enforcement Administration LOCATED_IN Canberra');
  });
  it('takes "U.S. Drug Enforcement Administration" and "DEA" for one body', () => {
    const doc = extractDocument({ id: 't', text: 'The U.S. Drug Enforcement Administration helped. The DEA, which has an office in Asunción, said so.' });
    expect(doc.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
});

describe('schooling and second posts', () => {
  it('reads degrees named as titles and "a graduate of"', () => {
    const r = rels('Ms Orla Quennell-Vaz holds a Bachelor of Laws from the Harbour National University and a Master of Criminology from the University of Valdor. She is also a graduate of the FBI National Academy.');
    expect(r).toContain('Orla Quennell-Vaz EDUCATED_AT Harbour National University');
    expect(r).toContain('Orla Quennell-Vaz EDUCATED_AT University of Valdor');
    expect(r).toContain('Orla Quennell-Vaz EDUCATED_AT FBI National Academy');
  });
  it('reads a second post in the same apposition', () => {
    expect(rels('Maren Okoth-Vale, Inspector General of the Valdor Police Force and current chairperson of the Regional Council of Police Chiefs, said so.'))
      .toContain('Maren Okoth-Vale HOLDS_POSITION Regional Council of Police Chiefs');
  });
});

describe('lists of members and signatories', () => {
  it('reads the bodies on bulleted lines under "The member agencies are:"', () => {
    const r = rels('The Northern Customs Network links police and customs of five countries.\n\nThe member agencies are:\n• the Swedish Police Authority and Swedish Customs;\n• the Danish National Police.\n\nIt was chaired by Finland.');
    expect(r).toContain('Swedish Police Authority MEMBER_OF Northern Customs Network');
    expect(r).toContain('Swedish Customs MEMBER_OF Northern Customs Network');
    expect(r).toContain('Danish National Police MEMBER_OF Northern Customs Network');
  });
  it('reads signatories after "by heads of state of", every subject of "A and B signed … with C, D"', () => {
    const signed = rels('The Harbour Code was signed in 2013 by heads of state of the Coastal Economic Community and the Gulf Maritime Commission.');
    expect(signed).toContain('Coastal Economic Community COOPERATES_WITH Gulf Maritime Commission');
    const pact = rels('Việt Nam and Laos signed the memorandum with Cambodia and Thailand in 1993.');
    for (const pair of ['Vietnam COOPERATES_WITH Cambodia', 'Laos COOPERATES_WITH Cambodia', 'Laos COOPERATES_WITH Thailand']) expect(pact).toContain(pair);
  });
});

describe('heads, seats, taking part and crews', () => {
  it('reads "is headed by Rear Admiral P" and "whose secretariat is in X"', () => {
    const r = rels('The Regional Coordination Centre, which they set up in 2014, is headed by Rear Admiral Kofi Mensah-Boateng of the Ghana Navy. The Maritime Organization of the Coast (MOC), whose secretariat is in Abidjan, said so.');
    expect(r).toContain('Kofi Mensah-Boateng HOLDS_POSITION Regional Coordination Centre');
    expect(r).toContain('Maritime Organization of the Coast LOCATED_IN Abidjan');
  });
  it('reads "A and B will both take part in X" for both', () => {
    const r = rels('The Ghana Navy and the Togolese Navy will both take part in Exercise Coastal Shield, the annual exercise.');
    expect(r).toContain('Ghana Navy PARTICIPATED_IN Exercise Coastal Shield');
    expect(r).toContain('Togolese Navy PARTICIPATED_IN Exercise Coastal Shield');
  });
  it('reads "All 14 crew members were detained by X" as the persons named next, and "P, a Ghanaian," as nationality', () => {
    const r = rels('All 14 crew members were detained and handed over to the Narcotics Control Commission. On Tuesday the master, Tomo Perkov-Baric, 52, and the chief officer, Kojo Ampofo-Tetteh, a Ghanaian, were charged.');
    expect(r).toContain('Tomo Perkov-Baric ARRESTED_BY Narcotics Control Commission');
    expect(r).toContain('Kojo Ampofo-Tetteh ARRESTED_BY Narcotics Control Commission');
    expect(r).toContain('Kojo Ampofo-Tetteh NATIONALITY Ghana');
  });
});

describe('members brought together, funders in a list, a body and its place', () => {
  it('reads "brings together officers of A, B and C" and "funded by the Kingdom of X and by the Y"', () => {
    const r = rels('The Port Control Unit opened in May. The unit brings together officers of the Customs Administration of Valdor, the Valdor Police Force and the Military Police. The Port Control Unit was funded by the Kingdom of the Netherlands and by the Harbour Security Bureau.');
    expect(r).toContain('Customs Administration of Valdor MEMBER_OF Port Control Unit');
    expect(r).toContain('Military Police MEMBER_OF Port Control Unit');
    expect(r).toContain('Port Control Unit COOPERATES_WITH Netherlands');
    expect(r).toContain('Port Control Unit COOPERATES_WITH Harbour Security Bureau');
  });
  it('splits "the X Team in Algeciras and the Y Service" into a body, its place and a second body', () => {
    const found = extractDocument({ id: 't', text: "It was an investigation by the Guardia Civil's Organised Crime Team in Algeciras and the Customs Surveillance Service." }).entities.map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['Organised Crime Team', 'Algeciras', 'Customs Surveillance Service']));
  });
});

describe('thanks, heads after a comma, posts with a place, list lines', () => {
  it('reads "X thanks the A, the B detachment and C for their assistance"', () => {
    const r = rels('The Harbour Police Service thanks the Abbotsford Police Department, the Valley Police detachment and the Surrey Police Service for their assistance.');
    expect(r).toContain('Harbour Police Service COOPERATES_WITH Abbotsford Police Department');
    expect(r).toContain('Harbour Police Service COOPERATES_WITH Surrey Police Service');
  });
  it('reads ", headed by federal police chief P" and "P, the X superintendent in Y"', () => {
    const r = rels("It was led by the Federal Police's Drug Repression Unit in Itajaí, headed by federal police chief Otávio Lacerda Prates. The case is closed, said Renata Fagundes-Kuhn, the Federal Police superintendent in Santa Catarina.");
    expect(r).toContain('Otávio Lacerda Prates HOLDS_POSITION Drug Repression Unit');
    expect(r).toContain('Renata Fagundes-Kuhn HOLDS_POSITION Federal Police');
  });
  it('reads "a Spanish citizen, P," as nationality, and bodies on "Country: body" list lines', () => {
    expect(rels('The National Police arrested a Spanish citizen, Íñigo Berasategui Lasa, 41, in Valencia.')).toContain('Íñigo Berasategui Lasa NATIONALITY Spain');
    const found = extractDocument({ id: 't', text: 'Participating agencies:\n- Malaysia: Royal Malaysia Police\n- Fiji: Fiji Police Force\n\nThe course ended on Friday. It was opened by the Ministry of Health, Labour and Welfare.' }).entities.map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['Royal Malaysia Police', 'Fiji Police Force', 'Ministry of Health, Labour and Welfare']));
  });
});

describe('working together', () => {
  it('reads "working with", "together with" (for the unit a body owns) and "have each been charged by"', () => {
    expect(rels('The Border Services Agency intercepted a container and, working with the Harbour Crime Unit, let it through.')).toContain('Border Services Agency COOPERATES_WITH Harbour Crime Unit');
    expect(rels("The seizure was made by the National Police's Central Narcotics Brigade together with the Customs Surveillance Service.")).toContain('Central Narcotics Brigade COOPERATES_WITH Customs Surveillance Service');
    const charged = rels('Dalton Rusk-Meyer, 46, and Kevin Taranu-Vlad, 33, have each been charged by the Public Prosecution Service of Canada.');
    expect(charged).toContain('Dalton Rusk-Meyer CHARGED_BY Public Prosecution Service of Canada');
    expect(charged).toContain('Kevin Taranu-Vlad CHARGED_BY Public Prosecution Service of Canada');
  });
});

describe('participant lists', () => {
  it('reads the bodies and states on the lines under "The participants came from the following agencies:"', () => {
    const r = rels('The agency held the Coastal Drug Investigation Seminar in Fuchu.\n\nThe participants came from the following agencies:\n- Malaysia: Royal Malaysia Police\n- Fiji: Fiji Police Force\n\nThe seminar ended on Friday.');
    for (const x of ['Malaysia', 'Royal Malaysia Police', 'Fiji', 'Fiji Police Force']) expect(r).toContain(`${x} PARTICIPATED_IN Coastal Drug Investigation Seminar`);
  });
  it('does not read "The delegations agreed on the following outcomes:" as a participant list', () => {
    const r = rels('The Harbour Security Dialogue met in Ottawa.\n\nThe delegations agreed on the following outcomes:\n- closer controls at Manzanillo;\n- a hotline with UNODC.');
    expect(r.filter((x) => x.includes('PARTICIPATED_IN'))).toEqual([]);
  });
});

describe('hosts named with their short forms', () => {
  it('reads "The A (AA) and the B (BB) held the X" for both hosts', () => {
    const r = rels('The Harbour Police Agency (HPA) and the Coastal Cooperation Agency (CCA) held the Regional Drug Investigation Seminar in Fuchu.');
    expect(r).toContain('Harbour Police Agency PARTICIPATED_IN Regional Drug Investigation Seminar');
    expect(r).toContain('Coastal Cooperation Agency PARTICIPATED_IN Regional Drug Investigation Seminar');
    expect(r).toContain('Harbour Police Agency COOPERATES_WITH Coastal Cooperation Agency');
  });
});

describe('tips, interceptions and portfolios', () => {
  it('reads "Acting on intelligence provided by X, officers of the Y …" as X and Y working together, but not the body in an apposition', () => {
    const r = rels("Acting on intelligence provided by India's Narcotics Control Bureau (NCB), officers of the Customs Drug Investigation Bureau of the Customs and Excise Department seized the drums.");
    expect(r).toContain('Narcotics Control Bureau COOPERATES_WITH Customs Drug Investigation Bureau');
    expect(r).toContain('Customs Drug Investigation Bureau PART_OF Customs and Excise Department');
    expect(rels('It acted on intelligence from Combined Task Force 412, the counter-narcotics task force of the Combined Maritime Forces.')
      .filter((x) => x.includes('COOPERATES_WITH'))).toEqual([]);
  });
  it('reads "was intercepted at X" as an arrest there', () => {
    expect(rels('Lim Jun Hao, 31, was intercepted at Hong Kong International Airport by officers.')).toContain('Lim Jun Hao ARRESTED_BY Hong Kong International Airport');
  });
});

describe('posts named before their holders, code names', () => {
  it('gives "met the Director General of the X, Mr P" to P, not to the one who met him', () => {
    const r = rels('The Commissioner of Customs, Ms Louise Kwan Mei-lan, met the Director General of the Narcotics Control Bureau, Mr Sudhanshu Kaul, in New Delhi.');
    expect(r).toContain('Sudhanshu Kaul HOLDS_POSITION Narcotics Control Bureau');
    expect(r).not.toContain('Louise Kwan Mei-lan HOLDS_POSITION Narcotics Control Bureau');
  });
  it('reads "code-named Operation X by the Y"', () => {
    expect(rels('The investigation has been code-named Operation Chemline by the Narcotics Control Bureau.')).toContain('Narcotics Control Bureau PARTICIPATED_IN Operation Chemline');
  });
});

describe('arrest lists, "him", ages before nationality', () => {
  it('reads "a 44-year-old Turkish citizen" as nationality and "by X detectives" as the arresting body', () => {
    const r = rels('The driver, Mahsun Yildirimer, a 44-year-old Turkish citizen, was arrested at the scene by Customs Police detectives.');
    expect(r).toContain('Mahsun Yildirimer NATIONALITY Turkey');
    expect(r).toContain('Mahsun Yildirimer ARRESTED_BY Customs Police');
  });
  it('reads everyone named after the colon of "X officers in Y detained two men …:"', () => {
    const r = rels('Hours later, Border Police officers in Baghdad detained two men suspected of organising the shipment: Khaled Abdulkarim Hassoun, a Syrian national, and Dilshad Omer Sindi, an Iraqi citizen.');
    expect(r).toContain('Khaled Abdulkarim Hassoun ARRESTED_BY Border Police');
    expect(r).toContain('Dilshad Omer Sindi ARRESTED_BY Border Police');
    expect(r).toContain('Dilshad Omer Sindi ARRESTED_BY Baghdad');
  });
  it('reads "where the X charged him" for the person named before', () => {
    expect(rels('Hussein Abdallah Mwinyi was arrested on Saturday. He was arraigned on Monday, where the Office of the Director of Public Prosecutions charged him with trafficking.'))
      .toContain('Hussein Abdallah Mwinyi CHARGED_BY Office of the Director of Public Prosecutions');
  });
});

describe('regions, agreements signed by ministries, places of an operation', () => {
  it('reads "the Chapare region of Cochabamba" the right way round, next to "the Greek island of Corfu"', () => {
    const r = rels('The paste came from the Chapare region of Cochabamba. The boat reached the Greek island of Corfu.');
    expect(r).toContain('Chapare LOCATED_IN Cochabamba');
    expect(r).toContain('Corfu PART_OF Greece');
  });
  it("reads an agreement signed by Chile's A and Bolivia's B as the two bodies working together", () => {
    expect(rels("It follows a security agreement signed in Santiago in 2024 by Chile's Ministry of Security and Bolivia's Ministry of Government."))
      .toContain('Ministry of Security COOPERATES_WITH Ministry of Government');
  });
  it('reads the towns of arrests "during that operation" as where the operation took place', () => {
    const r = rels('The warrant followed Operation Tiburón Verde, a two-year investigation. Eleven people were arrested in Marbella, Estepona and Algeciras during that operation.');
    for (const town of ['Marbella', 'Estepona', 'Algeciras']) expect(r).toContain(`Operation Tiburón Verde LOCATED_IN ${town}`);
  });
});

describe('people of a body, nationalities before occupations, having taken part', () => {
  it('reads "judge P, of the X in Y," and "a Syrian chemist, P," and "A German buyer, P,"', () => {
    const r = rels('Military investigating judge Rania Kfoury-Aoun, of the Military Court in Beirut, ordered their arrest. Four people were detained, among them a Syrian chemist, Louay Khattab al-Omari. A German buyer, Steffen Uhlig-Brandner, 41, was arrested.');
    expect(r).toContain('Rania Kfoury-Aoun HOLDS_POSITION Military Court');
    expect(r).toContain('Louay Khattab al-Omari NATIONALITY Syria');
    expect(r).toContain('Steffen Uhlig-Brandner NATIONALITY Germany');
  });
  it("reads \"has taken part in the WCO's Operation X\" and \"The course was organized by X\"", () => {
    const r = rels("The Maldives Customs Service has taken part in the WCO's Operation Ocean Guard. The Karachi Container Course ran for two weeks. The course was organized by the Harbour Training Office.");
    expect(r).toContain('Maldives Customs Service PARTICIPATED_IN Operation Ocean Guard');
    expect(r).toContain('Harbour Training Office PARTICIPATED_IN Karachi Container Course');
  });
});

describe('partners', () => {
  it('reads \'X is "a long-standing partner" of Y\' as cooperation', () => {
    expect(rels('The Border Intelligence Bureau is "a long-standing partner" of the Lebanese Army, the statement said.')).toContain('Border Intelligence Bureau COOPERATES_WITH Lebanese Army');
  });
});
