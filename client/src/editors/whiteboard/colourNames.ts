import type { WhiteboardStringKey } from './whiteboardStrings.ts';

// Names for every colour the board offers, so buttons and the shape list never read out a hex code.
const NAMES: Record<string, WhiteboardStringKey> = {
  '#1f2933': 'colourBlack',
  '#d62828': 'colourRed',
  '#f77f00': 'colourOrange',
  '#2a9d8f': 'colourTeal',
  '#1d4ed8': 'colourBlue',
  '#7b2cbf': 'colourPurple',
  '#ffd166': 'colourYellow',
  '#8ecae6': 'colourLightBlue',
  '#b5e48c': 'colourLightGreen',
  '#ffadad': 'colourPink',
  '#cdb4db': 'colourLavender',
  '#ffc6a5': 'colourPeach',
  '#a0e7e5': 'colourTurquoise',
};

/** The translation key of a colour's name; colours from elsewhere (e.g. pasted) are "other". */
export function colourNameKey(hex: string): WhiteboardStringKey {
  return NAMES[hex.toLowerCase()] ?? 'colourOther';
}
