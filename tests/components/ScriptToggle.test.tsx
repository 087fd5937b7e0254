// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptToggle } from '@/components/ScriptToggle';

afterEach(cleanup);

const hrefs = {
  'zh-hans': '/zh-hans/a',
  'zh-hant': '/zh-hant/a',
  'zh-hant-hk': '/zh-hant-hk/a',
} as const;

describe('ScriptToggle', () => {
  it('links to the same page in each script, each label in its own language', () => {
    render(<ScriptToggle current="zh-hans" hrefs={hrefs} label="切换" />);
    const hans = screen.getByRole('link', { name: '简体' });
    const hant = screen.getByRole('link', { name: '台灣繁體' });
    const hk = screen.getByRole('link', { name: '香港繁體' });
    expect(hans.getAttribute('href')).toBe('/zh-hans/a');
    expect(hant.getAttribute('href')).toBe('/zh-hant/a');
    expect(hk.getAttribute('href')).toBe('/zh-hant-hk/a');
    expect(hans.getAttribute('lang')).toBe('zh-Hans');
    expect(hant.getAttribute('lang')).toBe('zh-Hant');
    expect(hk.getAttribute('lang')).toBe('zh-Hant-HK');
  });

  it('marks the current script, and only it', () => {
    render(<ScriptToggle current="zh-hant" hrefs={hrefs} label="切換" />);
    expect(screen.getByRole('link', { name: '台灣繁體' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('link', { name: '简体' }).hasAttribute('aria-current')).toBe(false);
    expect(screen.getByRole('link', { name: '香港繁體' }).hasAttribute('aria-current')).toBe(false);
  });
});
