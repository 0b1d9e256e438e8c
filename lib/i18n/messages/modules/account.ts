// Messages of the public account pages: choosing a password with an invitation or reset link, and
// asking for a reset link ("Unohditko salasanasi?"). Wired into fi.ts, sv.ts and en.ts under "account".
import type { LocaleModule } from "./widen.ts";

const fi = {
  forgotLink: "Unohditko salasanasi?",
  passwordSetNotice: "Salasana on tallennettu. Kirjaudu sisään uudella salasanallasi.",
  setPassword: {
    title: "Valitse salasana",
    intro: "Valitse salasana, jolla kirjaudut Yhteinen aika -palveluun.",
    password: "Uusi salasana",
    passwordHint: "Vähintään 12 merkkiä. Pitkä lause on hyvä salasana; yleisesti käytettyjä salasanoja ei hyväksytä.",
    confirm: "Uusi salasana uudelleen",
    submit: "Tallenna salasana",
    submitting: "Tallennetaan…",
  },
  link: {
    linkExpiredTitle: "Linkki on vanhentunut",
    linkExpiredBody: "Kutsulinkki on voimassa 72 tuntia ja salasanan vaihtolinkki 2 tuntia. Pyydä uusi linkki alta tai pyydä pääkäyttäjää lähettämään uusi kutsu.",
    linkUsedTitle: "Linkki on jo käytetty",
    linkUsedBody: "Linkillä on jo valittu salasana, ja se toimii vain kerran. Kirjaudu sisään valitsemallasi salasanalla, tai pyydä uusi linkki, jos et muista sitä.",
    linkInvalidTitle: "Linkki ei kelpaa",
    linkInvalidBody: "Linkki on virheellinen tai sen tilalle on lähetetty uudempi. Käytä uusinta saamaasi linkkiä tai pyydä uusi linkki.",
    requestNew: "Pyydä uusi linkki",
    toLogin: "Kirjautumissivulle",
  },
  forgot: {
    title: "Unohditko salasanasi?",
    intro: "Kirjoita työsähköpostiosoitteesi. Lähetämme siihen linkin, jolla voit valita uuden salasanan.",
    email: "Sähköpostiosoite",
    submit: "Lähetä linkki",
    submitting: "Lähetetään…",
    sent: "Jos osoitteella on käyttäjätunnus, lähetimme siihen linkin salasanan vaihtamiseen. Linkki on voimassa 2 tuntia. Tarkista tarvittaessa myös roskapostikansio.",
    back: "Takaisin kirjautumiseen",
  },
};

export const accountMessages: LocaleModule<typeof fi> = {
  fi,
  sv: {
    forgotLink: "Har du glömt ditt lösenord?",
    passwordSetNotice: "Lösenordet har sparats. Logga in med ditt nya lösenord.",
    setPassword: {
      title: "Välj lösenord",
      intro: "Välj det lösenord som du loggar in i tjänsten Yhteinen aika med.",
      password: "Nytt lösenord",
      passwordHint: "Minst 12 tecken. En lång mening är ett bra lösenord; vanliga lösenord godkänns inte.",
      confirm: "Nytt lösenord igen",
      submit: "Spara lösenordet",
      submitting: "Sparar…",
    },
    link: {
      linkExpiredTitle: "Länken har gått ut",
      linkExpiredBody: "En inbjudningslänk gäller i 72 timmar och en länk för lösenordsbyte i 2 timmar. Be om en ny länk nedan eller be huvudanvändaren skicka en ny inbjudan.",
      linkUsedTitle: "Länken har redan använts",
      linkUsedBody: "Ett lösenord har redan valts med länken, och den fungerar bara en gång. Logga in med ditt lösenord, eller be om en ny länk om du inte minns det.",
      linkInvalidTitle: "Länken är ogiltig",
      linkInvalidBody: "Länken är felaktig eller har ersatts av en nyare. Använd den senaste länken du har fått eller be om en ny.",
      requestNew: "Be om en ny länk",
      toLogin: "Till inloggningen",
    },
    forgot: {
      title: "Har du glömt ditt lösenord?",
      intro: "Skriv din e-postadress i arbetet. Vi skickar en länk dit med vilken du kan välja ett nytt lösenord.",
      email: "E-postadress",
      submit: "Skicka länken",
      submitting: "Skickar…",
      sent: "Om adressen har ett användarkonto har vi skickat en länk för lösenordsbyte till den. Länken gäller i 2 timmar. Kontrollera vid behov även skräpposten.",
      back: "Tillbaka till inloggningen",
    },
  },
  en: {
    forgotLink: "Forgot your password?",
    passwordSetNotice: "Your password has been saved. Sign in with your new password.",
    setPassword: {
      title: "Choose a password",
      intro: "Choose the password you sign in to Yhteinen aika with.",
      password: "New password",
      passwordHint: "At least 12 characters. A long sentence makes a good password; commonly used passwords are not accepted.",
      confirm: "New password again",
      submit: "Save password",
      submitting: "Saving…",
    },
    link: {
      linkExpiredTitle: "The link has expired",
      linkExpiredBody: "An invitation link works for 72 hours and a password reset link for 2 hours. Ask for a new link below, or ask your administrator to send a new invitation.",
      linkUsedTitle: "The link has already been used",
      linkUsedBody: "A password has already been chosen with this link, and it works only once. Sign in with your password, or ask for a new link if you do not remember it.",
      linkInvalidTitle: "The link is not valid",
      linkInvalidBody: "The link is wrong or a newer one has replaced it. Use the latest link you received, or ask for a new one.",
      requestNew: "Ask for a new link",
      toLogin: "To the sign-in page",
    },
    forgot: {
      title: "Forgot your password?",
      intro: "Type your work e-mail address. We will send it a link to choose a new password with.",
      email: "E-mail address",
      submit: "Send the link",
      submitting: "Sending…",
      sent: "If the address has an account, we have sent it a link to change the password. The link works for 2 hours. Check your spam folder too if needed.",
      back: "Back to sign-in",
    },
  },
};
