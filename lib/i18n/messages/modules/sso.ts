// Messages of single sign-on (organisation accounts, OpenID Connect): the page a refused sign-in
// ends on and the sign-in page's notice when the provider's answer was not accepted; in fi/sv/en,
// wired into fi.ts, sv.ts and en.ts under "sso".
import type { LocaleModule } from "./widen.ts";

const fi = {
  refusedTitle: "Kirjautuminen ei onnistunut",
  refusedLead: "Tunnistauduit organisaatiosi tunnuksilla, mutta niillä ei löytynyt käytössä olevaa käyttäjätiliä Yhteinen aika -palvelussa.",
  refusedWhy: "Tiliä ei ehkä ole vielä luotu, se on poistettu käytöstä tai se on jo liitetty toisiin organisaation tunnuksiin.",
  refusedContactTitle: "Keneen voin ottaa yhteyttä?",
  refusedContact: "Pyydä esihenkilöäsi tai hyvinvointialueen Yhteinen aika -pääkäyttäjää luomaan sinulle tili tai ottamaan se uudelleen käyttöön. Kerro heille työsähköpostiosoitteesi.",
  refusedBack: "Takaisin kirjautumiseen",
  callbackFailed: "Kirjautuminen organisaation tunnuksilla keskeytyi tai sitä ei voitu varmistaa. Yritä uudelleen.",
};

export const ssoMessages: LocaleModule<typeof fi> = {
  fi,
  sv: {
    refusedTitle: "Inloggningen lyckades inte",
    refusedLead: "Du identifierade dig med din organisations inloggning, men den motsvarar inget aktivt användarkonto i tjänsten Yhteinen aika.",
    refusedWhy: "Kontot har kanske inte skapats ännu, det har inaktiverats eller så är det redan kopplat till en annan organisationsinloggning.",
    refusedContactTitle: "Vem kan jag kontakta?",
    refusedContact: "Be din chef eller välfärdsområdets huvudanvändare för Yhteinen aika att skapa ett konto åt dig eller aktivera det på nytt. Uppge din e-postadress i arbetet.",
    refusedBack: "Tillbaka till inloggningen",
    callbackFailed: "Inloggningen med organisationens inloggning avbröts eller kunde inte bekräftas. Försök igen.",
  },
  en: {
    refusedTitle: "Sign-in was not successful",
    refusedLead: "You identified yourself with your organisation account, but it does not match an active user account in Yhteinen aika.",
    refusedWhy: "The account may not have been created yet, it may have been deactivated, or it is already linked to another organisation account.",
    refusedContactTitle: "Who can I contact?",
    refusedContact: "Ask your manager or your wellbeing services county's Yhteinen aika administrator to create an account for you or to reactivate it. Tell them your work e-mail address.",
    refusedBack: "Back to sign-in",
    callbackFailed: "Signing in with your organisation account was interrupted or could not be verified. Please try again.",
  },
};
