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

  it('sends a search to its query’s kept results when the query can be their path as it is', async () => {
    /** The path the proxy rewrites `path` to, or null when it lets it go on as it is. */
    const sentTo = async (path: string) => {
      const response = await proxy(request(path));
      expect(response.status, path).toBe(200);
      const rewrite = response.headers.get('x-middleware-rewrite');
      return rewrite === null ? null : new URL(rewrite).pathname;
    };
    const kept = (script: string, q: string) => `/${script}/search/${encodeURIComponent(q)}`;
    expect(await sentTo(`/zh-hant/search?q=${encodeURIComponent('算力 人才')}`)).toBe(
      kept('zh-hant', '算力 人才'),
    );
    expect(await sentTo('/zh-hans/search?q=%E5%85%A5%E8%82%A1+%E5%90%88%E4%BD%9C%E7%A4%BE')).toBe(
      kept('zh-hans', '入股 合作社'),
    );
    // The first q, as the search page reads it.
    expect(await sentTo(`/zh-hans/search?q=${encodeURIComponent('算力')}&q=x`)).toBe(
      kept('zh-hans', '算力'),
    );
    expect(await sentTo(`/zh-hans/search?q=${'人'.repeat(64)}`)).toBe(
      kept('zh-hans', '人'.repeat(64)),
    );
    // The rest are searched per request: no query, too long, or not a path segment as it is.
    for (const q of [
      '',
      '人'.repeat(65),
      '入股/合作社',
      'a\\b',
      '合作社.',
      '..',
      '入股%合作社',
      'a#b',
      'a?b',
      'a\u0007b',
    ]) {
      expect(await sentTo(`/zh-hans/search?q=${encodeURIComponent(q)}`), q).toBeNull();
    }
    expect(await sentTo('/zh-hans/search')).toBeNull();
    // Only the search page's query.
    expect(await sentTo('/zh-hans?q=x')).toBeNull();
  });
});
