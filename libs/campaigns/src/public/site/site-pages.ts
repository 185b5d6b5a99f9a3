import type { TipLanguage } from '@app/cases';
import { PUBLIC_NARRATIVE_MAX_LENGTH } from '../public-tip.types';
import { PublicCampaign, PublicWantedEntry } from '../public-campaign.type';
import { telHref, whatsappHref } from './contact-links';
import { html, SafeHtml } from './html';
import { SITE_CSS } from './site-style';
import { FormField, SITE_TEXT, SiteText } from './site-text';

/** A rendered page and the addresses of the images it shows (for the content security policy). */
export interface SitePage {
  html: string;
  images: string[];
}

/** What a campaign's pages show: its public view plus the numbers to call and its summary. */
export interface CampaignSite {
  view: PublicCampaign;
  summary: string;
  hotlinePhone: string;
  whatsappPhone: string | null;
}

/** What a visitor typed into a form, and which fields need another look. */
export interface FormState {
  values: Partial<Record<'narrative' | 'name' | 'phone' | 'email' | 'language' | 'receiptCode', string>>;
  problems: FormField[];
}

export const EMPTY_FORM: FormState = { values: {}, problems: [] };

export const FOLLOW_UP_SEGMENT = 'seguimiento';
// Each language named in itself, as language pickers do.
const LANGUAGE_NAMES: Record<TipLanguage, string> = { es: 'Español', en: 'English' };

/** A path of the public site in `language` (Spanish needs no parameter). */
export function sitePath(language: TipLanguage, ...segments: (string | number)[]): string {
  return `/se-busca/${segments.map((segment) => encodeURIComponent(String(segment))).join('/')}${language === 'en' ? '?lang=en' : ''}`;
}

function quoted(language: TipLanguage, aliases: string[]): string {
  return aliases.map((alias) => (language === 'es' ? `«${alias}»` : `“${alias}”`)).join(', ');
}

interface LayoutOptions {
  title: string;
  body: SafeHtml;
  /** The same page in the other language; left out where there is none (answers to a form). */
  otherLanguagePath?: string;
  footer?: SafeHtml;
}

function layout(language: TipLanguage, { title, body, otherLanguagePath, footer }: LayoutOptions): string {
  const text = SITE_TEXT[language];
  const other = text.otherLanguage;
  return html`<!doctype html>
<html lang="${text.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${otherLanguagePath ? html`<link rel="alternate" hreflang="${other.htmlLang}" href="${otherLanguagePath}">` : ''}
<style>${new SafeHtml(SITE_CSS)}</style>
</head>
<body>
<header class="top">
<p class="brand">${text.wanted}</p>
${otherLanguagePath ? html`<nav aria-label="${text.languageNav}"><a href="${otherLanguagePath}" hreflang="${other.htmlLang}" lang="${other.htmlLang}">${other.label}</a></nav>` : ''}
</header>
<main>
${body}
</main>
${footer ? html`<footer>${footer}</footer>` : ''}
</body>
</html>
`.markup;
}

function callBox(text: SiteText, site: CampaignSite, heading: string): SafeHtml {
  return html`<section class="call" aria-labelledby="call-heading">
<h2 id="call-heading">${heading}</h2>
<p>${text.confidential}</p>
<ul class="actions">
<li><a class="button" href="${telHref(site.hotlinePhone)}">${text.call(site.hotlinePhone)}</a></li>
${site.whatsappPhone ? html`<li><a class="button" href="${whatsappHref(site.whatsappPhone)}">${text.whatsapp(site.whatsappPhone)}</a></li>` : ''}
</ul>
</section>`;
}

function footer(text: SiteText, language: TipLanguage, site: CampaignSite): SafeHtml {
  return html`<p>${text.campaignOf(site.view.ownerAgencyCode)} <a href="${sitePath(language, FOLLOW_UP_SEGMENT)}">${text.followUpLink}</a></p>`;
}

function problemList(text: SiteText, problems: FormField[]): SafeHtml | '' {
  if (problems.length === 0) return '';
  return html`<div class="problems" role="alert">
<p><strong>${text.problemsHeading}</strong></p>
<ul>${problems.map((field) => html`<li><a href="#${field === 'form' ? 'form-problem' : field}">${text.problems[field]}</a></li>`)}</ul>
</div>`;
}

/** A labelled control's accessibility attributes and the message under it when it has a problem. */
function fieldState(text: SiteText, form: FormState, field: FormField, hint?: string) {
  const invalid = form.problems.includes(field);
  const describedBy = [hint ? `${field}-hint` : '', invalid ? `${field}-problem` : ''].filter(Boolean).join(' ');
  return {
    attributes: new SafeHtml(
      `${describedBy ? ` aria-describedby="${describedBy}"` : ''}${invalid ? ' aria-invalid="true"' : ''}`,
    ),
    notes: html`${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : ''}${invalid ? html`<p class="problem" id="${field}-problem">${text.problems[field]}</p>` : ''}`,
  };
}

/** A field bots fill in and people never see. */
function trap(text: SiteText): SafeHtml {
  return html`<div class="trap" aria-hidden="true"><label for="website">${text.honeypotLabel}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>`;
}

function tipForm(text: SiteText, language: TipLanguage, action: string, heading: string, form: FormState): SafeHtml {
  const narrative = fieldState(text, form, 'narrative', text.narrativeHint(PUBLIC_NARRATIVE_MAX_LENGTH));
  const contact = (field: 'name' | 'phone' | 'email', label: string, type: string, autocomplete: string) => {
    const state = fieldState(text, form, field);
    return html`<label for="${field}">${label}</label>${state.notes}<input type="${type}" id="${field}" name="${field}" autocomplete="${autocomplete}" value="${form.values[field] ?? ''}"${state.attributes}>`;
  };
  const tipLanguage = form.values.language === 'en' || form.values.language === 'es' ? form.values.language : language;
  return html`<section aria-labelledby="tip-heading">
<h2 id="tip-heading">${heading}</h2>
<p>${text.tipIntro}</p>
<form method="post" action="${action}">
${problemList(text, form.problems)}
${form.problems.includes('form') ? html`<p class="problem" id="form-problem">${text.problems.form}</p>` : ''}
<label for="narrative">${text.narrativeLabel}</label>
${narrative.notes}
<textarea id="narrative" name="narrative" required maxlength="${PUBLIC_NARRATIVE_MAX_LENGTH}"${narrative.attributes}>${form.values.narrative ?? ''}</textarea>
<fieldset>
<legend>${text.contactLegend}</legend>
<p class="hint">${text.contactHint}</p>
${contact('name', text.nameLabel, 'text', 'name')}
${contact('phone', text.phoneLabel, 'tel', 'tel')}
${contact('email', text.emailLabel, 'email', 'email')}
</fieldset>
<fieldset>
<legend>${text.languageLegend}</legend>
${(['es', 'en'] as const).map(
  (option) =>
    html`<div class="choice"><input type="radio" id="language-${option}" name="language" value="${option}"${option === tipLanguage ? new SafeHtml(' checked') : ''}><label for="language-${option}" lang="${SITE_TEXT[option].htmlLang}">${LANGUAGE_NAMES[option]}</label></div>`,
)}
</fieldset>
${trap(text)}
<button type="submit">${text.sendTip}</button>
</form>
</section>`;
}

function entryCard(text: SiteText, language: TipLanguage, slug: string, entry: PublicWantedEntry): SafeHtml {
  return html`<li>
${entry.photoUrl ? html`<img class="photo" src="${entry.photoUrl}" alt="${text.photoOf(entry.displayName)}" loading="lazy" decoding="async">` : ''}
<div>
<span class="rank">${text.rank(entry.rank)}</span>
${entry.captured ? html`<span class="captured">${text.captured(entry.sex)}</span>` : ''}
<h3><a href="${sitePath(language, slug, entry.rank)}">${entry.displayName}</a></h3>
${entry.aliases.length > 0 ? html`<p><strong>${text.aliases}:</strong> ${quoted(language, entry.aliases)}</p>` : ''}
<p><strong>${text.crimes}:</strong> ${entry.crimes.join(', ')}</p>
</div>
</li>`;
}

function photos(entries: PublicWantedEntry[]): string[] {
  return entries.flatMap((entry) => (entry.photoUrl ? [entry.photoUrl] : []));
}

/** `/se-busca/<slug>`: the wanted list, the numbers to call and a tip form about anything else. */
export function campaignPage(language: TipLanguage, site: CampaignSite, form: FormState = EMPTY_FORM): SitePage {
  const text = SITE_TEXT[language];
  const { view } = site;
  const body = html`<h1>${view.title}</h1>
<p class="muted">${view.region}</p>
<p>${site.summary}</p>
${callBox(text, site, text.seenThem)}
<h2>${text.wantedPeople}</h2>
<ol class="entries">${view.entries.map((entry) => entryCard(text, language, view.slug, entry))}</ol>
${tipForm(text, language, sitePath(language, view.slug), text.generalTipHeading, form)}`;
  return {
    html: layout(language, {
      title: view.title,
      body,
      otherLanguagePath: sitePath(text.otherLanguage.language, view.slug),
      footer: footer(text, language, site),
    }),
    images: photos(view.entries),
  };
}

/** `/se-busca/<slug>/<rank>`: one wanted person, how to call, the poster and the tip form. */
export function entryPage(
  language: TipLanguage,
  site: CampaignSite,
  entry: PublicWantedEntry,
  form: FormState = EMPTY_FORM,
): SitePage {
  const text = SITE_TEXT[language];
  const { view } = site;
  const body = html`<p><a href="${sitePath(language, view.slug)}">${text.backToList}</a></p>
<span class="rank">${text.rank(entry.rank)}</span>
${entry.captured ? html`<span class="captured">${text.captured(entry.sex)}</span>` : ''}
<h1>${entry.displayName}</h1>
${entry.photoUrl ? html`<img class="portrait" src="${entry.photoUrl}" alt="${text.photoOf(entry.displayName)}" decoding="async">` : ''}
${entry.aliases.length > 0 ? html`<p><strong>${text.aliases}:</strong> ${quoted(language, entry.aliases)}</p>` : ''}
<p><strong>${text.crimes}:</strong> ${entry.crimes.join(', ')}</p>
${entry.description.length > 0 ? html`<ul class="description">${entry.description.map((line) => html`<li>${line}</li>`)}</ul>` : ''}
<p>${entry.summary}</p>
<p class="warning">${entry.warning ?? text.warning}</p>
${callBox(text, site, text.seenThisPerson)}
<p><a href="${entry.posterUrl}">${text.poster}</a></p>
${tipForm(text, language, sitePath(language, view.slug, entry.rank), text.tipHeading, form)}`;
  return {
    html: layout(language, {
      title: `${entry.displayName} · ${view.title}`,
      body,
      otherLanguagePath: sitePath(text.otherLanguage.language, view.slug, entry.rank),
      footer: footer(text, language, site),
    }),
    images: photos([entry]),
  };
}

/** The answer to a tip: its receipt code, once, and what it is good for. */
export function receiptPage(language: TipLanguage, site: CampaignSite, receiptCode: string): SitePage {
  const text = SITE_TEXT[language];
  const body = html`<h1>${text.receivedTitle}</h1>
<h2>${text.receiptLabel}</h2>
<p class="receipt" data-receipt>${receiptCode}</p>
<p>${text.receiptKeep}</p>
<p>${text.receiptUse}</p>
<ul class="actions">
<li><a class="button" href="${sitePath(language, FOLLOW_UP_SEGMENT)}">${text.addInformation}</a></li>
<li><a class="button secondary" href="${sitePath(language, site.view.slug)}">${text.backToList}</a></li>
</ul>`;
  return {
    html: layout(language, { title: text.receivedTitle, body, footer: footer(text, language, site) }),
    images: [],
  };
}

/** What a follow-up told the visitor: only whether the tip was received. */
export type FollowUpOutcome = 'received' | 'added' | 'notFound' | 'noMoreAdditions';

/** `/se-busca/seguimiento`: a receipt code and, if the visitor has more to say, more information. */
export function followUpPage(language: TipLanguage, form: FormState = EMPTY_FORM, outcome?: FollowUpOutcome): SitePage {
  const text = SITE_TEXT[language];
  const code = fieldState(text, form, 'receiptCode', text.receiptCodeHint);
  const narrative = fieldState(text, form, 'narrative');
  const notices: Record<FollowUpOutcome, { ok: boolean; message: string }> = {
    received: { ok: true, message: text.tipReceived },
    added: { ok: true, message: text.tipReceivedAndAdded },
    notFound: { ok: false, message: text.tipNotFound },
    noMoreAdditions: { ok: false, message: text.noMoreAdditions },
  };
  const notice = outcome ? notices[outcome] : null;
  const body = html`<h1>${text.followUpTitle}</h1>
${notice ? html`<div class="notice${notice.ok ? ' ok' : ''}" role="status"><p>${notice.message}</p></div>` : ''}
<p>${text.followUpIntro}</p>
<form method="post" action="${sitePath(language, FOLLOW_UP_SEGMENT)}">
${problemList(text, form.problems)}
<label for="receiptCode">${text.receiptCodeLabel}</label>
${code.notes}
<input type="text" id="receiptCode" name="receiptCode" required maxlength="64" autocomplete="off" autocapitalize="characters" spellcheck="false" value="${form.values.receiptCode ?? ''}"${code.attributes}>
<label for="narrative">${text.moreInformationLabel}</label>
${narrative.notes}
<textarea id="narrative" name="narrative" maxlength="${PUBLIC_NARRATIVE_MAX_LENGTH}"${narrative.attributes}>${form.values.narrative ?? ''}</textarea>
${trap(text)}
<button type="submit">${text.send}</button>
</form>`;
  return {
    html: layout(language, {
      title: text.followUpTitle,
      body,
      otherLanguagePath: sitePath(text.otherLanguage.language, FOLLOW_UP_SEGMENT),
    }),
    images: [],
  };
}

export type SiteProblem = 'notFound' | 'rateLimited' | 'refused' | 'unreadable' | 'failed';

/** A page for what went wrong, in the visitor's language. */
export function problemPage(language: TipLanguage, problem: SiteProblem): SitePage {
  const text = SITE_TEXT[language];
  const [title, message] = {
    notFound: [text.notFoundTitle, text.notFoundBody],
    rateLimited: [text.rateLimitedTitle, text.rateLimitedBody],
    refused: [text.refusedTitle, text.refusedBody],
    unreadable: [text.unreadableTitle, text.unreadableBody],
    failed: [text.failedTitle, text.failedBody],
  }[problem];
  return { html: layout(language, { title, body: html`<h1>${title}</h1><p>${message}</p>` }), images: [] };
}
