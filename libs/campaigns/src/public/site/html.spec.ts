import { escapeHtml, html } from './html';

describe('html', () => {
  it('escapes every interpolated text, in content and in double-quoted attributes', () => {
    const name = `"><script>alert('x')</script>&`;
    expect(html`<p title="${name}">${name}</p>`.markup).toBe(
      `<p title="&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;</p>`,
    );
    expect(escapeHtml('Zúñiga «El Viejo»')).toBe('Zúñiga «El Viejo»');
  });

  it('keeps nested markup, joins arrays and drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.markup).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });
});
