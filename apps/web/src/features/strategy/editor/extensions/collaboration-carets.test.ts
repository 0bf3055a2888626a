import { labelTextColor, renderCaret } from './collaboration-carets';

describe('other people’s carets', () => {
  it('show the name the server stamped, as text, in the person’s colour', () => {
    const caret = renderCaret({ name: '<img src=x onerror=alert(1)>Linh', color: '#1c7ed6' });
    const label = caret.querySelector('.collaboration-carets__label');

    expect(caret).toHaveClass('collaboration-carets__caret');
    expect(caret.style.borderColor).toBe('rgb(28, 126, 214)');
    expect(label?.textContent).toBe('<img src=x onerror=alert(1)>Linh');
    expect(label?.querySelector('img')).toBeNull();
  });

  it('fall back to a grey caret when the colour is not #rrggbb', () => {
    const caret = renderCaret({ name: 'Sara', color: 'red; background: url(x)' });
    expect(caret.style.borderColor).toBe('rgb(73, 80, 87)');
  });

  it('write the name in black or white, whichever reads better on the colour', () => {
    expect(labelTextColor('#e8590c')).toBe('#000000');
    expect(labelTextColor('#7048e8')).toBe('#ffffff');
    expect(labelTextColor('#495057')).toBe('#ffffff');
  });
});
