/**
 * Open days for the demo, dated from the server's clock so the countdown always has something
 * to count down to: the facts of the school's page ("Journée Portes Ouvertes Digitale", online,
 * 10:00–17:00 Paris time, on a Saturday), moved to the coming Saturdays.
 *
 *   GET /api/open-days           native `{ events }`; `?shape=single`: the first event alone
 *   GET /api/open-days.jsonld    schema.org `EducationEvent`s; `?shape=graph` (default) | array | object
 *
 * Both take `?case=` to show each state of `<event-banner>`:
 *   upcoming (default)  the next two Saturdays
 *   soon                starts 15 s after the request: watch the countdown reach zero and go live
 *   live                started an hour ago, ends in 5 hours
 *   ending              live, ends 60 s after the request, then the next Saturday shows
 *   ended               every event is over: the banner renders nothing
 *   postponed           the first one postponed: "date to be confirmed", no countdown
 *   rescheduled         the first one rescheduled ("New date")
 *   moved-online        the campus day moved online
 *   cancelled           the first one cancelled: skipped, the next shows
 *   all-day             a date without a time: the whole day in Paris
 *   no-zone             no `timeZone` in the payload (offsets only): try the `time-zone` attribute
 *   unsafe-link         a `javascript:` registration URL: the event shows without its link
 */

type Status = 'scheduled' | 'postponed' | 'rescheduled' | 'moved-online' | 'cancelled';

interface DemoEvent {
  id: string;
  title: string;
  description?: string;
  startsAt: string;
  endsAt?: string;
  timeZone?: string;
  status?: Status;
  location: { name: string; online: boolean };
  registration: { url: string; label: string };
}

const MINUTE = 60_000;
const REGISTRATION = { url: 'https://example.org/inscription-jpo', label: 'Inscrivez-vous' };

/** The date (YYYY-MM-DD) of the Saturday `weeksAhead` weeks after the next one. */
function comingSaturday(now: Date, weeksAhead: number): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const untilSaturday = (6 - day.getUTCDay() + 7) % 7 || 7;
  day.setUTCDate(day.getUTCDate() + untilSaturday + weeksAhead * 7);
  return day.toISOString().slice(0, 10);
}

/** Paris offset on that date: +02:00 in summer time, else +01:00 (last Sunday of March/October). */
function parisOffset(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastSunday = (m: number) => {
    const last = new Date(Date.UTC(year, m, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer =
    (month > 3 && month < 10) || (month === 3 && day >= lastSunday(3)) || (month === 10 && day < lastSunday(10));
  return summer ? '+02:00' : '+01:00';
}

const at = (date: string, time: string) => `${date}T${time}:00${parisOffset(date)}`;

/** An instant written as Paris wall time with its offset: `2026-11-14T10:00:00+01:00`. */
function inParis(instant: number): string {
  const twoDigits = '2-digit';
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: twoDigits,
    day: twoDigits,
    hour: twoDigits,
    minute: twoDigits,
    second: twoDigits,
  }).formatToParts(instant);
  const field = (type: string) => parts.find((part) => part.type === type)?.value;
  const local = `${field('year')}-${field('month')}-${field('day')}T${field('hour')}:${field('minute')}:${field('second')}`;
  const offset = Math.round((Date.parse(`${local}Z`) - Math.floor(instant / 1000) * 1000) / MINUTE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

function saturday(now: Date, weeksAhead: number, fields: Partial<DemoEvent> = {}): DemoEvent {
  const date = comingSaturday(now, weeksAhead);
  return {
    id: `jpo-${date}`,
    title: 'Journée Portes Ouvertes Digitale',
    description: 'Rencontrez nos équipes pédagogiques et nos étudiants en ligne, posez vos questions sur les admissions.',
    startsAt: at(date, '10:00'),
    endsAt: at(date, '17:00'),
    timeZone: 'Europe/Paris',
    location: { name: 'En ligne', online: true },
    registration: REGISTRATION,
    ...fields,
  };
}

const campusDay = (now: Date, fields: Partial<DemoEvent> = {}): DemoEvent =>
  saturday(now, 3, {
    id: `jpo-campus-${comingSaturday(now, 3)}`,
    title: 'Journée Portes Ouvertes sur le campus',
    description: 'Visitez les salles, les laboratoires et rencontrez les associations étudiantes.',
    location: { name: 'Campus de Paris', online: false },
    ...fields,
  });

/** An event of `minutes` starting `fromNow` ms after now, in Paris time. */
function relative(now: Date, id: string, fromNow: number, minutes: number): DemoEvent {
  const start = Math.floor((now.getTime() + fromNow) / 1000) * 1000;
  return saturday(now, 0, { id, startsAt: inParis(start), endsAt: inParis(start + minutes * MINUTE) });
}

export type OpenDaysCase =
  | 'upcoming' | 'soon' | 'live' | 'ending' | 'ended' | 'postponed' | 'rescheduled' | 'moved-online'
  | 'cancelled' | 'all-day' | 'no-zone' | 'unsafe-link';

export function openDays(now = new Date(), which: string | null = 'upcoming'): { events: DemoEvent[] } {
  const next = campusDay(now);
  switch (which as OpenDaysCase) {
    case 'soon':
      return { events: [relative(now, 'jpo-soon', 15 * 1000, 60), next] };
    case 'live':
      return { events: [relative(now, 'jpo-live', -60 * MINUTE, 6 * 60), next] };
    case 'ending':
      return { events: [relative(now, 'jpo-ending', -60 * MINUTE, 61), next] };
    case 'ended':
      return { events: [relative(now, 'jpo-past', -8 * 24 * 60 * MINUTE, 7 * 60), relative(now, 'jpo-yesterday', -26 * 60 * MINUTE, 7 * 60)] };
    case 'postponed':
    case 'rescheduled':
    case 'cancelled':
      return { events: [saturday(now, 0, { status: which as Status }), next] };
    case 'moved-online':
      return { events: [campusDay(now, { status: 'moved-online', location: { name: 'En ligne', online: true } })] };
    case 'all-day': {
      const date = comingSaturday(now, 0);
      return { events: [saturday(now, 0, { id: `jpo-${date}-all-day`, startsAt: date, endsAt: undefined }), next] };
    }
    case 'no-zone':
      return { events: [saturday(now, 0, { timeZone: undefined }), campusDay(now, { timeZone: undefined })] };
    case 'unsafe-link':
      return { events: [saturday(now, 0, { registration: { url: 'javascript:alert(document.domain)', label: 'Inscrivez-vous' } })] };
    default:
      return { events: [saturday(now, 0), next] };
  }
}

const SCHEMA_STATUS: Record<Status, string> = {
  scheduled: 'EventScheduled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
  cancelled: 'EventCancelled',
};

/** The same open days as schema.org `EducationEvent` JSON-LD, as a CMS plugin emits them. */
export function openDaysJsonLd(now = new Date(), which: string | null = 'upcoming', shape: string | null = 'graph') {
  const nodes = openDays(now, which).events.map((event) => ({
    '@type': 'EducationEvent',
    '@id': event.id,
    name: event.title,
    ...(event.description && { description: event.description }),
    startDate: event.startsAt,
    ...(event.endsAt && { endDate: event.endsAt }),
    eventStatus: `https://schema.org/${SCHEMA_STATUS[event.status ?? 'scheduled']}`,
    eventAttendanceMode: event.location.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: event.location.online
      ? { '@type': 'VirtualLocation', url: 'https://example.org/jpo-en-ligne' }
      : { '@type': 'Place', name: event.location.name, address: '28 rue du Campus, 75012 Paris' },
    organizer: { '@type': 'EducationalOrganization', name: 'École du numérique' },
    offers: { '@type': 'Offer', url: event.registration.url, price: 0, priceCurrency: 'EUR' },
  }));
  const context = 'https://schema.org';
  if (shape === 'array') return nodes.map((node) => ({ '@context': context, ...node }));
  if (shape === 'object') return { '@context': context, ...nodes[0] };
  // A page's graph holds more than events: the banner keeps only these.
  return { '@context': context, '@graph': [{ '@type': 'WebPage', name: 'Journées portes ouvertes' }, ...nodes] };
}

/**
 * The open-days routes of the demo API: the body for `url`, or undefined when the path is not
 * one of them. `empty` answers an empty list in the route's own shape.
 */
export function readOpenDays(url: URL, empty: boolean, now = new Date()): unknown {
  const which = url.searchParams.get('case');
  const shape = url.searchParams.get('shape');
  switch (url.pathname.replace(/\/$/, '')) {
    case '/api/open-days':
      if (empty) return { events: [] };
      return shape === 'single' ? openDays(now, which).events[0] : openDays(now, which);
    case '/api/open-days.jsonld':
      return empty ? { '@context': 'https://schema.org', '@graph': [] } : openDaysJsonLd(now, which, shape);
    default:
      return undefined;
  }
}
