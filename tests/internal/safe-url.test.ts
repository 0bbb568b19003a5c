import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/safe-url.js';

const base = 'https://api.example.org/v1/articles';

describe('safeUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeUrl('https://example.org/a?b=1#c', base)).to.equal('https://example.org/a?b=1#c');
    expect(safeUrl('http://example.org/', base)).to.equal('http://example.org/');
  });

  it('resolves relative URLs against the endpoint, not the page', () => {
    expect(safeUrl('/inscription', base)).to.equal('https://api.example.org/inscription');
    expect(safeUrl('images/a.png', base)).to.equal('https://api.example.org/v1/images/a.png');
    expect(safeUrl('//cdn.example.org/a.png', base)).to.equal('https://cdn.example.org/a.png');
  });

  for (const hostile of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/uuid',
    'file:///etc/passwd',
  ]) {
    it(`drops ${JSON.stringify(hostile)}`, () => {
      expect(safeUrl(hostile, base)).to.equal(undefined);
    });
  }

  it('drops what is not a URL string', () => {
    expect(safeUrl('', base)).to.equal(undefined);
    expect(safeUrl('   ', base)).to.equal(undefined);
    expect(safeUrl(42, base)).to.equal(undefined);
    expect(safeUrl({ href: 'https://example.org' }, base)).to.equal(undefined);
    expect(safeUrl('http://[::1', base)).to.equal(undefined);
  });
});
