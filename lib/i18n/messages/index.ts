import type { AppLocale } from "../config.ts";
import { en } from "./en.ts";
import { fi, type Messages } from "./fi.ts";
import { sv } from "./sv.ts";

export const MESSAGES: Record<AppLocale, Messages> = { fi, sv, en };
export type { Messages };
