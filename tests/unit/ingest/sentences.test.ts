import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../server/ingest/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps exact offsets', () => {
    const text = '  Police met today. They agreed.\n\nA new line here!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['Police met today.', 'They agreed.', 'A new line here!']);
  });

  it('does not split after abbreviations, initials and U.S.', () => {
    expect(texts('Mr. Okafor met U.S. officials and Dr. Lindqvist in Oslo. Agent J. R. Moreau of the F.B.I. spoke.'))
      .toEqual(['Mr. Okafor met U.S. officials and Dr. Lindqvist in Oslo.', 'Agent J. R. Moreau of the F.B.I. spoke.']);
  });

  it('splits after U.S. when a new sentence clearly starts', () => {
    expect(texts('The suspect fled to the U.S. The police followed.')).toHaveLength(2);
  });

  it('treats lines as boundaries: headlines, bullets and datelines', () => {
    const ss = splitSentences('Europol backs raid on lab\n\n  • Seized 40 kg of cocaine;\n  • Arrested two men\nMADRID, Spain – Police said so.');
    expect(ss.map((s) => s.text)).toEqual(['Europol backs raid on lab', 'Seized 40 kg of cocaine;', 'Arrested two men', 'MADRID, Spain – Police said so.']);
    expect(ss[0]!.heading).toBe(true);
    expect(ss[1]!.bullet).toBe(true);
  });

  it('splits a full stop glued to the next sentence', () => {
    expect(texts('The raid ended this week.Operation Blue Harbor was run by police.')).toEqual(['The raid ended this week.', 'Operation Blue Harbor was run by police.']);
  });

  it('marks title-case headings', () => {
    const [s] = splitSentences('Regional Police Training Expands Across Africa');
    expect(s!.titleCase).toBe(true);
  });
});

describe('markdown', () => {
  it('reads headings and list items without their markers', () => {
    const ss = splitSentences('# Police talks open\n\n- Delegates met.\n- They left.');
    expect(ss.map((s) => s.text)).toEqual(['Police talks open', 'Delegates met.', 'They left.']);
  });
});
