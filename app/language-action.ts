"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config.ts";

const schema = z.object({ locale: z.enum(LOCALES) });

/** The language switch: works signed out (cookie only) and signed in (also saved to the profile). */
export async function setLanguage(formData: FormData): Promise<void> {
  const parsed = schema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const user = await currentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale: parsed.data.locale } });
  revalidatePath("/", "layout");
}
