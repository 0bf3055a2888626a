import { STATUS_PALETTE, eventColors, paletteOf } from './calendar-colors';
import { buildCalendarPost } from './testing/build-post';

describe('calendar colours', () => {
  it("colours a post by its category's palette colour", () => {
    const post = buildCalendarPost();
    expect(paletteOf(post, 'category')).toBe('grape');
    expect(eventColors(post, 'category')).toEqual({
      palette: 'grape',
      backgroundColor: 'var(--mantine-color-grape-1)',
      borderColor: 'var(--mantine-color-grape-6)',
      textColor: 'var(--mantine-color-black)',
    });
  });

  it('colours a post by its status when the toggle says so', () => {
    expect(paletteOf(buildCalendarPost({ status: 'SCHEDULED' }), 'status')).toBe('violet');
    expect(paletteOf(buildCalendarPost({ status: 'PUBLISHED' }), 'status')).toBe('green');
    expect(paletteOf(buildCalendarPost({ status: 'DRAFT' }), 'status')).toBe('gray');
    // Every status has its own colour.
    expect(new Set(Object.values(STATUS_PALETTE)).size).toBe(Object.keys(STATUS_PALETTE).length);
  });

  it('draws posts without a category, or with a colour the app does not know, in gray', () => {
    expect(paletteOf(buildCalendarPost({ category: null }), 'category')).toBe('gray');
    const odd = buildCalendarPost();
    odd.category = { ...odd.category!, color: 'url(javascript:alert(1))' };
    expect(eventColors(odd, 'category').backgroundColor).toBe('var(--mantine-color-gray-1)');
  });
});
