import { getLocale, getTranslations } from "next-intl/server";
import { setLanguage } from "@/lib/i18n/server-actions.ts";
import { LOCALES } from "@/lib/i18n/config.ts";

// A plain form: works without JavaScript and by keyboard. Each option names itself in its own language.
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations();
  return (
    <form action={setLanguage} className="row" style={{ gap: ".5rem", alignItems: "center" }}>
      <label htmlFor="language-select">{t("app.language")}</label>
      <select id="language-select" name="locale" defaultValue={locale}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`locales.${l}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary" style={{ padding: ".2rem .6rem" }}>
        OK
      </button>
    </form>
  );
}
