/**
 * React 19 renders custom elements natively: attributes as written, `oncampus-*` props as event
 * listeners. `campus-widgets/react` adds the three tags to React's JSX types (typed attributes and
 * event details); `campus-widgets/define` registers them, once, anywhere in the app.
 * scripts/check-package.mjs type-checks this file against the packed package.
 */
import type {} from 'campus-widgets/react';
import 'campus-widgets/define';
import type { CampusEventDetails } from 'campus-widgets';

export function OpenDayBlock({ onRegister }: { onRegister: (url: string) => void }) {
  return (
    <section lang="en">
      <event-banner
        endpoint="/api/open-days"
        variant="card"
        dismissible
        time-zone="Europe/Paris"
        oncampus-cta-click={(event) => onRegister(event.detail.url)}
      >
        {/* The fallback: shown before the script runs and if the API fails. */}
        <a href="/open-day">Open day: Saturday 14 November</a>
      </event-banner>
      <callback-form endpoint="/api/callbacks" privacy-url="/privacy" fields="programme,slot,message" source="open-day">
        <option value="big-data-ia">Big Data &amp; AI</option>
      </callback-form>
      <article-card endpoint="/wp-json/wp/v2/posts?_embed" index={0} heading-level={2} variant="horizontal" />
    </section>
  );
}

/** Analytics: one listener on `document` sees every widget; the detail is typed by event name. */
export function trackSubmissions(send: (detail: CampusEventDetails['campus-submit-success']) => void): () => void {
  const listener = (event: CustomEvent<CampusEventDetails['campus-submit-success']>) => send(event.detail);
  document.addEventListener('campus-submit-success', listener);
  return () => document.removeEventListener('campus-submit-success', listener);
}

/** `HTMLElementTagNameMap` knows the tags: the element's properties are typed. */
export const firstBannerEvent = (): string | null | undefined => document.querySelector('event-banner')?.eventId;
