import { z } from "zod";

/** The feed actions act on the signed-in user's own account, so they take no input at all. */
export const feedActionSchema = z.object({}).strict();

/** 32 random bytes in base64url: exactly 43 characters. Anything else is not a token we issued. */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
