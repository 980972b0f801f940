import type { TFunction } from 'i18next';
import type en from './whiteboardStrings.en.json';

export type WhiteboardStringKey = keyof typeof en;
/** The whiteboard's translate function: i18next's `t` on the `whiteboard` namespace. */
export type Translate = TFunction<'whiteboard'>;
