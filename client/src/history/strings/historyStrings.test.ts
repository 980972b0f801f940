import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import { historyEn } from './en.ts';
import { historyHi } from './hi.ts';
import { historyNl } from './nl.ts';
import { historyVi } from './vi.ts';

describeLocaleParity('history strings', historyEn, { nl: historyNl, vi: historyVi, hi: historyHi });
