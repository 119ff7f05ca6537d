import { describe, expect, it } from 'vitest';
import { certificateStateOn, computedExpiry, starsShownOn, stateChangedOn } from '../../../src/domain/certificate.ts';

const active = (expiresOn: string) => ({ expiresOn, status: 'active' as const });

describe('computedExpiry', () => {
  it('runs 36 months to the same day', () => {
    expect(computedExpiry('2023-11-23')).toBe('2026-11-23');
  });

  it('ends on 28 February for a decision on 29 February', () => {
    expect(computedExpiry('2024-02-29')).toBe('2027-02-28');
  });

  it('ends on the last day of the month for a decision on the 31st', () => {
    expect(computedExpiry('2023-08-31')).toBe('2026-08-31');
    expect(computedExpiry('2022-05-31')).toBe('2025-05-31');
    expect(computedExpiry('2023-10-31')).toBe('2026-10-31');
    expect(computedExpiry('2023-12-31')).toBe('2026-12-31');
  });
});

describe('certificateStateOn', () => {
  it('still shows stars on the day of expiry and drops them the day after', () => {
    expect(starsShownOn(active('2026-11-23'), '2026-11-23')).toBe(true);
    expect(certificateStateOn(active('2026-11-23'), '2026-11-24')).toEqual({ shown: false, state: 'expired', since: '2026-11-24' });
  });

  it('shows nothing for a revoked certificate whatever its expiry', () => {
    expect(certificateStateOn({ expiresOn: '2029-01-01', status: 'revoked', revokedOn: '2026-03-15' }, '2026-11-23')).toEqual({
      shown: false,
      state: 'revoked',
      since: '2026-03-15',
    });
  });

  it('keeps a certificate pending re-rating for at most 180 days past expiry', () => {
    const pending = { expiresOn: '2026-08-10', status: 'pending-rerating' as const };
    expect(certificateStateOn(pending, '2026-11-23')).toMatchObject({ shown: true, state: 'pending' });
    expect(certificateStateOn(pending, '2027-02-06')).toMatchObject({ shown: true, state: 'pending', validUntil: '2027-02-06' });
    expect(certificateStateOn(pending, '2027-02-07')).toEqual({ shown: false, state: 'expired', since: '2027-02-07' });
  });

  it('marks a valid certificate with a filed re-rating as under re-rating', () => {
    expect(certificateStateOn({ expiresOn: '2027-01-01', status: 'pending-rerating' }, '2026-11-23')).toMatchObject({ state: 'valid', underRerating: true });
  });
});

describe('the day a certificate last changed state', () => {
  const decided = '2024-03-10';
  it('a valid certificate changed on its decision', () => {
    expect(stateChangedOn({ expiresOn: '2027-03-10', status: 'active' }, decided, '2026-11-23')).toBe(decided);
  });
  it('a lapsed one on the day after its last valid day', () => {
    expect(stateChangedOn({ expiresOn: '2026-11-22', status: 'active' }, '2023-11-22', '2026-11-23')).toBe('2026-11-23');
    expect(stateChangedOn({ expiresOn: '2026-10-01', status: 'active' }, '2023-10-01', '2026-11-23')).toBe('2026-10-02');
  });
  it('one in its re-rating grace on the day the grace began', () => {
    expect(stateChangedOn({ expiresOn: '2026-10-01', status: 'pending-rerating' }, '2023-10-01', '2026-11-23')).toBe('2026-10-02');
  });
  it('a revoked one on its revocation, never after the build date', () => {
    expect(stateChangedOn({ expiresOn: '2027-03-10', status: 'revoked', revokedOn: '2026-05-04' }, decided, '2026-11-23')).toBe('2026-05-04');
    expect(stateChangedOn({ expiresOn: '2027-03-10', status: 'revoked', revokedOn: '2026-12-31' }, decided, '2026-11-23')).toBe('2026-11-23');
  });
});
