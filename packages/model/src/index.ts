export * from './actionPlanDiff.ts';
export * from './actionPlanDoc.ts';
export * from './actionPlanHash.ts';
export * from './actionPlanRead.ts';
export * from './actionPlanSchema.ts';
export * from './actionPlanSetters.ts';
export * from './actionPlanWrite.ts';
export {
  type AnchorableType,
  type AnchorPoint,
  createTextAnchor,
  decodeTextAnchorPosition,
  EMBED_CHARACTER,
  plainTextOf,
  type ResolvedTextAnchor,
  readTextAnchor,
  resolveTextAnchor,
  type TextAnchorPositions,
} from './commentAnchors.ts';
export { DocumentType } from './documentTypes.ts';
export { getNoteFragment, NOTE_FRAGMENT } from './note.ts';
export * from './signOffMachine.ts';
export * from './signOffSchema.ts';
export * from './signOffTrail.ts';
export type { RankedResult } from './voteTargets.ts';
export { isInVoteArea, isVoteTarget, rankVoteResults, voteTargets } from './voteTargets.ts';
export type { ConnectorGeometry, ShapeLookup } from './whiteboardGeometry.ts';
export {
  anchorPoint,
  edgePointTowards,
  pointsBounds,
  resolveConnector,
  rotatePoint,
  shapeBounds,
  shapeCenter,
  toShapeFrame,
} from './whiteboardGeometry.ts';
export type { InsertOptions } from './whiteboardInsert.ts';
export { duplicateShapes, insertShapes } from './whiteboardInsert.ts';
export {
  addShape,
  createShapeId,
  deleteShapes,
  getShapeText,
  moveShapes,
  resizeShape,
  setConnectorEnd,
  setPenPoints,
  setShapeStyle,
  setShapeText,
} from './whiteboardShapes.ts';
export {
  compareShapesByZ,
  getWhiteboardShapes,
  parseConnectorEnd,
  parseShapeSnapshot,
  readShape,
  readWhiteboard,
} from './whiteboardSnapshot.ts';
export type { Box, ConnectorEnd, NewShape, Point, ShapeSnapshot, ShapeStyle } from './whiteboardTypes.ts';
export { ConnectorSide, isShapeType, SHAPE_TYPES, ShapeType, WHITEBOARD_SHAPES } from './whiteboardTypes.ts';
export { bottomZ, bringToFront, keysAboveAll, sendToBack, topZ } from './whiteboardZOrder.ts';
