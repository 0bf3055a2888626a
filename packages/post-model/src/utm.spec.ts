import { describe, expect, it } from '@jest/globals';
import { buildUtmLink, campaignSlug, findLinks } from './utm.js';

const tags = {
  network: 'instagram',
  medium: 'social',
  campaign: 'spring_launch',
  postId: 'p-42',
} as const;

function params(result: ReturnType<typeof buildUtmLink>): URLSearchParams {
  if (!result.ok) throw new Error(result.problem);
  return new URL(result.url).searchParams;
}

describe('UTM-tagged links', () => {
  it('adds source = network, medium, campaign and content = post id', () => {
    const result = buildUtmLink('https://shop.example.com/sale', tags);
    expect(result).toEqual({
      ok: true,
      url: 'https://shop.example.com/sale?utm_source=instagram&utm_medium=social&utm_campaign=spring_launch&utm_content=p-42',
    });
  });

  it("keeps the link's own parameters and fragment and replaces earlier UTM tags", () => {
    const result = buildUtmLink(
      'https://shop.example.com/p?id=7&utm_source=old&lang=uk#reviews',
      tags,
    );
    const query = params(result);
    expect(query.get('id')).toBe('7');
    expect(query.get('lang')).toBe('uk');
    expect(query.getAll('utm_source')).toEqual(['instagram']);
    expect(result.ok && new URL(result.url).hash).toBe('#reviews');
  });

  it('leaves out an empty medium or campaign and encodes non-Latin values', () => {
    const query = params(
      buildUtmLink('http://example.com', { network: 'vk', campaign: ' весна 2027 ', postId: 'p' }),
    );
    expect(query.has('utm_medium')).toBe(false);
    expect(query.get('utm_campaign')).toBe('весна 2027');
  });

  it('refuses anything but an absolute http(s) address', () => {
    expect(buildUtmLink('javascript:alert(1)', tags)).toEqual({
      ok: false,
      problem: 'unsupported_protocol',
    });
    expect(buildUtmLink('mailto:team@example.com', tags)).toEqual({
      ok: false,
      problem: 'unsupported_protocol',
    });
    expect(buildUtmLink('shop.example.com/sale', tags)).toEqual({
      ok: false,
      problem: 'invalid_url',
    });
    expect(buildUtmLink('', tags)).toEqual({ ok: false, problem: 'invalid_url' });
  });
});

describe('links in a post', () => {
  it('finds http(s) and www links once each, without the sentence’s punctuation', () => {
    expect(
      findLinks(
        'Sale! https://shop.example.com/sale?x=1. See www.example.org, and https://shop.example.com/sale?x=1 again.',
      ),
    ).toEqual(['https://shop.example.com/sale?x=1', 'https://www.example.org']);
  });

  it('keeps a closing bracket the link opened and drops one it did not', () => {
    expect(findLinks('(see https://en.wikipedia.org/wiki/Pho_(soup))')).toEqual([
      'https://en.wikipedia.org/wiki/Pho_(soup)',
    ]);
    expect(findLinks('(https://example.com/a)')).toEqual(['https://example.com/a']);
  });

  it('finds links in Thai, Persian and Hebrew text', () => {
    expect(findLinks('ลดราคา https://example.co.th/โปร วันนี้')).toEqual([
      'https://example.co.th/โปร',
    ]);
    expect(findLinks('تخفیف‌ها: https://example.ir/sale، امروز')).toEqual([
      'https://example.ir/sale',
    ]);
    expect(findLinks('מבצע https://example.co.il/sale.')).toEqual(['https://example.co.il/sale']);
  });

  it('finds nothing in a text without links', () => {
    expect(findLinks('#tea @lotus no links here')).toEqual([]);
  });
});

describe('campaign names from a media-plan row', () => {
  it('turns an activity into a lower-case slug of any script', () => {
    expect(campaignSlug('Spring launch — Reels')).toBe('spring_launch_reels');
    expect(campaignSlug('  Tết 2027!  ')).toBe('tết_2027');
    expect(campaignSlug('—')).toBe('');
    expect(campaignSlug('a'.repeat(150))).toHaveLength(100);
  });
});
