import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    safeLink: {
      /** Links the selection; addresses other than http(s) and mailto are refused. */
      setLink: (attributes: { href: string }) => ReturnType;
      unsetLink: () => ReturnType;
    };
  }
}

const ALLOWED = /^(https?:|mailto:)/i;

/** Adds https:// to a bare host ("ghent.be") and refuses script and data URLs. */
export function normalizeHref(raw: string): string | null {
  const href = raw.trim();
  if (!href) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `https://${href}`;
  return ALLOWED.test(withScheme) ? withScheme : null;
}

/**
 * The `link` mark (same name and attributes as TipTap's Link, so documents stay compatible)
 * without link auto-detection, whose URL parser would cost the notes route ~13 KB gzip.
 */
export const SafeLink = Mark.create({
  name: 'link',
  priority: 1000,
  inclusive: false,
  keepOnSplit: false,

  addAttributes() {
    return {
      href: { default: null },
      target: { default: '_blank' },
      rel: { default: 'noopener noreferrer nofollow' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (element) => (normalizeHref(element.getAttribute('href') ?? '') ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    const href = normalizeHref(String(HTMLAttributes.href ?? ''));
    return ['a', mergeAttributes(HTMLAttributes, { href: href ?? '' }), 0];
  },

  addCommands() {
    return {
      setLink:
        ({ href }) =>
        ({ chain }) => {
          const safe = normalizeHref(href);
          if (!safe) return false;
          return chain().setMark(this.name, { href: safe }).run();
        },
      unsetLink:
        () =>
        ({ chain }) =>
          chain().unsetMark(this.name, { extendEmptyMarkRange: true }).run(),
    };
  },
});
