import { describe, expect, it } from 'vitest';
import { renewalListsOn, reratingDueOn, reratingWindow, type RenewalFacts } from '../../../src/domain/renewal.ts';
import { addDays } from '../../../src/domain/dates.ts';

const AS_OF = '2026-11-23';
const day = (offset: number) => addDays(AS_OF, offset);
/** A certificate decided long ago (not "new"), unless told otherwise. */
const cert = (facts: Partial<RenewalFacts>): RenewalFacts => ({ decisionDate: '2024-01-10', expiresOn: '2027-01-10', status: 'active', ...facts });
const lists = (facts: Partial<RenewalFacts>) => renewalListsOn(cert(facts), AS_OF).map((entry) => entry.list);

describe('renewalListsOn: expiring soon', () => {
  it('holds a certificate expiring in exactly 180 days, not one in 181', () => {
    expect(lists({ expiresOn: day(180) })).toEqual(['expiring']);
    expect(lists({ expiresOn: day(181) })).toEqual([]);
  });

  it('holds a certificate expiring today, its last valid day', () => {
    expect(lists({ expiresOn: AS_OF })).toEqual(['expiring']);
  });

  it('dates the entry by the day it came within 180 days of expiry, never later than the build date', () => {
    const [soonest] = renewalListsOn(cert({ expiresOn: day(180) }), AS_OF);
    expect(soonest?.changed).toBe(AS_OF);
    const [today] = renewalListsOn(cert({ expiresOn: AS_OF }), AS_OF);
    expect(today?.changed).toBe(day(-180));
  });

  it('leaves out a certificate past expiry that keeps its stars while its re-rating is pending', () => {
    expect(lists({ expiresOn: day(-10), status: 'pending-rerating' })).toEqual([]);
  });
});

describe('renewalListsOn: recently lapsed or revoked', () => {
  it('holds a certificate that expired yesterday: no stars since today', () => {
    expect(renewalListsOn(cert({ expiresOn: day(-1) }), AS_OF)).toEqual([{ list: 'recentlyWithdrawn', changed: AS_OF, since: AS_OF, because: 'expired' }]);
  });

  it('looks back 60 days from the first day without stars', () => {
    expect(lists({ expiresOn: day(-61) })).toEqual(['recentlyWithdrawn']);
    expect(lists({ expiresOn: day(-62) })).toEqual([]);
  });

  it('holds a certificate revoked 60 days ago, not 61, whatever its expiry', () => {
    expect(renewalListsOn(cert({ status: 'revoked', revokedOn: day(-60) }), AS_OF)).toEqual([
      { list: 'recentlyWithdrawn', changed: day(-60), since: day(-60), because: 'revoked' },
    ]);
    expect(lists({ status: 'revoked', revokedOn: day(-61) })).toEqual([]);
  });

  it('cannot place a revocation without a date, nor one dated after the build, in the last 60 days', () => {
    expect(lists({ status: 'revoked' })).toEqual([]);
    expect(lists({ status: 'revoked', revokedOn: day(1) })).toEqual([]);
  });

  it('tells a lapse after the re-rating grace from a plain expiry', () => {
    // 180 days of grace after expiry; the day after, the stars go.
    const [entry] = renewalListsOn(cert({ expiresOn: day(-181), status: 'pending-rerating' }), AS_OF);
    expect(entry).toMatchObject({ list: 'recentlyWithdrawn', because: 'graceEnded', since: AS_OF });
  });
});

describe('renewalListsOn: newly certified', () => {
  it('holds decisions of the last 60 days, today included, not 61 days ago', () => {
    expect(lists({ decisionDate: day(-60), expiresOn: '2029-09-22' })).toEqual(['newlyCertified']);
    expect(lists({ decisionDate: AS_OF, expiresOn: '2029-11-23' })).toEqual(['newlyCertified']);
    expect(lists({ decisionDate: day(-61), expiresOn: '2029-09-21' })).toEqual([]);
  });

  it('does not list a decision dated after the build, nor a new certificate already revoked as new', () => {
    expect(lists({ decisionDate: day(1), expiresOn: '2029-11-24' })).toEqual([]);
    expect(lists({ decisionDate: day(-5), expiresOn: '2029-11-18', status: 'revoked', revokedOn: day(-1) })).toEqual(['recentlyWithdrawn']);
  });

  it('puts a recent decision with a short explicit validity in both lists', () => {
    expect(lists({ decisionDate: day(-10), expiresOn: day(100) })).toEqual(['expiring', 'newlyCertified']);
  });
});

describe('no entry is dated after the build date', () => {
  it('over every expiry, decision and revocation day from two years before to two years after', () => {
    for (let offset = -730; offset <= 730; offset += 1) {
      const variants: RenewalFacts[] = [
        cert({ expiresOn: day(offset) }),
        cert({ expiresOn: day(offset), status: 'pending-rerating' }),
        cert({ decisionDate: day(offset), expiresOn: day(offset + 1096) }),
        cert({ status: 'revoked', revokedOn: day(offset) }),
      ];
      for (const facts of variants) for (const entry of renewalListsOn(facts, AS_OF)) expect(entry.changed <= AS_OF, JSON.stringify(facts)).toBe(true);
    }
  });
});

describe('the re-rating window (QĐ 26/2026 Art. 7.6)', () => {
  it('opens 180 days and closes 120 days before expiry', () => {
    expect(reratingWindow('2027-05-20')).toEqual({ opens: '2026-11-21', closes: '2027-01-20' });
  });

  it('is told on a product page only in the last 180 days, open until its last day, then closed', () => {
    expect(reratingDueOn(cert({ expiresOn: day(181) }), AS_OF)).toBeUndefined();
    expect(reratingDueOn(cert({ expiresOn: day(180) }), AS_OF)).toMatchObject({ opens: AS_OF, stage: 'open' });
    expect(reratingDueOn(cert({ expiresOn: day(120) }), AS_OF)).toMatchObject({ closes: AS_OF, stage: 'open' });
    expect(reratingDueOn(cert({ expiresOn: day(119) }), AS_OF)).toMatchObject({ closes: day(-1), stage: 'closed' });
  });

  it('says a re-rating is filed when the registry marks it pending, and nothing once the stars are gone', () => {
    expect(reratingDueOn(cert({ expiresOn: day(30), status: 'pending-rerating' }), AS_OF)).toMatchObject({ stage: 'filed' });
    expect(reratingDueOn(cert({ expiresOn: day(-1) }), AS_OF)).toBeUndefined();
    expect(reratingDueOn(cert({ expiresOn: day(30), status: 'revoked', revokedOn: day(-1) }), AS_OF)).toBeUndefined();
  });
});
