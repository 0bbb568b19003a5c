import { expect } from '@open-wc/testing';
import { toE164 } from '../../src/callback-form/phone.js';
import { callbackRequestSchema } from '../../src/callback-form/request-schema.js';
import { retryAfterSeconds } from '../../src/callback-form/send.js';

describe('toE164: phone numbers as people type them', () => {
  const cases: Array<[string, string]> = [
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    [' 01 23 45 67 89 ', '+33123456789'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33 06 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['09 87 65 43 21', '+33987654321'],
    // International numbers with a country code (overseas departments too).
    ['+262 692 12 34 56', '+262692123456'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['+212 6 12 34 56 78', '+212612345678'],
  ];
  for (const [typed, e164] of cases) {
    it(`"${typed}" → ${e164}`, () => {
      expect(toE164(typed)).to.equal(e164);
    });
  }

  const impossible = [
    '',
    '06 12 34 56', // too short
    '06 12 34 56 78 9', // too long
    '6 12 34 56 78', // no trunk 0, no country code
    '00 12 34 56 78', // 0 then 0: not a French number
    '+33 6 12 34 56', // French with too few digits
    '+33 6 12 34 56 78 90',
    '+0 123 456 789', // no country code starts with 0
    '+49 123', // too short for any number
    '+12345678901234567', // longer than E.164 allows
    '06 12 AB 56 78',
    '06 12 34 56 78 poste 12',
    'ada@example.org',
  ];
  for (const typed of impossible) {
    it(`refuses "${typed}"`, () => {
      expect(toE164(typed)).to.equal(undefined);
    });
  }

  it('is what the request schema accepts: E.164 the normalizer keeps as it is', () => {
    const phone = callbackRequestSchema._zod.def.shape.phone;
    expect(phone.safeParse('+33612345678').success).to.equal(true);
    expect(phone.safeParse('+32470123456').success).to.equal(true);
    expect(phone.safeParse('06 12 34 56 78').success).to.equal(false);
    expect(phone.safeParse('+33 6 12 34 56 78').success).to.equal(false);
    expect(phone.safeParse('+3361234').success).to.equal(false);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds', () => {
    expect(retryAfterSeconds('120')).to.equal(120);
    expect(retryAfterSeconds(' 0 ')).to.equal(0);
  });

  it('reads an HTTP date: the seconds until then, 0 once past', () => {
    const seconds = retryAfterSeconds(new Date(Date.now() + 90_000).toUTCString())!;
    expect(seconds).to.be.within(88, 90); // the header has whole seconds
    expect(retryAfterSeconds('Wed, 21 Oct 2015 07:28:00 GMT')).to.equal(0);
  });

  it('gives undefined for no header or an unreadable one', () => {
    expect(retryAfterSeconds(null)).to.equal(undefined);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
  });
});
