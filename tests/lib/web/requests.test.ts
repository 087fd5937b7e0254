import { describe, expect, it } from 'vitest';
import {
  internalHeadersIn,
  isReadMethod,
  methodNotAllowed,
  notAReaderRequest,
} from '@/lib/web/requests';

describe('isReadMethod', () => {
  it('lets GET and HEAD through', () => {
    expect(isReadMethod('GET')).toBe(true);
    expect(isReadMethod('HEAD')).toBe(true);
  });

  it('refuses every method that writes, asks or is not a method of HTTP', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'X']) {
      expect(isReadMethod(method), method).toBe(false);
    }
  });

  it('is case-sensitive, as HTTP methods are: `get` is not GET', () => {
    expect(isReadMethod('get')).toBe(false);
    expect(isReadMethod('Head')).toBe(false);
  });
});

describe('methodNotAllowed', () => {
  it('is a 405 that says what is allowed and that no cache may keep', async () => {
    const response = methodNotAllowed();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toMatch(/Method Not Allowed/);
  });
});

describe('internalHeadersIn', () => {
  it('finds nothing in what a browser sends, prefetches included', () => {
    const browser = new Headers({
      accept: 'text/html',
      'accept-language': 'zh-TW',
      cookie: 'script=zh-hant',
      purpose: 'prefetch',
      'sec-purpose': 'prefetch',
      range: 'bytes=0-9',
      'if-none-match': '"x"',
    });
    expect(internalHeadersIn(browser)).toEqual([]);
  });

  it('names the headers of Next’s client router and server actions, in any case', () => {
    const router = new Headers({ RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Action': 'abc' });
    expect(internalHeadersIn(router).sort()).toEqual([
      'next-action',
      'next-router-prefetch',
      'rsc',
    ]);
  });
});

describe('notAReaderRequest', () => {
  it('is a 400 that no cache may keep', () => {
    const response = notAReaderRequest();
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});
