import { firstDayOfWeek, isRightToLeft } from './calendar-locale';
import { changesCalendar } from './calendar-live';

describe("the reader's calendar locale", () => {
  it("starts the week as the reader's own locale does when it is in the app's language", () => {
    expect(firstDayOfWeek('en', ['en-GB', 'en'])).toBe(1);
    expect(firstDayOfWeek('en', ['en-US'])).toBe(0);
  });

  it("falls back to the language's usual region", () => {
    expect(firstDayOfWeek('uk', ['en-US'])).toBe(1);
    expect(firstDayOfWeek('vi', [])).toBe(1);
    expect(firstDayOfWeek('he', [])).toBe(0);
    expect(firstDayOfWeek('fa', [])).toBe(6);
  });

  it('mirrors the grid in Hebrew and Persian only', () => {
    expect(isRightToLeft('he')).toBe(true);
    expect(isRightToLeft('fa')).toBe(true);
    expect(isRightToLeft('th')).toBe(false);
    expect(isRightToLeft('en')).toBe(false);
  });
});

describe('live events the calendar reacts to', () => {
  it("refetches on the brand's post events only", () => {
    expect(changesCalendar({ type: 'post.moved', brandId: 'b1' }, 'b1')).toBe(true);
    expect(changesCalendar({ type: 'post.created', brandId: 'b1' }, 'b1')).toBe(true);
    expect(changesCalendar({ type: 'post.moved', brandId: 'b2' }, 'b1')).toBe(false);
    expect(changesCalendar({ type: 'document.renamed', brandId: 'b1' }, 'b1')).toBe(false);
  });
});
