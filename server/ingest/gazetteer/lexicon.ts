// Word lists for typing and relation patterns: event and "other" heads,
// titles and roles, and common words that are never names.
export const EVENT_HEADS = new Set([
  'summit', 'conference', 'assembly', 'forum', 'seminar', 'symposium', 'meeting', 'congress', 'games', 'olympics',
  'universiade', 'cup', 'championship', 'championships', 'expo', 'exhibition', 'dialogue', 'workshop', 'festival',
  'day', 'week', 'convention', 'talks', 'exercise', 'drill', 'campaign', 'session', 'consultation', 'consultations', 'retreat',
  'roundtable', 'colloquium', 'ceremony', 'plenary', 'hackathon', 'tournament', 'marathon', 'olympiad', 'games', 'days',
  'meeting', 'meetings', 'workshops', 'webinar', 'course', 'bootcamp', 'simulation', 'mission', 'operation',
]);

/** Heads of events that are always events ("Operation X"), checked at the start of a name. */
export const EVENT_LEADING = new Set(['operation', 'project']);

export const OTHER_HEADS = new Set([
  'initiative', 'act', 'law', 'program', 'programme', 'strategy', 'notice', 'notices', 'award', 'treaty', 'plan', 'policy',
  'agreement', 'declaration', 'protocol', 'memorandum', 'framework', 'doctrine', 'code', 'system', 'database', 'platform',
  'fund', 'prize', 'communique', 'communiqué', 'roadmap', 'charter', 'accord', 'resolution', 'bill', 'directive', 'regulation', 'rules', 'mechanism',
  'statement', 'pact', 'compact', 'statute', 'decree', 'ordinance', 'amendment', 'guidelines', 'toolkit', 'portal', 'hotline',
  'registry', 'agenda', 'report', 'scheme', 'index', 'handbook', 'manual', 'standard', 'standards', 'app', 'programmes', 'programs',
]);

/** Role and title words; a phrase made of them before or after a name is a post. */
export const ROLE_WORDS = new Set([
  'president', 'vice-president', 'minister', 'vice-minister', 'secretary', 'general', 'director', 'director-general',
  'deputy', 'assistant', 'chief', 'head', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'adviser', 'advisor', 'counsellor', 'counselor', 'counsel', 'commissioner', 'comptroller', 'governor', 'mayor', 'premier',
  'prime', 'king', 'queen', 'senator', 'congressman', 'congresswoman', 'representative', 'judge', 'prosecutor', 'attorney',
  'officer', 'official', 'inspector', 'superintendent', 'commander', 'colonel', 'captain', 'lieutenant', 'sergeant',
  'professor', 'researcher', 'analyst', 'fellow', 'lecturer', 'dean', 'founder', 'leader', 'member', 'councilor',
  'councillor', 'undersecretary', 'under-secretary', 'executive', 'manager', 'coordinator', 'administrator', 'auditor',
  'counterpart', 'vice', 'senior', 'junior', 'acting', 'former', 'interim', 'state', 'first', 'second', 'editor',
  'correspondent', 'reporter', 'expert', 'specialist', 'consultant', 'agent', 'detective', 'constable', 'marshal',
  'principal', 'chancellor', 'investigator', 'lawyer', 'diplomat', 'journalist', 'scientist', 'economist', 'scholar',
  'activist', 'spy', 'smuggler', 'trafficker', 'kingpin', 'businessman', 'businesswoman', 'broker', 'chemist', 'boss', 'secretary-general', 'commissar', 'attaché', 'attache', 'chargé', "d'affaires", 'd’affaires', 'liaison', 'delegate', 'mr', 'mrs', 'ms', 'dr',
  // Naval and flag ranks, and authorship ("Vice Admiral X", "Co-author X").
  'admiral', 'commodore', 'brigadier', 'author', 'co-author',
  'chairperson', 'vice-chair', 'vice-chairperson', 'commandant', 'registrar', 'ombudsman', 'controller', 'rector',
  // Court officers of common-law systems: "Senior State Advocate X".
  'advocate',
  // tune17: a magistrate and a member of parliament before a name ("Chief Magistrate X", "Lawmaker X"), and police
  // ranks of French- and German-speaking forces written in their own language ("Commissaire divisionnaire X",
  // "Kriminalhauptkommissar X"): words of a post, never part of the name.
  'lawmaker', 'legislator', 'parliamentarian', 'divisionnaire', 'commissaire', 'inspecteur',
  'kommissar', 'kriminalkommissar', 'kriminaloberkommissar', 'kriminalhauptkommissar', 'polizeihauptkommissar', 'polizeikommissar',
  'kriminaldirektor', 'kriminalrat', 'comisario', 'subcomisario', 'comandante',
]);

/** Titles that may stand right before a name in running text ("President Okafor", "Mr. Mensah"). */
export const NAME_TITLES = new Set([
  'president', 'minister', 'vice-minister', 'secretary', 'general', 'director', 'ambassador', 'governor', 'mayor', 'premier',
  'chairman', 'senator', 'judge', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'sir', 'inspector', 'commissioner',
  'superintendent', 'colonel', 'captain', 'lieutenant', 'sergeant', 'commander', 'chief', 'counterpart', 'spokeswoman',
  'spokesman', 'spokesperson', 'adviser', 'advisor', 'officer', 'official', 'national', 'citizen', 'suspect', 'detective',
  'king', 'queen', 'prince', 'councilor', 'councillor', 'envoy', 'attorney', 'prosecutor', 'founder', 'vice-president',
  'director-general', 'secretary-general', 'counsellor', 'counselor', 'counsel', 'deputy', 'assistant', 'head',
  // tune17 (see ROLE_WORDS)
  'lawmaker', 'legislator', 'divisionnaire', 'commissaire', 'kriminalhauptkommissar', 'kriminalkommissar',
  'kriminaloberkommissar', 'polizeihauptkommissar', 'comisario',
]);

/** Speech and cognition verbs that follow a person's name. */
export const SAY_VERBS = /^(?:said|says|told|added|noted|explained|stressed|announced|warned|urged|argued|wrote|stated|insisted|emphasized|emphasised|claimed|asked|replied|declared|commented|confirmed|met|visited|called|pledged|vowed)\b/;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Abbreviated titles and ranks written with a full stop before a name: "Pol. Gen.", "Lt. Col.", "Insp.", "Hon.". */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'pol', 'gen', 'lt', 'col', 'maj', 'brig', 'capt', 'cpt', 'insp', 'supt', 'det', 'sgt', 'cmdr',
  'cdr', 'adm', 'cpl', 'pvt', 'hon', 'rev', 'sen', 'rep', 'gov', 'amb', 'atty', 'comm', 'commr', 'asst', 'dep', 'lieut', 'dir',
  // Academic titles written before names in Indonesia and the Netherlands: "Dr. Ir. X", "Drs. X".
  'ir', 'drs', 'dra',
]);

/** Heads of named sites (venues, ports, natural features): "National Convention Centre", "Port of X", "Mekong River". */
export const LOCATION_HEADS = new Set([
  'hotel', 'stadium', 'arena', 'airport', 'airfield', 'airbase', 'port', 'seaport', 'harbour', 'harbor', 'terminal', 'palace',
  'palais', 'square', 'bridge', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands', 'sea', 'ocean', 'gulf', 'bay',
  'strait', 'straits', 'valley', 'desert', 'street', 'avenue', 'road', 'highway', 'park', 'plaza', 'tower', 'towers',
  'complex', 'peninsula', 'coast', 'canal', 'crossing', 'checkpoint', 'resort', 'triangle', 'crescent', 'corridor', 'basin',
  'province', 'county', 'prefecture', 'municipality', 'region', 'oblast', 'territory', 'hall', 'district', 'governorate',
  'falls', 'hills', 'beach', 'point', 'reef', 'lagoon', 'delta', 'plateau', 'springs', 'atoll', 'archipelago',
  // Where suspects are held: "X Prison", "Y Remand Centre" are sites, not bodies.
  'prison', 'jail', 'penitentiary',
]);

/** Words before "Centre"/"Center" that make it a venue, not a body: "Convention Centre", "Exhibition Center". */
export const VENUE_CENTRE = /^(?:convention|conference|congress|exhibition|expo|trade|events?|shopping|sports?|civic|cultural|media|press|world trade|cargo|mail|freight|logistics|sorting)$/;

/** Lower-case words before a name that say it is a person's: "prosecutor X", "defendant X", "suspect X". */
export const PERSON_CUES = new Set([
  'suspect', 'suspects', 'defendant', 'defendants', 'accused', 'fugitive', 'fugitives', 'victim', 'victims', 'witness',
  'ringleader', 'courier', 'mule', 'dealer', 'informant', 'mastermind', 'national', 'nationals', 'citizen', 'citizens',
  'resident', 'native', 'businessman', 'businesswoman', 'prosecutor', 'prosecutors', 'spokesman', 'spokeswoman',
  'spokesperson', 'lawyer', 'attorney', 'counsel', 'judge', 'detective', 'inspector', 'officer', 'agent', 'convict',
  'inmate', 'prisoner', 'detainee', 'boss', 'leader', 'kingpin', 'trafficker', 'smuggler', 'chemist', 'broker', 'financier', 'launderer',
  'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'partner', 'associate', 'co-defendant',
  'colleague', 'deputy', 'successor', 'predecessor', 'veteran', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame',
]);

/** Verbs (after an optional auxiliary) that take a person as subject: "X was sentenced", "X resigned". */
export const PERSON_VERBS = /^(?:(?:was|were|has been|had been|is|will be|has|had|have|also|later|previously|formerly|then|reportedly|allegedly)\s+){0,2}(?:sentenced|appointed|resigned|graduated|served|joined|met|pleaded|pled|confessed|testified|admitted|born|arrested|charged|indicted|elected|re-elected|promoted|sworn|nominated|retired|married|fled|escaped|extradited|convicted|acquitted|jailed|imprisoned|detained|deported|died|succeeded|succeeds|replaced|replaces|studied|earned|holds|held|worked|led|heads|headed|chairs|chaired|took office|assumed|was named|named)\b/;

/** Name particles that stand in lower case inside a name: "Joost van Kerkhove", "Luiz da Silva", "Faris bin Rahim". */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'das', 'dos', 'do', 'di', 'del', 'della', 'der', 'den', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'af', 'zu']);

/** Honorifics that precede a name without being part of it: "Datuk Seri X", "Tan Sri X", "Sheikh X". */
export const HONORIFICS = new Set(['datuk', 'dato', "dato'", 'datin', 'seri', 'sri', 'tun', 'toh', 'puan', 'haji', 'hajah', 'pehin', 'sheikh', 'shaikh', 'sayyid', 'sir', 'dame', 'lord', 'lady', 'hon.', 'hon', 'honourable', 'honorable', 'excellency']);
