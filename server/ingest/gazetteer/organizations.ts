// Well-known international and national bodies, and the head words that mark
// a capitalized phrase as an organization. General knowledge only.
export interface OrgEntry { name: string; aliases: string[] }

export const KNOWN_ORGANIZATIONS: OrgEntry[] = [
  { name: 'INTERPOL', aliases: ['Interpol', 'International Criminal Police Organization', 'ICPO'] },
  { name: 'Eurojust', aliases: ['European Union Agency for Criminal Justice Cooperation'] },
  { name: 'Frontex', aliases: ['European Border and Coast Guard Agency'] },
  { name: 'Guardia Civil', aliases: [] },
  { name: 'Carabinieri', aliases: [] },
  { name: 'Bundeskriminalamt', aliases: ['BKA', 'Federal Criminal Police Office'] },
  { name: 'Royal Canadian Mounted Police', aliases: ['RCMP'] },
  { name: 'Australian Federal Police', aliases: ['AFP'] },
  { name: 'National Crime Agency', aliases: ['NCA'] },
  { name: 'Europol', aliases: ['EUROPOL', 'European Union Agency for Law Enforcement Cooperation'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'World Customs Organization', aliases: ['WCO'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'ASEANAPOL', aliases: [] },
  { name: 'AFRIPOL', aliases: [] },
  { name: 'AMERIPOL', aliases: [] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { name: 'FIFA', aliases: [] },
  { name: 'International Narcotics Control Board', aliases: ['INCB'] },
  { name: 'Financial Action Task Force', aliases: ['FATF'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization', 'SCO'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'Organization of American States', aliases: ['OAS'] },
  { name: 'G20', aliases: ['Group of Twenty'] },
  { name: 'BRICS', aliases: [] },
  { name: 'APEC', aliases: ['Asia-Pacific Economic Cooperation'] },
  { name: 'Drug Enforcement Administration', aliases: ['DEA'] },
  { name: 'Federal Bureau of Investigation', aliases: ['FBI'] },
  { name: 'Central Intelligence Agency', aliases: ['CIA'] },
  { name: 'Department of Homeland Security', aliases: ['DHS'] },
  { name: 'Department of Justice', aliases: ['DOJ', 'Justice Department'] },
  { name: 'Department of State', aliases: ['State Department'] },
  { name: 'Department of the Treasury', aliases: ['Treasury Department', 'Department of Treasury'] },
  { name: 'Chinese Communist Party', aliases: ['CCP', 'Communist Party of China', 'CPC'] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'White House', aliases: [] },
  { name: 'Kremlin', aliases: [] },
  { name: 'Pentagon', aliases: [] },
  { name: 'Reuters', aliases: [] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'] },
  { name: 'HM Treasury', aliases: ["Her Majesty's Treasury", "His Majesty's Treasury"] },
  { name: 'An Garda Síochána', aliases: ['Garda Síochána', 'Garda Siochana', 'Gardaí', 'the Garda'] },
  { name: 'HM Revenue and Customs', aliases: ['HMRC'] },
  // Armed and criminal groups the genre names without a head word.
  { name: 'Taliban', aliases: ['the Taliban'] },
  { name: "'Ndrangheta", aliases: ['Ndrangheta'] },
  { name: 'Camorra', aliases: [] },
  { name: 'Cosa Nostra', aliases: [] },
  { name: 'Clan del Golfo', aliases: ['Gulf Clan'] },
  { name: 'Tren de Aragua', aliases: [] },
  { name: 'Primeiro Comando da Capital', aliases: ['PCC'] },
  { name: 'Comando Vermelho', aliases: [] },
  { name: 'Los Zetas', aliases: ['Zetas'] },
  { name: 'MS-13', aliases: ['Mara Salvatrucha'] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Al-Shabaab', aliases: ['al-Shabaab', 'Al Shabaab'] },
  { name: 'Boko Haram', aliases: [] },
  { name: 'Yamaguchi-gumi', aliases: [] },
  { name: 'Hells Angels', aliases: [] },
  { name: 'FARC', aliases: ['Revolutionary Armed Forces of Colombia'] },
  { name: 'ELN', aliases: ['National Liberation Army'] },
  { name: 'Shining Path', aliases: ['Sendero Luminoso'] },
  { name: 'United Wa State Army', aliases: ['UWSA'] },
];

/** Final (or leading, with "of") words of organization names. Plurals are folded by the matcher. */
export const ORG_HEADS = new Set([
  'ministry', 'bureau', 'department', 'agency', 'police', 'community', 'university', 'institute', 'institution', 'committee', 'council',
  'court', 'commission', 'office', 'administration', 'service', 'services', 'force', 'forces', 'division', 'directorate',
  'secretariat', 'organization', 'organisation', 'association', 'federation', 'union', 'party', 'group', 'team', 'unit',
  'centre', 'center', 'centers', 'centres', 'authority', 'board', 'customs', 'procuratorate', 'academy', 'college', 'school',
  'foundation', 'corporation', 'company', 'bank', 'embassy', 'consulate', 'parliament', 'congress', 'senate', 'assembly',
  'government', 'cabinet', 'guard', 'army', 'navy', 'command', 'network', 'society', 'times', 'post', 'daily', 'news',
  'press', 'journal', 'tribune', 'herald', 'gazette', 'inc', 'ltd', 'corp', 'co', 'llc', 'sub-bureau', 'taskforce',
  'interpol', 'europol', 'cartel', 'syndicate', 'triad', 'mafia', 'coalition', 'alliance', 'mission', 'watchdog', 'tribunal', 'prosecutor', 'constabulary', 'gendarmerie',
  'investigations', 'inspectorate', 'brigade', 'squad', 'corps', 'procuracy', 'judiciary', 'laboratory', 'judgeship',
  'community', 'policía', 'polícia', 'policia', 'polizia', 'politie', 'polizei', 'carabinieri', 'guardia', 'gendarmería', 'gendarmeria',
  'observatory', 'partnership', 'holdings', 'enterprises', 'industries', 'pharmaceuticals', 'logistics', 'airlines', 'airways', 'ministries',
  // Spanish and Portuguese bodies name their head first: "Audiencia Nacional", "Fiscalía General".
  'audiencia', 'fiscalía', 'fiscalia', 'procuraduría', 'procuraduria', 'ministerio', 'ministério', 'secretaría', 'dirección', 'direção', 'superintendencia', 'juzgado', 'servicio',
  // Courts' benches and law offices: "Criminal Cassation Chamber", "Attorney-General's Chambers".
  'chamber', 'chambers',
  // Units of a police force or army: "Central Crime Branch", "Border Troops".
  'branch', 'troops',
  // Banks and universities in the same languages: "Banco Austral de X", "Universidad de Y".
  'banco', 'banca', 'universidad', 'universidade',
  // Company forms: "Cambios Atlántico SL", "Fjeldsø Logistik ApS", "NovaPay Europe UAB".
  'sl', 'aps', 'uab', 'gmbh', 'bv', 'plc', 'srl', 'sarl', 'pty', 'ltda', 'limited', 'llp', 'oy', 'shipping', 'lines', 'trading',
  // tune17: more company forms written after the name ("X Services AG", "X Riviera SAM", "X Chemicals JSC", "X d.o.o.", "X S.R.L.").
  'ag', 'sam', 'spa', 'jsc', 'pjsc', 'ojsc', 'kft', 'nv', 'sas', 'ooo', 'sro', 'doo', 'd.o.o.', 's.r.l.', 's.a.', 's.p.a.', 's.l.', 'b.v.', 'n.v.', 's.r.o.', 's.a.s.',
]);

/** Company forms that close a company's name: what follows "of" after one is where it is ("X S.R.L. of Rosario"). */
export const COMPANY_FORMS = new Set(['ltd', 'ltd.', 'inc', 'inc.', 'llc', 'gmbh', 'ag', 'sa', 'sam', 'spa', 'jsc', 'pjsc', 'kft', 'nv', 'bv', 'sl', 'srl', 'sarl',
  'sas', 'ooo', 'plc', 'pty', 'ltda', 'llp', 'oy', 'aps', 'uab', 'd.o.o.', 's.r.l.', 's.a.', 's.p.a.', 's.l.', 'b.v.', 'n.v.', 's.r.o.', 's.a.s.']);

/** Heads that also start a name ("Ministry of X", "University of Y"). */
export const ORG_LEADING_HEADS = new Set([
  'ministry', 'department', 'bureau', 'university', 'institute', 'office', 'academy', 'college', 'school', 'court', 'council',
  'committee', 'commission', 'federation', 'association', 'organization', 'organisation', 'centre', 'center', 'centers',
  'centres', 'directorate', 'administration', 'agency', 'division', 'union', 'embassy', 'consulate', 'secretariat', 'board',
  'policía', 'polícia', 'policia', 'polizia', 'guardia', 'gendarmería', 'gendarmeria',
  'audiencia', 'fiscalía', 'fiscalia', 'procuraduría', 'procuraduria', 'ministerio', 'ministério', 'secretaría', 'dirección', 'direção', 'superintendencia', 'juzgado',
]);

/** Lower-case heads that make a descriptive org name after a name or demonym ("Kenyan foreign ministry"). */
export const LOWER_ORG_HEADS = new Set([
  'ministry', 'embassy', 'consulate', 'committee', 'bureau', 'division', 'department', 'police force', 'watchdog',
  'executive committee', 'police', 'customs', 'coast guard', 'navy', 'army', 'parliament', 'cabinet', 'secretariat',
]);
