import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, 'http://127.0.0.1:3000'), init);

describe('the proxy, before Next can make or keep anything', () => {
  it('answers every method but GET and HEAD with 405, wherever it is sent', async () => {
    for (const path of [
      '/zh-hant/some-article/card.png',
      '/zh-hans/search?q=x',
      '/',
      '/robots.txt',
    ]) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const response = await proxy(request(path, { method }));
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow')).toBe('GET, HEAD');
        expect(response.headers.get('cache-control')).toBe('private, no-store');
      }
    }
  });

  it('answers a request with Next’s server-action or router headers with 400', async () => {
    const response = await proxy(request('/zh-hans', { headers: { 'next-action': 'abc' } }));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('lets a reader’s GET and HEAD of a page that exists go on to Next', async () => {
    for (const method of ['GET', 'HEAD']) {
      const response = await proxy(request('/zh-hans', { method }));
      expect(response.status, method).toBe(200);
      expect(response.headers.get('x-middleware-next'), method).toBe('1');
    }
  });
});
