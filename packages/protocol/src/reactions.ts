/**
 * The reactions offered on the live session page; anything else is refused. Kept apart from the zod
 * schemas so the session page can list them without loading zod.
 */
export const REACTIONS = ['👍', '👏', '❤️', '😂', '🎉', '❓'] as const;
export type Reaction = (typeof REACTIONS)[number];
