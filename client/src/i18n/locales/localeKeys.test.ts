import { describeLocaleParity } from '../testing/describeLocaleParity.ts';
import { en } from './en.ts';
import { hi } from './hi.ts';
import { nl } from './nl.ts';
import { vi } from './vi.ts';

describeLocaleParity('app strings', en, { nl, vi, hi });
