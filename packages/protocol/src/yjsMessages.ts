/** Top-level message types of the standard y-websocket protocol (first varUint of every frame). */
export const YjsMessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;
export type YjsMessageType = (typeof YjsMessageType)[keyof typeof YjsMessageType];
