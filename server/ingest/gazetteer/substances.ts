// Drugs, precursor chemicals and other controlled goods, matched case-insensitively.
// Canonical spelling first; the matcher accepts plural "s" for common nouns.
export const SUBSTANCES: string[] = [
  'fentanyl', 'carfentanil', 'acetylfentanyl', 'furanylfentanyl', 'sufentanil', 'remifentanil', 'alfentanil', 'nitazene', 'nitazenes',
  'heroin', 'morphine', 'opium', 'codeine', 'oxycodone', 'hydrocodone', 'tramadol', 'methadone', 'buprenorphine', 'xylazine',
  'cocaine', 'crack cocaine', 'methamphetamine', 'amphetamine', 'amphetamines', 'ecstasy', 'MDMA', 'ketamine', 'cannabis',
  'marijuana', 'hashish', 'LSD', 'captagon', 'khat', 'kratom', 'ephedrine', 'pseudoephedrine', 'GHB', 'PCP', 'yaba', 'ice',
  'synthetic cannabinoids', 'cathinone', 'mephedrone', 'benzodiazepines', 'tapentadol', 'psilocybin', 'fenethylline',
  'cathine', 'fentanyl analogues', 'fentanyl analogs', 'dagga', 'hydroponic cannabis',
  // plants and raw forms
  'opium poppy', 'poppy', 'coca leaf', 'coca paste', 'cocaine base', 'cocaine paste', 'cocaine base paste', 'cocaine hydrochloride',
  'morphine base', 'heroin base', 'ephedra', 'ganja', 'shabu', 'cannabis resin', 'kush', 'crystal meth', 'crystal methamphetamine', 'meth',
  'methaqualone', 'mandrax', 'syabu', 'pregabalin', 'nitrous oxide', 'pink cocaine', 'tusi',
  // newer synthetic opioids, sedatives and stimulants seen in the trade
  'protonitazene', 'metonitazene', 'isotonitazene', 'etonitazene', 'butonitazene', 'medetomidine', 'bromazolam', 'etizolam', 'alpha-PVP',
  // an anaesthetic sold in vape cartridges
  'etomidate',
  // anabolic steroids made and sold without licence (a base name and its common esters)
  'anabolic steroids', 'nandrolone', 'nandrolone decanoate', 'testosterone enanthate', 'testosterone cypionate', 'testosterone propionate',
  'trenbolone', 'trenbolone acetate', 'trenbolone enanthate', 'stanozolol', 'boldenone', 'oxandrolone', 'methandienone',
  // fentanyl and methamphetamine precursors
  '4-ANPP', 'ANPP', 'NPP', 'N-phenethyl-4-piperidone', '4-AP', '1-boc-4-AP', 'norfentanyl', 'piperidine', 'P2P',
  'phenylacetone', '1-phenyl-2-propanone', 'safrole', 'PMK', 'BMK', 'APAA', 'acetic anhydride', 'potassium permanganate', 'red phosphorus',
  'methylamine', 'precursor chemicals', 'acetone', 'sulfuric acid', 'sulphuric acid', 'hydrochloric acid', 'kerosene', 'toluene',
  '4-piperidone', 'APAAN', 'o-chlorophenyl cyclopentyl ketone', 'o-CPCK', 'hydroxylimine', 'caffeine', 'levamisole', 'phenacetin', 'lidocaine', 'methyl glycidate', 'P2P methyl glycidate', 'BMK glycidate', 'PMK glycidate', 'BMK methyl glycidate', 'PMK methyl glycidate',
  // methaqualone, mephedrone and coca-processing precursors
  'anthranilic acid', 'N-acetylanthranilic acid', '2-bromo-4-methylpropiophenone', 'calcium oxide',
  // prescription sedatives sold without prescription or counterfeited
  'diazepam', 'alprazolam', 'clonazepam', 'lorazepam', 'nimetazepam', 'nitrazepam', 'flunitrazepam', 'temazepam', 'bromazepam', 'midazolam',
  'sildenafil', 'tadalafil', 'vardenafil',
  // other controlled goods in the same trade
  'ivory', 'rhino horn', 'rhinoceros horn',
  // banned pesticides and smuggled fuel
  'chlorpyrifos', 'fipronil', 'diesel', 'petrol', 'mercury',
  'chlorofluorocarbons', 'hydrochlorofluorocarbons', 'hydrofluorocarbons', 'CFCs', 'HCFCs', 'HFCs', 'pangolin scales', 'tiger bone', 'cigarettes', 'tobacco',
];

/** Substances that are also everyday words: only matched in lower case next to drug context words. */
// ("mercury" is also a planet and a name, "diesel fumes" no cargo; "crack cocaine" is a phrase no verb "crack" forms, so it is a plain entry.)
export const AMBIGUOUS_SUBSTANCES = new Set(['ice', 'yaba', 'ecstasy', 'khat', 'precursor chemicals', 'mercury', 'diesel', 'petrol']);

/** Street and crystal forms of one drug: "crystal meth" in a headline and "methamphetamine" in the text are one substance. */
export const SUBSTANCE_FORMS = new Map<string, string>([
  ['crystal meth', 'methamphetamine'], ['crystal methamphetamine', 'methamphetamine'], ['meth', 'methamphetamine'],
  // The salt sold as powder is the drug itself (its base and paste forms stay apart).
  ['cocaine hydrochloride', 'cocaine'],
  // The street name of the tablets is the drug they contain.
  ['ecstasy', 'MDMA'],
  // Street and trade names of one drug and its code: one entity, the other name an alias (tune17).
  ['shabu', 'methamphetamine'], ['syabu', 'methamphetamine'], ['mandrax', 'methaqualone'], ['P2P', 'phenylacetone'],
  ['1-phenyl-2-propanone', 'phenylacetone'], ['pink cocaine', 'tusi'], ['cocaine paste', 'cocaine base paste'],
  ['marijuana', 'cannabis'], ['ganja', 'cannabis'],
  // The class named in the singular and the plural is one entry.
  ['nitazene', 'nitazenes'],
]);
