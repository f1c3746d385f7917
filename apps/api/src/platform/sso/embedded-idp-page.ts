import { maskNationalId } from '@pishkhan/national-id';

export interface LeadEvaluatorChoice {
  userId: string;
  firstName: string;
  lastName: string;
  nationalId: string;
}

/** The embedded IdP's pages allow no script and no framing. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

const STYLE = `
body{font-family:Vazirmatn,Tahoma,sans-serif;background:#f3f5f8;color:#1f2937;margin:0;padding:2rem 1rem}
main{max-width:30rem;margin:0 auto;background:#fff;border-radius:12px;box-shadow:0 2px 10px #0001;padding:1.5rem}
h1{font-size:1.25rem;margin:0 0 .25rem}p{margin:.25rem 0 1rem;color:#4b5563}
.note{background:#fff7e6;border:1px solid #f5c16c;border-radius:8px;padding:.5rem .75rem;font-size:.85rem}
ul{list-style:none;padding:0;margin:0 0 1rem}li{margin:.4rem 0}
button{font:inherit;cursor:pointer;border-radius:8px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;padding:.55rem 1rem}
li button{width:100%;text-align:right;background:#eef2ff;color:#1e3a8a;border-color:#c7d2fe;display:flex;justify-content:space-between}
.id{direction:ltr;unicode-bidi:embed;font-family:monospace}
label{display:block;margin:1rem 0 .25rem}input{font:inherit;direction:ltr;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #cbd5e1;border-radius:8px}
.row{display:flex;gap:.5rem;margin-top:.75rem}.secondary{background:#fff;color:#374151;border-color:#cbd5e1}
.error{color:#b91c1c;margin:.5rem 0}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function layout(body: string): string {
  return `<!doctype html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>سامانهٔ سینا (نسخهٔ آزمایشی)</title><style>${STYLE}</style></head>
<body><main>
<h1>سامانهٔ سینا (نسخهٔ آزمایشی)</h1>
<p class="note">این صفحه شبیه‌ساز ورود یکپارچه برای توسعه و آزمون است و در محیط عملیاتی وجود ندارد.</p>
${body}
</main></body></html>`;
}

/**
 * The sign-in page: every lead evaluator to click (name and masked national ID; the button sends
 * the user's id, so no whole national ID is written into the page), or a national ID to type.
 */
export function loginPage(action: string, abortAction: string, people: readonly LeadEvaluatorChoice[], error: string | null): string {
  const list = people.length
    ? `<p>برای ورود، یکی از راهبران اصلی را برگزینید:</p>
<form method="post" action="${escapeHtml(action)}"><ul>
${people
  .map(
    (p) =>
      `<li><button type="submit" name="userId" value="${escapeHtml(p.userId)}"><span>${escapeHtml(`${p.firstName} ${p.lastName}`)}</span><span class="id">${escapeHtml(maskNationalId(p.nationalId))}</span></button></li>`,
  )
  .join('\n')}
</ul></form>`
    : '<p>هیچ راهبر اصلی فعالی در پایگاه داده نیست.</p>';
  return layout(`${list}
<form method="post" action="${escapeHtml(action)}">
<label for="nationalId">یا کد ملی را وارد کنید:</label>
<input id="nationalId" name="nationalId" inputmode="numeric" autocomplete="off" maxlength="20">
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<div class="row"><button type="submit">ورود</button></div>
</form>
<form method="post" action="${escapeHtml(abortAction)}"><div class="row"><button type="submit" class="secondary">انصراف و بازگشت به پیشخوان</button></div></form>`);
}

/** The provider's own error page (a bad request to the IdP), in Persian; details stay in English. */
export function errorPage(error: string, description: string | undefined): string {
  return layout(
    `<p class="error" role="alert">درخواست ورود معتبر نیست.</p><p class="id">${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ''}</p>`,
  );
}
