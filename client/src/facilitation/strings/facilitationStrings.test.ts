import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import { facilitationEn } from './en.ts';
import { facilitationHi } from './hi.ts';
import { facilitationNl } from './nl.ts';
import { facilitationVi } from './vi.ts';

describeLocaleParity('facilitation strings', facilitationEn, {
  nl: facilitationNl,
  vi: facilitationVi,
  hi: facilitationHi,
});
