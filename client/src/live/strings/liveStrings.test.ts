import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import { liveEn } from './en.ts';
import { liveHi } from './hi.ts';
import { liveNl } from './nl.ts';
import { liveVi } from './vi.ts';

describeLocaleParity('live strings', liveEn, { nl: liveNl, vi: liveVi, hi: liveHi });
