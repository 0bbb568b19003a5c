/**
 * `npm run bench` opens this page in headless Chromium. Each measure runs the library and a
 * hand-written baseline doing the same visible work with plain DOM, in the same page and run,
 * and reports medians in milliseconds. Only public element APIs are used, on the built bundle
 * (lit in production mode, minified) that pages load.
 */
const bundle = '/dist/campus-widgets.js';
await import(/* @vite-ignore */ bundle);

interface Result {
  name: string;
  campus: number;
  baseline: number;
}

const stage = document.getElementById('stage')!;
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const settled = (elements: Element[]) =>
  new Promise<void>((resolve) => {
    const check = () =>
      elements.every((el) => !['loading', null].includes(el.getAttribute('state'))) ? resolve() : setTimeout(check, 1);
    check();
  });

/** 100 cards on one list endpoint, from insertion until every card shows its article. */
async function cards(): Promise<Result> {
  const endpoint = '/api/articles';
  const campus: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < 15; run++) {
    stage.replaceChildren();
    let start = performance.now();
    const elements = Array.from({ length: 100 }, (_, i) => {
      const card = document.createElement('article-card');
      card.setAttribute('endpoint', endpoint);
      card.setAttribute('index', String(i % 3));
      return card;
    });
    stage.append(...elements);
    await settled(elements);
    campus.push(performance.now() - start);

    stage.replaceChildren();
    start = performance.now();
    const { articles } = (await (await fetch(endpoint)).json()) as { articles: Array<Record<string, string>> };
    const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long' });
    for (let i = 0; i < 100; i++) {
      const data = articles[i % 3]!;
      const article = document.createElement('article');
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = data.url!;
      link.textContent = data.title!;
      heading.append(link);
      const time = document.createElement('time');
      time.textContent = date.format(new Date(data.publishedAt!));
      const excerpt = document.createElement('p');
      excerpt.textContent = data.excerpt ?? '';
      article.append(heading, time, excerpt);
      stage.append(article);
    }
    baseline.push(performance.now() - start);
  }
  stage.replaceChildren();
  return { name: '100 article cards, one endpoint, to rendered', campus: median(campus), baseline: median(baseline) };
}

/** One countdown tick on 200 banners: every banner re-renders from the clock. */
async function ticks(): Promise<Result> {
  const banners = Array.from({ length: 200 }, () => {
    const banner = document.createElement('event-banner');
    banner.setAttribute('endpoint', '/api/open-days');
    return banner;
  });
  stage.replaceChildren(...banners);
  await settled(banners);
  const campus: number[] = [];
  for (let run = 0; run < 30; run++) {
    const start = performance.now();
    for (const banner of banners) (banner as HTMLElement & { requestUpdate(): void }).requestUpdate();
    await Promise.all(banners.map((banner) => (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    campus.push(performance.now() - start);
  }

  const startsAt = Date.parse((await (await fetch('/api/open-days')).json()).events[0].startsAt);
  const spans = Array.from({ length: 200 }, () => document.createElement('span'));
  stage.replaceChildren(...spans);
  const unit = (name: string) => new Intl.NumberFormat('fr', { style: 'unit', unit: name, unitDisplay: 'long' });
  const [days, hours, minutes, seconds] = ['day', 'hour', 'minute', 'second'].map(unit) as Intl.NumberFormat[];
  const baseline: number[] = [];
  for (let run = 0; run < 30; run++) {
    const start = performance.now();
    const left = Math.max(0, startsAt - Date.now()) / 1000;
    const text = [
      days!.format(Math.floor(left / 86400)),
      hours!.format(Math.floor(left / 3600) % 24),
      minutes!.format(Math.floor(left / 60) % 60),
      seconds!.format(Math.floor(left) % 60),
    ].join(' ');
    for (const span of spans) span.textContent = text;
    await new Promise(requestAnimationFrame);
    baseline.push(performance.now() - start);
  }
  stage.replaceChildren();
  return { name: 'countdown tick, 200 banners', campus: median(campus), baseline: median(baseline) };
}

(window as unknown as { benchResults: Promise<Result[]> }).benchResults = (async () => [await cards(), await ticks()])();
export {};
