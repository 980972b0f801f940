import { describeLocaleParity } from '../../../i18n/testing/describeLocaleParity.ts';
import { planEn } from './en.ts';
import { planHi } from './hi.ts';
import { planNl } from './nl.ts';
import { planVi } from './vi.ts';

describeLocaleParity('plan strings', planEn, { nl: planNl, vi: planVi, hi: planHi });
