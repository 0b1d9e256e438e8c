// The invitation and password-reset mails, each in the recipient's own language. They carry the
// link and how long it works, nothing else about the account.
import type { EmailLocale, OutgoingEmail } from "../../email/outbox.ts";
import { appUrl } from "../../meetings/invitation-mail.ts";
import { setPasswordPath } from "../../auth/account-token.ts";

type Kind = "INVITATION" | "PASSWORD_RESET";

const TEXT: Record<EmailLocale, Record<Kind, { subject: string; body: (name: string, link: string) => string }>> = {
  fi: {
    INVITATION: {
      subject: "Kutsu Yhteinen aika -palveluun",
      body: (name, link) =>
        [`Hei ${name},`, "", "sinulle on luotu käyttäjätunnus Yhteinen aika -palveluun.", "Valitse salasanasi tästä linkistä (voimassa 72 tuntia, toimii kerran):", link, "", "Jos et odottanut tätä viestiä, voit jättää sen huomiotta.", "Tähän viestiin ei voi vastata."].join("\n"),
    },
    PASSWORD_RESET: {
      subject: "Salasanan vaihtaminen – Yhteinen aika",
      body: (name, link) =>
        [`Hei ${name},`, "", "joku (toivottavasti sinä) pyysi salasanasi vaihtamista.", "Valitse uusi salasana tästä linkistä (voimassa 2 tuntia, toimii kerran):", link, "", "Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta; salasanasi pysyy ennallaan.", "Tähän viestiin ei voi vastata."].join("\n"),
    },
  },
  sv: {
    INVITATION: {
      subject: "Inbjudan till tjänsten Yhteinen aika",
      body: (name, link) =>
        [`Hej ${name},`, "", "ett användarkonto har skapats åt dig i tjänsten Yhteinen aika.", "Välj ditt lösenord via den här länken (giltig i 72 timmar, fungerar en gång):", link, "", "Om du inte väntade dig detta meddelande kan du bortse från det.", "Det går inte att svara på det här meddelandet."].join("\n"),
    },
    PASSWORD_RESET: {
      subject: "Byte av lösenord – Yhteinen aika",
      body: (name, link) =>
        [`Hej ${name},`, "", "någon (förhoppningsvis du) bad om att byta ditt lösenord.", "Välj ett nytt lösenord via den här länken (giltig i 2 timmar, fungerar en gång):", link, "", "Om du inte bad om bytet kan du bortse från meddelandet; ditt lösenord förblir oförändrat.", "Det går inte att svara på det här meddelandet."].join("\n"),
    },
  },
  en: {
    INVITATION: {
      subject: "Invitation to Yhteinen aika",
      body: (name, link) =>
        [`Hello ${name},`, "", "an account has been created for you in Yhteinen aika.", "Choose your password with this link (valid for 72 hours, works once):", link, "", "If you did not expect this message, you can ignore it.", "Replies to this message are not read."].join("\n"),
    },
    PASSWORD_RESET: {
      subject: "Changing your password – Yhteinen aika",
      body: (name, link) =>
        [`Hello ${name},`, "", "someone (hopefully you) asked to change your password.", "Choose a new password with this link (valid for 2 hours, works once):", link, "", "If you did not ask for this, ignore this message; your password stays as it is.", "Replies to this message are not read."].join("\n"),
    },
  },
};

export function accountLinkEmail(kind: Kind, to: { email: string; name: string; locale: EmailLocale }, token: string): OutgoingEmail {
  const t = TEXT[to.locale][kind];
  return { to: to.email, locale: to.locale, subject: t.subject, textBody: t.body(to.name, appUrl(setPasswordPath(token))) };
}
