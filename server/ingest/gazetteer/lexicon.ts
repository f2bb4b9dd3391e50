// Word lists for typing and relation patterns: event and "other" heads,
// titles and roles, and common words that are never names.
export const EVENT_HEADS = new Set([
  'summit', 'conference', 'assembly', 'forum', 'seminar', 'symposium', 'meeting', 'congress', 'games', 'olympics',
  'universiade', 'cup', 'championship', 'championships', 'expo', 'exhibition', 'dialogue', 'workshop', 'festival',
  'day', 'week', 'convention', 'talks', 'exercise', 'drill', 'campaign', 'session',
]);

/** Heads of events that are always events ("Operation X"), checked at the start of a name. */
export const EVENT_LEADING = new Set(['operation', 'project']);

export const OTHER_HEADS = new Set([
  'initiative', 'act', 'law', 'program', 'programme', 'strategy', 'notice', 'notices', 'award', 'treaty', 'plan', 'policy',
  'agreement', 'declaration', 'protocol', 'memorandum', 'framework', 'doctrine', 'code', 'system', 'database', 'platform',
  'fund', 'prize', 'communique', 'communiqué', 'roadmap', 'charter', 'accord', 'resolution', 'bill', 'directive', 'regulation', 'rules', 'mechanism',
]);

/** Role and title words; a phrase made of them before or after a name is a post. */
export const ROLE_WORDS = new Set([
  'president', 'vice-president', 'minister', 'vice-minister', 'secretary', 'general', 'director', 'director-general',
  'deputy', 'assistant', 'chief', 'head', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'adviser', 'advisor', 'counsellor', 'counselor', 'commissioner', 'governor', 'mayor', 'premier',
  'prime', 'king', 'queen', 'senator', 'congressman', 'congresswoman', 'representative', 'judge', 'prosecutor', 'attorney',
  'officer', 'official', 'inspector', 'superintendent', 'commander', 'colonel', 'captain', 'lieutenant', 'sergeant',
  'professor', 'researcher', 'analyst', 'fellow', 'lecturer', 'dean', 'founder', 'leader', 'member', 'councilor',
  'councillor', 'undersecretary', 'under-secretary', 'executive', 'manager', 'coordinator', 'administrator', 'auditor',
  'counterpart', 'vice', 'senior', 'junior', 'acting', 'former', 'interim', 'state', 'first', 'second', 'editor',
  'correspondent', 'reporter', 'expert', 'specialist', 'consultant', 'agent', 'detective', 'constable', 'marshal',
  'principal', 'chancellor', 'investigator', 'lawyer', 'diplomat', 'journalist', 'scientist', 'economist', 'scholar',
  'activist', 'spy', 'smuggler', 'trafficker', 'kingpin', 'businessman', 'businesswoman', 'broker', 'chemist', 'boss', 'secretary-general', 'commissar', 'attaché', 'attache', 'liaison', 'delegate', 'mr', 'mrs', 'ms', 'dr',
]);

/** Titles that may stand right before a name in running text ("President Biden", "Mr. Okafor"). */
export const NAME_TITLES = new Set([
  'president', 'minister', 'vice-minister', 'secretary', 'general', 'director', 'ambassador', 'governor', 'mayor', 'premier',
  'chairman', 'senator', 'judge', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'sir', 'inspector', 'commissioner',
  'superintendent', 'colonel', 'captain', 'lieutenant', 'sergeant', 'commander', 'chief', 'counterpart', 'spokeswoman',
  'spokesman', 'spokesperson', 'adviser', 'advisor', 'officer', 'official', 'national', 'citizen', 'suspect', 'detective',
  'king', 'queen', 'prince', 'councilor', 'councillor', 'envoy', 'attorney', 'prosecutor', 'founder', 'vice-president',
  'director-general', 'secretary-general', 'counsellor', 'counselor', 'deputy', 'assistant', 'head',
]);

/** Speech and cognition verbs that follow a person's name. */
export const SAY_VERBS = /^(?:said|says|told|added|noted|explained|stressed|announced|warned|urged|argued|wrote|stated|insisted|emphasized|emphasised|claimed|asked|replied|declared|commented|confirmed|met|visited|called|pledged|vowed)\b/;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
