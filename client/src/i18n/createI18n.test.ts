import { describe, expect, it, vi } from 'vitest';
import { commentsEn } from '../comments/strings/en.ts';
import { commentsHi } from '../comments/strings/hi.ts';
import { commentsNl } from '../comments/strings/nl.ts';
import { commentsVi } from '../comments/strings/vi.ts';
import { createI18n } from './createI18n.ts';
import { en } from './locales/en.ts';
import { vi as viApp } from './locales/vi.ts';

// Loaders that count what is fetched, so the tests see which namespace of which language loads.
function countingLoaders() {
  const calls: string[] = [];
  const track = (name: string, strings: object) => () => {
    calls.push(name);
    return Promise.resolve(strings);
  };
  const loaders = {
    app: {
      en: track('app/en', en),
      vi: track('app/vi', viApp),
      nl: track('app/nl', {}),
      hi: track('app/hi', {}),
    },
    comments: {
      en: track('comments/en', commentsEn),
      nl: track('comments/nl', commentsNl),
      vi: track('comments/vi', commentsVi),
      hi: track('comments/hi', commentsHi),
    },
  };
  return { calls, loaders };
}

describe('createI18n', () => {
  it('loads only the app strings of the UI language at start, English app strings ship with it', async () => {
    const { calls, loaders } = countingLoaders();
    const i18n = await createI18n('vi', { loaders });
    expect(calls).toEqual(['app/vi']);
    expect(i18n.t('common.save')).toBe(viApp.common?.save);
  });

  it('loads a namespace when it is first needed, in the UI language and English', async () => {
    const { calls, loaders } = countingLoaders();
    const i18n = await createI18n('vi', { loaders });
    expect(i18n.hasLoadedNamespace('comments')).toBe(false);
    await i18n.loadNamespaces('comments');
    expect(calls.sort()).toEqual(['app/vi', 'comments/en', 'comments/vi']);
    expect(i18n.t('comments.title', { ns: 'comments' })).toBe(commentsVi.comments?.title);
  });

  it('falls back to English for a key the language lacks, and for a chunk that fails to load', async () => {
    const { loaders } = countingLoaders();
    loaders.comments.nl = () => Promise.reject(new Error('offline'));
    const i18n = await createI18n('nl', { loaders });
    // nl app strings are empty in these loaders: every key falls back to English.
    expect(i18n.t('common.save')).toBe('Save');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await i18n.loadNamespaces('comments').catch(() => undefined);
    expect(i18n.t('comments.title', { ns: 'comments' })).toBe('Comments');
  });

  it('picks plural forms by each language’s rules, with a text for none', async () => {
    const { loaders } = countingLoaders();
    const forms = async (language: 'en' | 'nl' | 'vi' | 'hi') => {
      const i18n = await createI18n(language, { loaders, namespaces: ['comments'] });
      return [0, 1, 2, 5].map((count) => i18n.t('comments.count', { ns: 'comments', count }));
    };
    expect(await forms('en')).toEqual(['Add a comment', '1 comment', '2 comments', '5 comments']);
    expect(await forms('nl')).toEqual([
      'Opmerking toevoegen',
      '1 opmerking',
      '2 opmerkingen',
      '5 opmerkingen',
    ]);
    // Vietnamese has one form for every count.
    expect(await forms('vi')).toEqual(['Thêm bình luận', '1 bình luận', '2 bình luận', '5 bình luận']);
    expect(await forms('hi')).toEqual(['टिप्पणी जोड़ें', '1 टिप्पणी', '2 टिप्पणियाँ', '5 टिप्पणियाँ']);
  });

  it('fills {{placeholders}} without HTML escaping (React escapes)', async () => {
    const { loaders } = countingLoaders();
    const i18n = await createI18n('en', { loaders });
    expect(i18n.t('presence.you', { name: 'Lan <3' })).toBe('Lan <3 (you)');
  });
});
