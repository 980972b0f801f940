import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import { filesEn } from './en.ts';
import { filesHi } from './hi.ts';
import { filesNl } from './nl.ts';
import { filesVi } from './vi.ts';

describeLocaleParity('files strings', filesEn, { nl: filesNl, vi: filesVi, hi: filesHi });
