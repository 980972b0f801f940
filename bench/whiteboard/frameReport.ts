/** What one benchmark scenario measured in the page (shared by the harness and run.ts). */
export interface FrameReport {
  scenario: string;
  frames: number;
  seconds: number;
  fps: number;
  frameMs: { p50: number; p95: number; max: number };
  renderMs: { p50: number; p95: number; max: number };
  drawnAvg: number;
  shapes: number;
}

export const Scenario = {
  zoomedOut: 'zoomedOut',
  panZoom: 'panZoom',
  twoDrawing: 'twoDrawing',
} as const;
export type Scenario = (typeof Scenario)[keyof typeof Scenario];
