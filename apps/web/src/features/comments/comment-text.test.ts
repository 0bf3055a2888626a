import { fillTemplate, mentionQueryAt, safeLinkHref, splitCommentBody } from './comment-text';

describe('comment bodies', () => {
  it('keeps hostile HTML and Markdown as text', () => {
    const body = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold**';
    expect(splitCommentBody(body)).toEqual([{ kind: 'text', text: body }]);
  });

  it('makes http and https addresses links, without the punctuation that ends the sentence', () => {
    expect(splitCommentBody('See https://example.com/a?b=1, and http://x.org.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: ', and ' },
      { kind: 'link', text: 'http://x.org', href: 'http://x.org/' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('refuses addresses that are not http or carry credentials', () => {
    expect(safeLinkHref('javascript:alert(1)')).toBeNull();
    expect(safeLinkHref('data:text/html,hi')).toBeNull();
    expect(safeLinkHref('https://user:pass@example.com')).toBeNull();
    expect(splitCommentBody('https://user:pw@evil.test')).toEqual([
      { kind: 'text', text: 'https://user:pw@evil.test' },
    ]);
  });

  it('marks mentions of the people named', () => {
    expect(splitCommentBody('Thanks @Ann Lee and @Bo!', ['Ann Lee', 'Bo'])).toEqual([
      { kind: 'text', text: 'Thanks ' },
      { kind: 'mention', text: '@Ann Lee' },
      { kind: 'text', text: ' and ' },
      { kind: 'mention', text: '@Bo' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('finds the mention being typed before the caret', () => {
    expect(mentionQueryAt('Hi @An', 6)).toEqual({ query: 'An', start: 3 });
    expect(mentionQueryAt('mail a@b', 8)).toBeNull();
    expect(mentionQueryAt('@', 1)).toEqual({ query: '', start: 0 });
  });

  it('fills known template variables and leaves the others to the moderator', () => {
    expect(
      fillTemplate('Hello {{ name }}, about {{brand}}: {{date}}', { name: 'Ann', brand: 'Lotus' }),
    ).toBe('Hello Ann, about Lotus: {{date}}');
  });
});
