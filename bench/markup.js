/**
 * The school page's visible content as plain HTML, for the two baselines the library is measured
 * against: the static page (rendered by the bench server in Node) and the plain-DOM script
 * (rendered in the browser). Same facts, same order and about the same look as the elements.
 */
const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const DAY = new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' });
const TIME = new Intl.DateTimeFormat('fr', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
const PUBLISHED = new Intl.DateTimeFormat('fr', { dateStyle: 'long' });
const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
].map(([unit, seconds]) => [new Intl.NumberFormat('fr', { style: 'unit', unit, unitDisplay: 'long' }), seconds]);

/** "3 jours 1 heure 5 minutes 8 secondes" until `start`. */
export function countdown(start, now = Date.now()) {
  let rest = Math.max(0, Math.ceil((start - now) / 1000));
  const parts = [];
  for (const [format, seconds] of UNITS) {
    const value = Math.floor(rest / seconds);
    rest %= seconds;
    if (value || parts.length || seconds === 60) parts.push(format.format(value));
  }
  return parts.join(' ');
}

export function banner(event, now = Date.now()) {
  const start = Date.parse(event.startsAt);
  const day = DAY.format(start);
  return `<div class="banner">
    <p class="when"><time datetime="${new Date(start).toISOString()}">${escape(day[0].toUpperCase() + day.slice(1))}</time>
      <span class="muted">${TIME.formatRange(start, Date.parse(event.endsAt))}</span> <span class="muted">${escape(event.location.name)}</span></p>
    <p class="title">${escape(event.title)}</p>
    <p class="countdown">Commence dans <b class="ticking" data-start="${start}">${countdown(start, now)}</b></p>
    <a class="cta" href="${escape(event.registration.url)}">${escape(event.registration.label)}</a>
  </div>`;
}

export function card(article) {
  const image = article.image
    ? `<img src="${escape(article.image.src)}" alt="${escape(article.image.alt)}" width="${article.image.width}" height="${article.image.height}" loading="lazy">`
    : '';
  return `<article class="card">
    <div>
      <h3><a href="${escape(article.url)}">${escape(article.title)}</a></h3>
      ${article.category ? `<p class="category">${escape(article.category)}</p>` : ''}
      <p class="meta"><time datetime="${article.publishedAt}">Publiée le ${PUBLISHED.format(Date.parse(article.publishedAt))}</time>
        ${article.readingTimeMinutes ? `<span>${article.readingTimeMinutes} minutes de lecture</span>` : ''}</p>
      ${article.excerpt ? `<p class="excerpt">${escape(article.excerpt)}</p>` : ''}
      ${article.tags?.length ? `<ul class="tags" aria-label="Mots-clés">${article.tags.map((tag) => `<li>${escape(tag)}</li>`).join('')}</ul>` : ''}
    </div>
    ${image}
  </article>`;
}

const field = (id, label, input) => `<div class="field"><label for="${id}">${label}</label>${input}</div>`;

export const form = () => `<div class="form">
  <h2>Une question&nbsp;? Nous vous rappelons</h2>
  <form novalidate>
    ${field('firstName', 'Prénom', '<input id="firstName" name="firstName" autocomplete="given-name" required>')}
    ${field('lastName', 'Nom', '<input id="lastName" name="lastName" autocomplete="family-name" required>')}
    ${field('email', 'E-mail', '<input id="email" name="email" type="email" autocomplete="email" required>')}
    ${field('phone', 'Téléphone', '<input id="phone" name="phone" type="tel" autocomplete="tel" required>')}
    ${field('programme', 'Formation (facultatif)', '<input id="programme" name="programme" autocomplete="off">')}
    ${field('message', 'Message (facultatif)', '<textarea id="message" name="message"></textarea>')}
    <div class="consent"><input id="consent" type="checkbox" required><label for="consent">J’accepte d’être rappelé, selon notre <a href="/confidentialite">politique de confidentialité</a>.</label></div>
    <button>Être recontacté</button>
  </form>
</div>`;
