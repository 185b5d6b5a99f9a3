import { createHash } from 'node:crypto';

/**
 * The public site's only style sheet, inline (one request less on a slow phone) and allowed
 * by its hash in the content security policy. Mobile first; colours meet WCAG AA contrast on
 * white (red #a3001b 7.4:1, grey #4a4a4a 8.9:1, blue #0b4fb3 7.3:1).
 */
export const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4fb3}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #0b4fb3;outline-offset:2px}
.top{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 1rem;background:#a3001b;color:#fff}
.top a{color:#fff;font-weight:600}
.top a:focus-visible{outline-color:#fff}
.brand{margin:0;font-weight:800;letter-spacing:.08em;text-transform:uppercase}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.2;margin:.25rem 0 .5rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.1rem;margin:0}
.muted{color:#4a4a4a}
.call{border:2px solid #a3001b;border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
.call h2{margin-top:0}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 0;padding:0;list-style:none}
.button,button{display:inline-block;min-height:2.75rem;padding:.6rem 1rem;border:0;border-radius:.5rem;background:#a3001b;color:#fff;font:inherit;font-weight:700;text-decoration:none;cursor:pointer}
.button.secondary{background:#fff;color:#a3001b;border:2px solid #a3001b}
.entries{list-style:none;margin:0;padding:0}
.entries li{display:flex;gap:.75rem;align-items:flex-start;border-top:1px solid #ccc;padding:.75rem 0}
.entries p{margin:.25rem 0}
.photo{flex:none;width:5.5rem;aspect-ratio:3/4;object-fit:cover;border-radius:.25rem;background:#eee}
.portrait{display:block;width:100%;max-width:18rem;aspect-ratio:3/4;object-fit:cover;border-radius:.5rem;background:#eee}
.rank{display:block;font-weight:700;color:#a3001b}
.captured{display:inline-block;margin:.2rem 0;padding:0 .5rem;border-radius:.25rem;background:#1d6b34;color:#fff;font-weight:700;text-transform:uppercase}
.warning{border-left:.35rem solid #a3001b;background:#fbeaec;padding:.5rem .75rem;font-weight:600}
form{margin:1rem 0}
label,legend{display:block;font-weight:600;margin:.75rem 0 .25rem}
fieldset{border:1px solid #ccc;border-radius:.5rem;margin:1rem 0;padding:0 .75rem .75rem}
fieldset label{font-weight:400}
input[type=text],input[type=tel],input[type=email],textarea{display:block;width:100%;padding:.5rem;border:2px solid #4a4a4a;border-radius:.35rem;font:inherit;background:#fff;color:#1a1a1a}
textarea{min-height:9rem}
.choice{display:flex;gap:.5rem;align-items:center;margin:.35rem 0}
.choice input{width:1.4rem;height:1.4rem;margin:0}
.choice label{margin:0}
.hint{margin:.1rem 0 .25rem;color:#4a4a4a;font-size:.95rem}
.problems,.notice{border:2px solid #a3001b;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
.notice.ok{border-color:#1d6b34}
.problem{color:#a3001b;font-weight:600;margin:.25rem 0}
[aria-invalid=true]{border-color:#a3001b}
.receipt{font:700 1.6rem/1.3 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.05em;word-break:break-all;border:2px dashed #1a1a1a;border-radius:.5rem;padding:.75rem;text-align:center}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
footer{max-width:40rem;margin:0 auto;padding:1rem;border-top:1px solid #ccc;color:#4a4a4a;font-size:.95rem}
`.trim();

/** For `style-src` in the pages' content security policy. */
export const SITE_CSS_HASH = `'sha256-${createHash('sha256').update(SITE_CSS).digest('base64')}'`;
