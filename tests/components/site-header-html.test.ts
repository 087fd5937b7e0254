// @vitest-environment jsdom
import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptToggle, siteHeader } from '@/components/site-header-html';
import { labelsFor } from '@/lib/web/labels';
import { clearDom, loadHtml } from '../support/dom';

afterEach(clearDom);

const hrefs = {
  'zh-hans': '/zh-hans/a',
  'zh-hant': '/zh-hant/a',
  'zh-hant-hk': '/zh-hant-hk/a',
} as const;

describe('scriptToggle', () => {
  it('links to the same page in each script, each label in its own language', () => {
    const page = loadHtml(scriptToggle('zh-hans', hrefs, '切换')).container;
    const hans = within(page).getByRole('link', { name: '简体' });
    const hant = within(page).getByRole('link', { name: '台灣繁體' });
    const hk = within(page).getByRole('link', { name: '香港繁體' });
    expect(hans.getAttribute('href')).toBe('/zh-hans/a');
    expect(hant.getAttribute('href')).toBe('/zh-hant/a');
    expect(hk.getAttribute('href')).toBe('/zh-hant-hk/a');
    expect(hans.getAttribute('lang')).toBe('zh-Hans');
    expect(hant.getAttribute('lang')).toBe('zh-Hant');
    expect(hk.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(within(page).getByRole('navigation', { name: '切换' })).toBeTruthy();
  });

  it('marks the current script, and only it', () => {
    const page = loadHtml(scriptToggle('zh-hant', hrefs, '切換')).container;
    expect(within(page).getByRole('link', { name: '台灣繁體' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(page).getByRole('link', { name: '简体' }).hasAttribute('aria-current')).toBe(
      false,
    );
    expect(within(page).getByRole('link', { name: '香港繁體' }).hasAttribute('aria-current')).toBe(
      false,
    );
  });
});

describe('siteHeader', () => {
  it('skips to the text, links home in its script, and toggles to the same page, query and all', () => {
    const page = loadHtml(
      siteHeader('zh-hant-hk', labelsFor('zh-hant-hk'), 'search?q=%E7%AE%97'),
    ).container;
    const first = page.querySelector('a');
    expect(first?.getAttribute('href')).toBe('#main');
    expect(
      within(page)
        .getByRole('link', { name: labelsFor('zh-hant-hk').siteName })
        .getAttribute('href'),
    ).toBe('/zh-hant-hk');
    expect(within(page).getByRole('link', { name: '简体' }).getAttribute('href')).toBe(
      '/zh-hans/search?q=%E7%AE%97',
    );
  });
});
