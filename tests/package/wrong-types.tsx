/**
 * Copied into the scratch project by scripts/check-package.mjs and type-checked with the React
 * example: each line below must be a type error, or tsc fails (an unused @ts-expect-error is an
 * error) — proof that the typings check attributes and event details rather than accept anything.
 */
import type {} from 'campus-widgets/react';
import 'campus-widgets/define';

export const wrong = (
  <>
    {/* @ts-expect-error `dismissible` is a boolean */}
    <event-banner dismissible="yes" />
    {/* @ts-expect-error the detail of campus-cta-click has no `href` */}
    <event-banner oncampus-cta-click={(event) => event.detail.href} />
    {/* @ts-expect-error no such tag */}
    <event-baner />
  </>
);

// @ts-expect-error campus-dismiss's detail is `{ eventId }`
document.addEventListener('campus-dismiss', (event) => event.detail.url);
