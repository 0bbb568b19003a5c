import type { Locale } from '../internal/locale.js';

/** The banner's own strings (the status labels, "Date à confirmer" included, are in event-status.ts). Dates, times and durations come from `Intl` (see format.ts). */
const fr = {
  register: 'Inscrivez-vous',
  startsIn: 'Début dans',
  live: 'En ce moment',
  online: 'En ligne',
  /** The `clock` countdown's unit symbols, days to seconds: "2 j 03 h 00 min 08 s". */
  clockUnits: ['j', 'h', 'min', 's'],
  /** The stable sentence a screen reader gets instead of the ticking countdown. */
  /** `day` and `time` as `Intl` writes them alone: "samedi 14 novembre", "10:00" (one format fewer to build than day-and-time). */
  startsAt: (day: string, time: string) => `Commence le ${day} à ${time}.`,
  allDay: (day: string) => `Le ${day}, toute la journée.`,
  dismiss: (title: string) => `Masquer l’annonce « ${title} »`,
};

export const bannerMessages: Record<Locale, typeof fr> = {
  fr,
  en: {
    register: 'Register',
    startsIn: 'Starts in',
    live: 'Happening now',
    online: 'Online',
    clockUnits: ['d', 'h', 'min', 's'],
    startsAt: (day, time) => `Starts ${day} at ${time}.`,
    allDay: (day) => `On ${day}, all day.`,
    dismiss: (title) => `Dismiss “${title}”`,
  },
};
