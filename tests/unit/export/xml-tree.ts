// A small element tree over htmlparser2 in XML mode: the test's own GraphML and GEXF reader,
// independent of NetworkX and of the exporters' string building.
import { Parser } from 'htmlparser2';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const parser = new Parser({
    onopentag(name, attrs) {
      const element = { name, attrs, children: [], text: '' };
      stack.at(-1)!.children.push(element);
      stack.push(element);
    },
    ontext(text) { stack.at(-1)!.text += text; },
    onclosetag() { stack.pop(); },
  }, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
  return root.children[0]!;
}

/** Every descendant element with this name, in document order. */
export function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}
