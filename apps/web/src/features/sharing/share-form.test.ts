import {
  absoluteShareUrl,
  hasProblems,
  initialShareForm,
  onlyView,
  toShareInput,
  validateShareForm,
  type ShareFormValues,
} from './share-form';

const valid = (over: Partial<ShareFormValues> = {}): ShareFormValues => ({
  ...initialShareForm(),
  label: 'Client — Lotus marketing team',
  ...over,
});

describe('the share dialog’s validation', () => {
  it('accepts a label with the default capability and expiry, and no password', () => {
    expect(validateShareForm(valid())).toEqual({});
    expect(hasProblems(validateShareForm(valid()))).toBe(false);
  });

  it('asks for a label when it is empty or only spaces', () => {
    expect(validateShareForm(valid({ label: '' })).label).toBe('missing');
    expect(validateShareForm(valid({ label: '   \t ' })).label).toBe('missing');
  });

  it('refuses a label longer than 200 characters, counting emoji as one', () => {
    expect(validateShareForm(valid({ label: 'a'.repeat(201) })).label).toBe('tooLong');
    expect(validateShareForm(valid({ label: '🌸'.repeat(200) })).label).toBeUndefined();
  });

  it('refuses a password shorter than 8 characters and one longer than 200', () => {
    expect(validateShareForm(valid({ password: 'short' })).password).toBe('tooShort');
    expect(validateShareForm(valid({ password: 'x'.repeat(201) })).password).toBe('tooLong');
    expect(validateShareForm(valid({ password: 'lotus-tea-2027' })).password).toBeUndefined();
  });

  it('treats a password of only spaces as no password', () => {
    expect(validateShareForm(valid({ password: '    ' }))).toEqual({});
    expect(
      toShareInput(valid({ password: '    ' }), {
        kind: 'document',
        brandId: 'b1',
        documentId: 'd1',
      }).password,
    ).toBeNull();
  });
});

describe('the share dialog’s input', () => {
  it('sends a document link with its expiry in days and the trimmed label', () => {
    expect(
      toShareInput(valid({ label: '  Client  ', expiry: '7', capability: 'APPROVE' }), {
        kind: 'document',
        brandId: 'b1',
        documentId: 'd1',
      }),
    ).toEqual({
      brandId: 'b1',
      documentId: 'd1',
      capability: 'APPROVE',
      label: 'Client',
      expiresInDays: 7,
      password: null,
    });
  });

  it('sends no expiry for a link that never expires, and keeps a password as typed', () => {
    const input = toShareInput(valid({ expiry: 'never', password: ' secret pass ' }), {
      kind: 'document',
      brandId: 'b1',
      documentId: 'd1',
    });
    expect(input.expiresInDays).toBeNull();
    expect(input.password).toBe(' secret pass ');
  });

  it('sends a calendar range with its filters, and none when no filter is set', () => {
    expect(
      toShareInput(valid(), {
        kind: 'calendar',
        brandId: 'b1',
        from: '2027-03-01',
        to: '2027-04-01',
        networks: ['INSTAGRAM'],
        categoryIds: [],
      }).calendar,
    ).toEqual({ from: '2027-03-01', to: '2027-04-01', networks: ['INSTAGRAM'], categoryIds: null });
  });

  it('sends a report link as VIEW, whatever the form held, and starts its form on VIEW', () => {
    const report = { kind: 'report', brandId: 'b1' } as const;
    expect(initialShareForm(report).capability).toBe('VIEW');
    expect(onlyView(report)).toBe(true);
    expect(onlyView({ kind: 'document', brandId: 'b1', documentId: 'd1' })).toBe(false);
    expect(toShareInput(valid({ capability: 'APPROVE' }), report)).toEqual({
      brandId: 'b1',
      capability: 'VIEW',
      report: true,
      label: 'Client — Lotus marketing team',
      expiresInDays: 30,
      password: null,
    });
  });

  it('makes the server’s address absolute on this origin', () => {
    expect(absoluteShareUrl('/s/abc', 'https://chorus.example.com')).toBe(
      'https://chorus.example.com/s/abc',
    );
    expect(absoluteShareUrl('https://x.example/s/abc', 'https://chorus.example.com')).toBe(
      'https://x.example/s/abc',
    );
  });
});
