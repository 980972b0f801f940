import * as Y from 'yjs';

interface Delta {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

function inline(text: Y.XmlText): string {
  return (text.toDelta() as Delta[])
    .map(({ insert, attributes = {} }) => {
      if (typeof insert !== 'string') return '';
      let s = insert.replace(/([\\`*_[\]])/g, '\\$1');
      if (attributes.code) s = `\`${insert}\``;
      if (attributes.bold) s = `**${s}**`;
      if (attributes.italic) s = `*${s}*`;
      if (attributes.strike) s = `~~${s}~~`;
      const link = attributes.link as { href?: unknown } | undefined;
      if (link && typeof link.href === 'string') s = `[${s}](${link.href})`;
      return s;
    })
    .join('');
}

function inlineOf(el: Y.XmlElement | Y.XmlFragment): string {
  return el
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText
        ? inline(child)
        : child instanceof Y.XmlElement && child.nodeName === 'hardBreak'
          ? '  \n'
          : '',
    )
    .join('');
}

function block(el: Y.XmlElement, prefix: string): string[] {
  const children = el.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
  switch (el.nodeName) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(el.getAttribute('level')) || 1));
      return [`${prefix}${'#'.repeat(level)} ${inlineOf(el)}`];
    }
    case 'bulletList':
    case 'taskList':
    case 'orderedList':
      return children.flatMap((item, i) => {
        const marker = el.nodeName === 'orderedList' ? `${i + 1}. ` : '- ';
        const [first = '', ...rest] = item
          .toArray()
          .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement)
          .flatMap((c) => block(c, ''));
        const pad = ' '.repeat(marker.length);
        return [`${prefix}${marker}${first}`, ...rest.map((line) => `${prefix}${pad}${line}`)];
      });
    case 'blockquote':
      return children.flatMap((c) => block(c, `${prefix}> `));
    case 'codeBlock':
      return [
        `${prefix}\`\`\``,
        ...el.toArray().map((c) => (c instanceof Y.XmlText ? c.toString() : '')),
        '```',
      ];
    case 'horizontalRule':
      return [`${prefix}---`];
    default:
      return [`${prefix}${inlineOf(el)}`];
  }
}

/** A note's TipTap content (a Y.XmlFragment) as Markdown: headings, lists, quotes, code, marks. */
export function noteToMarkdown(title: string, fragment: Y.XmlFragment): string {
  const blocks = fragment
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement)
    .map((el) => block(el, '').join('\n'));
  return `# ${title}\n\n${blocks.join('\n\n')}\n`;
}
