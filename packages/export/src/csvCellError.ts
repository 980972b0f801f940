/** A cell read failed: the reason is shown to the person who uploaded the file. */
export class CellError extends Error {}
