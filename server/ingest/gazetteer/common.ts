// Common English words that start sentences or fill title-case headings:
// a capitalized token in this list is never, alone, part of a name.
const WORDS = `
a about above according across after again against ago ahead all almost along already also although always am among an
and another any anything are around as asked at away back be because been before being below between both but by can
could did do does doing done down during each early either else even ever every few first following for former from
further given had has have having he her here hers him his how however i if in including inside instead into is it its
just last late later least less like many may me meanwhile might more most much must my near nearly never new next no
nor not now of off often on once one only onto or other others our out over own per perhaps please rather recently same
several she should since so some still such than that the their them then there these they this those though three
through throughout thus to today together too two under unless until up upon us very via was we were what when where
whether which while who whom whose why will with within without would yet you your yesterday tomorrow tonight despite
amid against beyond toward towards whereas similarly additionally moreover furthermore nevertheless nonetheless meanwhile
advertisement photo video read more learn get sign subscribe share post comment updated published related back home
news world national international global local regional senior junior chief deputy assistant vice former acting
security public police crime criminal drug drugs law enforcement justice state states federal central general special
joint new old first second third last top high low major minor great big small chinese american government official
officials authority authorities agency ministry department bureau office committee council court commission group team
party network crisis cooperation collaboration fight war trade trafficking illegal illicit counter counternarcotics
narcotics control investigation economic border fire prison traffic counterterrorism terrorism cyber cybercrime fraud
focus action actions age nationality notice notices red yellow green blue black white wanted missing persons person
member members since sub responsible essential operational serving liaising coordinating conducting providing assisting
ensuring gathering maintaining administrative prevention riot days day week month year years time times original source
link running office election conservative campaign consulting strategies strategy linkage fentanyl heroin morphine
in-depth closed-door high-level thousands hundreds dozens millions billions some most many officers officer agents agent
unravelling promotes promoted highly decorated asked order service services training program programme initiative
president minister director secretary ambassador adviser professor spokesman spokeswoman mr mrs ms dr sir madam
north south east west northern southern eastern western northeastern northwestern southeastern southwestern
human rights intellectual property environmental wildlife customs maritime coast guard navy army military defence defense
homeland treasury finance foreign affairs interior commerce health education energy transport agriculture labour labor
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
