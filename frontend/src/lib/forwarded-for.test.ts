import { describe, expect, test } from 'vitest';
import { forwardedFor, normalizeAddress, parseTrustedProxies } from '@/lib/forwarded-for';

const none = parseTrustedProxies(undefined);

describe('forwardedFor', () => {
  test("the peer's address, whatever the client claims", () => {
    expect(forwardedFor('203.0.113.9', '198.51.100.7', none)).toBe('198.51.100.7');
    expect(forwardedFor('1.1.1.1, 2.2.2.2', '198.51.100.7', none)).toBe('198.51.100.7');
    expect(forwardedFor(null, '198.51.100.7', none)).toBe('198.51.100.7');
  });

  test('a client on loopback is no proxy unless configured', () => {
    expect(forwardedFor('203.0.113.9', '127.0.0.1', none)).toBe('127.0.0.1');
  });

  test("a trusted proxy's chain is kept and the proxy appended", () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.168.1.5');
    expect(forwardedFor('203.0.113.9', '10.1.2.3', trusted)).toBe('203.0.113.9, 10.1.2.3');
    expect(forwardedFor(' 1.1.1.1 ,2.2.2.2,', '192.168.1.5', trusted)).toBe(
      '1.1.1.1, 2.2.2.2, 192.168.1.5',
    );
    expect(forwardedFor(null, '10.1.2.3', trusted)).toBe('10.1.2.3');
    expect(forwardedFor('203.0.113.9', '192.168.1.6', trusted)).toBe('192.168.1.6');
  });

  test('IPv4 on a dual-stack socket and IPv6 peers', () => {
    const trusted = parseTrustedProxies('127.0.0.1, fd00::/8');
    expect(forwardedFor('203.0.113.9', '::ffff:127.0.0.1', trusted)).toBe('203.0.113.9, 127.0.0.1');
    expect(forwardedFor('203.0.113.9', 'fd00::1', trusted)).toBe('203.0.113.9, fd00::1');
    expect(forwardedFor('203.0.113.9', '2001:db8::1', trusted)).toBe('2001:db8::1');
  });

  test('no peer known: nothing the client sent is passed on', () => {
    expect(forwardedFor('203.0.113.9', null, none)).toBeNull();
    expect(forwardedFor('203.0.113.9', '', none)).toBeNull();
    expect(forwardedFor('203.0.113.9', 'not-an-address', none)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  test('addresses and ranges of both families', () => {
    const list = parseTrustedProxies(' 10.0.0.0/8 ,::1, 192.168.0.1 ');
    expect(list.check('10.255.0.1', 'ipv4')).toBe(true);
    expect(list.check('11.0.0.1', 'ipv4')).toBe(false);
    expect(list.check('::1', 'ipv6')).toBe(true);
    expect(list.check('192.168.0.1', 'ipv4')).toBe(true);
  });

  test.each(['localhost', '10.0.0.0/33', '10.0.0.0/', '10.0.0.0/8/1', '::1/129', '1.2.3'])(
    'rejects %j, naming it',
    (entry) => {
      expect(() => parseTrustedProxies(`127.0.0.1, ${entry}`)).toThrow(entry);
    },
  );

  test('normalizeAddress', () => {
    expect(normalizeAddress('::FFFF:10.0.0.1')).toBe('10.0.0.1');
    expect(normalizeAddress('FD00::1')).toBe('fd00::1');
  });
});
