// Entity detection added for the fourth round (names with nicknames and titles
// inside, numbered meetings, Romance connectors, foreign-language bodies,
// places inside person names, splits and merges). Every sentence is made up.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const entities = (text: string) => extractDocument({ id: 't', text }).entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases ?? [] }));
const has = (text: string, type: string, name: string) => entities(text).some((e) => e.type === type && e.name === name);
const named = (text: string, name: string) => entities(text).some((e) => e.name === name);

describe('titles and nicknames inside person names', () => {
  it('drops a naval rank and an authorship title', () => {
    const text = 'Rear Admiral Tomasz Wielgorski, head of the Coastal Narcotics Bureau, opened the talks. Co-author Mirela Dragsund, a researcher at the institute, disagreed.';
    expect(has(text, 'Person', 'Tomasz Wielgorski')).toBe(true);
    expect(has(text, 'Person', 'Mirela Dragsund')).toBe(true);
    expect(named(text, 'Admiral Tomasz Wielgorski')).toBe(false);
  });
  it('reads a role noun capitalized at the start of a sentence as a title', () => {
    expect(has('Courier Brannon Holt-Vey, 31, was given nine years.', 'Person', 'Brannon Holt-Vey')).toBe(true);
  });
  it('leaves a quoted nickname out of the name and finds the surname again', () => {
    const text = 'Dermot "the Quartermaster" Keeble-Orr, 52, was flown back from Lisbon. Keeble-Orr was charged the next day.';
    const person = entities(text).find((e) => e.type === 'Person');
    expect(person?.name).toBe('Dermot Keeble-Orr');
    expect(entities(text).filter((e) => e.type === 'Person')).toHaveLength(1);
  });
});

describe('a known place inside a person name', () => {
  it('keeps a town between a given name and a surname', () => {
    const text = 'Lucia Toledo Varandas, a senior investigator, took over the unit.';
    expect(has(text, 'Person', 'Lucia Toledo Varandas')).toBe(true);
    expect(named(text, 'Toledo')).toBe(false);
  });
  it('keeps a country after a title word and before a surname', () => {
    expect(has('Courier Chad Pellow-Ames, 24, was jailed.', 'Person', 'Chad Pellow-Ames')).toBe(true);
  });
  it('does not swallow the place of a portfolio', () => {
    const text = 'The Ambassador to Peru Daniel Voss was also present.';
    expect(has(text, 'Location', 'Peru')).toBe(true);
    expect(has(text, 'Person', 'Daniel Voss')).toBe(true);
  });
});

describe('numbered meetings', () => {
  it('names a meeting of a named body in lower case as an event, keeping the body', () => {
    const text = 'Officials co-chaired the sixth meeting of the Baltic Precursor Working Group in Riga on May 3.';
    expect(has(text, 'Event', 'sixth meeting of the Baltic Precursor Working Group')).toBe(true);
    expect(has(text, 'Organization', 'Baltic Precursor Working Group')).toBe(true);
  });
  it('takes a capitalized meeting with a region list and an acronym as one name', () => {
    const text = 'The twenty-second Meeting of Heads of Coastal Drug Agencies, Africa and the Middle East (HCDA AME) closed in Accra.';
    const e = entities(text).find((x) => x.type === 'Event');
    expect(e?.name).toBe('twenty-second Meeting of Heads of Coastal Drug Agencies, Africa and the Middle East');
    expect(e?.aliases).toContain('HCDA AME');
  });
});

describe('Romance connectors and foreign bodies', () => {
  it('joins names with da and del', () => {
    const text = 'Police moved against the Frente da Serra (FDS). Boats carried cocaine for the Cartel del Sur, the largest trafficking organization in the region.';
    expect(has(text, 'Organization', 'Frente da Serra')).toBe(true);
    expect(has(text, 'Organization', 'Cartel del Sur')).toBe(true);
  });
  it('reads a foreign head word with lower-case words and an acronym as one body', () => {
    expect(has('The file went to the Brigade maritime-stups (BMS), the coastal drug squad.', 'Organization', 'Brigade maritime-stups')).toBe(true);
    expect(named('Police arrested two men (TWO) at the port.', 'Police arrested two men')).toBe(false);
  });
  it('extends a known town by a Romance tail and reads a three-word town after "city of"', () => {
    const text = 'Raids took place in Lima, Rio Grande do Norte and the border city of San Juan Bautista last week.';
    expect(has(text, 'Location', 'San Juan Bautista')).toBe(true);
  });
});

describe('splits and merges', () => {
  it('keeps a directorate of a lower-case-free portfolio whole', () => {
    const text = 'The unit is part of the General Directorate of Border Police, officials said.';
    expect(has(text, 'Organization', 'General Directorate of Border Police')).toBe(true);
    expect(named(text, 'Border Police')).toBe(false);
  });
  it('splits an acronym from a second name after "and the"', () => {
    const text = 'The NDCA and the Regional Maritime Intelligence Centre (RMIC) in Muscat shared data.';
    expect(has(text, 'Organization', 'NDCA')).toBe(true);
    const centre = entities(text).find((e) => e.name === 'Regional Maritime Intelligence Centre');
    expect(centre?.aliases).toContain('RMIC');
  });
  it('resolves a listed acronym to the name it was defined for', () => {
    const text = 'It worked with the Police Community of the Americas (AMERIPOL). Data went through AMERIPOL.';
    expect(entities(text).filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
});
