import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import en from './whiteboardStrings.en.json';
import hi from './whiteboardStrings.hi.json';
import nl from './whiteboardStrings.nl.json';
import vi from './whiteboardStrings.vi.json';

describeLocaleParity('whiteboard strings', en, { nl, vi, hi });
