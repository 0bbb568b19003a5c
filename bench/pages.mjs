/**
 * The bench's pages, rendered by the bench server: the school page (one banner, one form, three
 * cards) as the library renders it, with and without `campus-widgets.css`, as static HTML and as
 * a plain-DOM script (and with the stylesheet from a second build, for `bench.mjs --compare`); the ticking pages; the scale and add/remove pages.
 */
import { banner, card, form } from './markup.js';

const page = ({ title = 'École du numérique — Portes ouvertes', head = '', body }) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Journées portes ouvertes, actualités et demande de rappel de l’École du numérique.">
<title>${title}</title>
<link rel="icon" href="/bench/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/bench/school.css">
${head}
</head>
<body>
${body}
</body>
</html>`;

/** The school page around its three blocks. */
const school = ({ bannerBlock, cardsBlock, formBlock, head = '', scripts = '' }) =>
  page({
    head,
    body: `<header><p><strong>École du numérique</strong></p>
<nav aria-label="Principale"><a href="/formations">Formations</a><a href="/admissions">Admissions</a><a href="/actualites">Actualités</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Bienvenue à l’École du numérique</h1>
${bannerBlock}
<section aria-labelledby="news"><h2 id="news">Actualités</h2><div class="cards" id="cards">${cardsBlock}</div></section>
<section aria-label="Contact" id="form">${formBlock}</section>
<section aria-labelledby="about"><h2 id="about">L’école</h2>
<p>Nos formations d’ingénieurs en intelligence artificielle, en données et en développement se suivent en alternance,
sur le campus ou à distance. Chaque promotion mène des projets avec des entreprises partenaires, encadrée par des
enseignants-chercheurs et des professionnels du métier.</p>
<p>Les admissions se font sur dossier et entretien, toute l’année. Nos conseillers répondent à vos questions sur les
parcours, le financement et la vie étudiante.</p></section>
</main>
<footer><p>École du numérique — 10 rue des Écoles, Paris — <a href="/confidentialite">Confidentialité</a></p></footer>
${scripts}`,
  });

const campusBlocks = {
  bannerBlock: `<event-banner endpoint="/api/open-days"><a href="/journees-portes-ouvertes">Nos prochaines journées portes ouvertes</a></event-banner>`,
  cardsBlock: [0, 1, 2].map((index) => `<article-card endpoint="/api/articles" index="${index}"></article-card>`).join('\n'),
  formBlock: `<callback-form endpoint="/api/callbacks" privacy-url="/confidentialite"></callback-form>`,
  scripts: `<script type="module" src="/dist/campus-widgets.js"></script>\n<script type="module" src="/bench/ready.js"></script>`,
};

/** `data`: `{ openDays, articles }` as the API serves them now (the static page is rendered from them). */
export function renderPage(name, data) {
  switch (name) {
    case 'campus':
      return school(campusBlocks);
    case 'campus-css':
      return school({ ...campusBlocks, head: '<link rel="stylesheet" href="/dist/campus-widgets.css">' });
    case 'campus-css-compare':
      return school({
        ...campusBlocks,
        head: '<link rel="stylesheet" href="/compare-dist/campus-widgets.css">',
        scripts: campusBlocks.scripts.replace('/dist/', '/compare-dist/'),
      });
    case 'static':
      return school({
        bannerBlock: `<div id="banner">${banner(data.openDays.events[0])}</div>`,
        cardsBlock: data.articles.slice(0, 3).map(card).join(''),
        formBlock: form(),
        scripts: '<script type="module" src="/bench/static-ready.js"></script>',
      });
    case 'plain':
      return school({
        bannerBlock: '<div id="banner"></div>',
        cardsBlock: '',
        formBlock: '',
        scripts: '<script type="module" src="/bench/plain-dom.js"></script>',
      });
    case 'tick-campus':
      return page({
        body: '<event-banner endpoint="/api/open-days"></event-banner>',
        head: '<script type="module" src="/dist/campus-widgets.js"></script><script type="module" src="/bench/ready.js"></script>',
      });
    case 'tick-relative-time':
      return page({
        body: `<p>Commence dans <relative-time datetime="${data.openDays.events[0].startsAt}" format="duration" precision="second" lang="fr">${data.openDays.events[0].startsAt}</relative-time></p>`,
        head: '<script type="module" src="/node_modules/@github/relative-time-element/dist/bundle.js"></script><script type="module" src="/bench/static-ready.js"></script>',
      });
    case 'tick-plain':
      return page({ body: '<div id="banner"></div><div id="cards" hidden></div><div id="form" hidden></div>', head: '<script type="module" src="/bench/plain-dom.js"></script>' });
    case 'tick-idle':
      return page({ body: '<p>Rien ne bouge.</p>', head: '<script type="module" src="/bench/static-ready.js"></script>' });
    case 'scale':
      return page({ body: '<div id="stage"></div>', head: '<script type="module" src="/bench/scale.js"></script>' });
    case 'cycles':
      return page({ body: '<div id="stage"></div>', head: '<script type="module" src="/bench/cycles.js"></script>' });
  }
}

export const PAGES = ['campus', 'campus-css', 'campus-css-compare', 'static', 'plain', 'tick-campus', 'tick-relative-time', 'tick-plain', 'tick-idle', 'scale', 'cycles'];
