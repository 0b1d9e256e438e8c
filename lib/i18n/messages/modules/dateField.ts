// Messages of the date and time fields (components/ui/date-fields.tsx): the format each page's
// language types dates and times in, the calendar button, and the errors for a typed text that is
// not a real day or time; in fi/sv/en, wired into fi.ts, sv.ts and en.ts under "dateField".
import type { LocaleModule } from "./widen.ts";

const fi = {
  dateFormat: "Muoto p.k.vvvv, esim. 31.12.2027",
  timeFormat: "Muoto tt.mm, esim. 09.30",
  date: "Päivä",
  time: "Kellonaika",
  openCalendar: "Valitse päivä kalenterista",
  calendar: "Kalenteri: {label}",
  previousMonth: "Edellinen kuukausi",
  nextMonth: "Seuraava kuukausi",
  errors: {
    date: "Päivämäärää ei tunnistettu. Kirjoita se muodossa p.k.vvvv, esimerkiksi 31.12.2027.",
    time: "Kellonaikaa ei tunnistettu. Kirjoita se muodossa tt.mm, esimerkiksi 09.30.",
  },
};

export const dateFieldMessages: LocaleModule<typeof fi> = {
  fi,
  sv: {
    dateFormat: "Formen d.m.åååå, t.ex. 31.12.2027",
    timeFormat: "Formen tt.mm, t.ex. 09.30",
    date: "Dag",
    time: "Klockslag",
    openCalendar: "Välj dag i kalendern",
    calendar: "Kalender: {label}",
    previousMonth: "Föregående månad",
    nextMonth: "Nästa månad",
    errors: {
      date: "Datumet kändes inte igen. Skriv det i formen d.m.åååå, till exempel 31.12.2027.",
      time: "Klockslaget kändes inte igen. Skriv det i formen tt.mm, till exempel 09.30.",
    },
  },
  en: {
    dateFormat: "Format d/m/yyyy, e.g. 31/12/2027",
    timeFormat: "Format hh:mm, e.g. 09:30",
    date: "Day",
    time: "Time",
    openCalendar: "Choose a day from the calendar",
    calendar: "Calendar: {label}",
    previousMonth: "Previous month",
    nextMonth: "Next month",
    errors: {
      date: "The date was not recognised. Type it as d/m/yyyy, for example 31/12/2027.",
      time: "The time was not recognised. Type it as hh:mm, for example 09:30.",
    },
  },
};
