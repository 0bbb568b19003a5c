/**
 * Open days for the demo, dated from the server's clock so the countdown always has something
 * to count down to: the facts of the school's page ("Journée Portes Ouvertes Digitale", online,
 * 10:00–17:00 Paris time, on a Saturday), moved to the coming Saturdays.
 */

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

export function openDays(now = new Date()) {
  const first = comingSaturday(now, 0);
  const second = comingSaturday(now, 3);
  return {
    events: [
      {
        id: `jpo-${first}`,
        title: 'Journée Portes Ouvertes Digitale',
        description: 'Rencontrez nos équipes pédagogiques et nos étudiants en ligne, posez vos questions sur les admissions.',
        startsAt: at(first, '10:00'),
        endsAt: at(first, '17:00'),
        timeZone: 'Europe/Paris',
        location: { name: 'En ligne', online: true },
        registration: { url: 'https://example.org/inscription-jpo', label: 'Inscrivez-vous' },
      },
      {
        id: `jpo-${second}`,
        title: 'Journée Portes Ouvertes sur le campus',
        startsAt: at(second, '10:00'),
        endsAt: at(second, '17:00'),
        timeZone: 'Europe/Paris',
        location: { name: 'Campus de Paris', online: false },
        registration: { url: 'https://example.org/inscription-jpo', label: 'Inscrivez-vous' },
      },
    ],
  };
}

/** The same open days as schema.org `EducationEvent` JSON-LD in an `@graph`, as a CMS plugin emits them. */
export function openDaysJsonLd(now = new Date()) {
  return {
    '@context': 'https://schema.org',
    '@graph': openDays(now).events.map((event) => ({
      '@type': 'EducationEvent',
      '@id': event.id,
      name: event.title,
      ...(event.description && { description: event.description }),
      startDate: event.startsAt,
      endDate: event.endsAt,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: event.location.online
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
      location: event.location.online
        ? { '@type': 'VirtualLocation', url: event.registration.url }
        : { '@type': 'Place', name: event.location.name },
      offers: { '@type': 'Offer', url: event.registration.url, price: 0, priceCurrency: 'EUR' },
    })),
  };
}
