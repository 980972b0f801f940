import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import { liveEn } from './en.ts';
import { liveNl } from './nl.ts';
import { liveVi } from './vi.ts';

describeLocaleParity('live strings', liveEn, { nl: liveNl, vi: liveVi });
