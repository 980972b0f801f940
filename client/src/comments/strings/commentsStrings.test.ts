import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import { commentsEn } from './en.ts';
import { commentsHi } from './hi.ts';
import { commentsNl } from './nl.ts';
import { commentsVi } from './vi.ts';

describeLocaleParity('comments strings', commentsEn, { nl: commentsNl, vi: commentsVi, hi: commentsHi });
