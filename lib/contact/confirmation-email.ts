// The confirmation e-mail to a family that gave an e-mail address. It repeats NOTHING the family
// wrote (not the municipality, ages, message, phone number or times): only that a request was
// received, its reference code and what happens next, in the language the family chose. Mail can
// be read by others on a shared device or account, so it says no more than the confirmation page.
import type { EmailLocale, OutgoingEmail } from "../email/outbox.ts";

const TEXT: Record<EmailLocale, { subject: string; body: (code: string) => string }> = {
  fi: {
    subject: "Yhteydenottopyyntösi on vastaanotettu",
    body: (code) =>
      [
        "Hei,",
        "",
        "olemme vastaanottaneet yhteydenottopyyntösi lapsiperheiden ohjaus- ja neuvontapalveluun.",
        `Viitenumero: ${code}`,
        "",
        "Ohjaus- ja neuvontapalvelun työntekijä ottaa sinuun yhteyttä tavalla, jonka valitsit.",
        "Tässä viestissä ei toisteta kirjoittamiasi tietoja.",
        "",
        "Jos et lähettänyt pyyntöä, voit jättää tämän viestin huomiotta.",
        "Tähän viestiin ei voi vastata.",
      ].join("\n"),
  },
  sv: {
    subject: "Din kontaktbegäran har tagits emot",
    body: (code) =>
      [
        "Hej,",
        "",
        "vi har tagit emot din kontaktbegäran till handlednings- och rådgivningstjänsten för barnfamiljer.",
        `Referensnummer: ${code}`,
        "",
        "En medarbetare på handlednings- och rådgivningstjänsten kontaktar dig på det sätt du valde.",
        "Det här meddelandet upprepar inte det du skrev.",
        "",
        "Om du inte skickade begäran kan du bortse från det här meddelandet.",
        "Det går inte att svara på det här meddelandet.",
      ].join("\n"),
  },
  en: {
    subject: "We have received your contact request",
    body: (code) =>
      [
        "Hello,",
        "",
        "we have received your contact request to the guidance and counselling service for families with children.",
        `Reference: ${code}`,
        "",
        "A worker of the guidance and counselling service will contact you in the way you chose.",
        "This message does not repeat anything you wrote.",
        "",
        "If you did not send a request, you can ignore this message.",
        "Replies to this message are not read.",
      ].join("\n"),
  },
};

export function contactConfirmationEmail(to: string, locale: EmailLocale, referenceCode: string): OutgoingEmail {
  const t = TEXT[locale];
  return { to, locale, subject: t.subject, textBody: t.body(referenceCode), dedupeKey: `contact-confirmation:${referenceCode}` };
}
