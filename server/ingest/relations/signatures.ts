// A signature block ("P / Executive Director, X" or "P / Public Relations Officer /
// X Coast Guard"): the person signing holds the post in the body named on the
// post line after its comma, or alone on the line below it.
import { opensWithPost } from '../signature.js';
import { type Rule, type View, candidate } from './context.js';

/** The lines of a block follow one another with a single line break. */
const adjacent = (doc: { text: string }, a: View, b: View) => /^[ \t]*\r?\n[ \t]*$/.test(doc.text.slice(a.sentence.end, b.sentence.start));

const signatureBlock: Rule = (view, doc) => {
  const post = view.following;
  const person = view.mentions.findIndex((m) => m.type === 'Person' && m.end === view.sentence.end);
  if (person < 0 || view.mentions.length !== 1 || !post || !adjacent(doc, view, post) || !opensWithPost(post.sentence.text)) return [];
  const comma = post.sentence.start + post.sentence.text.indexOf(',');
  const onPost = post.mentions.find((m) => m.type === 'Organization' && comma > post.sentence.start && m.start > comma);
  const below = post.following;
  const onNext = !onPost && below && adjacent(doc, post, below) && below.mentions.length === 1 && below.mentions[0]!.type === 'Organization'
    && below.mentions[0]!.start === below.sentence.start ? below.mentions[0] : undefined;
  const body = onPost ?? onNext;
  if (!body) return [];
  const role = post.sentence.text.split(',')[0]!.trim();
  const end = (onPost ? post : below!).sentence.end;
  const c = candidate(view, 'HOLDS_POSITION', person, person, 'signature-block', 0.75, { role }, [{ start: view.sentence.start, end }]);
  return [{ ...c, target: body.entity }];
};

export const SIGNATURE_RULES: Rule[] = [signatureBlock];
