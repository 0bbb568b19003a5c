import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale, toLocale } from '../../src/internal/locale.js';

describe('locale', () => {
  it('maps language tags to the shipped locales', () => {
    expect(toLocale('fr-FR')).to.equal('fr');
    expect(toLocale('EN-gb')).to.equal('en');
    expect(toLocale('de')).to.equal(undefined);
    expect(toLocale(null)).to.equal(undefined);
  });

  it("uses the element's own lang first", async () => {
    const el = await fixture(html`<div lang="fr"><span lang="en"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });

  it('uses the closest ancestor lang next', async () => {
    const el = await fixture(html`<div lang="en-GB"><section><span></span></section></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });

  it('crosses shadow roots to find the page language', async () => {
    const outer = await fixture(html`<div lang="en"><div></div></div>`);
    const host = outer.firstElementChild!;
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>inside</p>';
    expect(resolveLocale(inner.querySelector('p')!)).to.equal('en');
  });

  it('falls back to fr when no lang is set, and for an unsupported language', async () => {
    const documentLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const plain = await fixture(html`<span></span>`);
      expect(resolveLocale(plain)).to.equal('fr');
      const german = await fixture(html`<div lang="de"><span></span></div>`);
      expect(resolveLocale(german.querySelector('span')!)).to.equal('fr');
    } finally {
      if (documentLang !== null) document.documentElement.setAttribute('lang', documentLang);
    }
  });

  it('skips an empty lang attribute', async () => {
    const el = await fixture(html`<div lang="en"><p lang=""><span></span></p></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });
});
