import type { TipLanguage } from '@app/cases';

/** A form field the public site can complain about. */
export type FormField = 'narrative' | 'name' | 'phone' | 'email' | 'language' | 'receiptCode' | 'form';

/** Every word the public site says, written for each language (not translated word for word). */
export interface SiteText {
  /** `<html lang>` */
  htmlLang: string;
  wanted: string;
  otherLanguage: { label: string; language: TipLanguage; htmlLang: string };
  languageNav: string;
  seenThem: string;
  seenThisPerson: string;
  confidential: string;
  call: (phone: string) => string;
  whatsapp: (phone: string) => string;
  wantedPeople: string;
  rank: (rank: number) => string;
  aliases: string;
  crimes: string;
  photoOf: (name: string) => string;
  captured: (sex: string | null) => string;
  seeEntry: string;
  backToList: string;
  warning: string;
  poster: string;
  campaignOf: (agency: string) => string;
  followUpLink: string;
  // the tip form
  tipHeading: string;
  generalTipHeading: string;
  tipIntro: string;
  narrativeLabel: string;
  narrativeHint: (maxLength: number) => string;
  contactLegend: string;
  contactHint: string;
  nameLabel: string;
  phoneLabel: string;
  emailLabel: string;
  languageLegend: string;
  honeypotLabel: string;
  sendTip: string;
  problemsHeading: string;
  problems: Record<FormField, string>;
  // the receipt
  receivedTitle: string;
  receiptLabel: string;
  receiptKeep: string;
  receiptUse: string;
  addInformation: string;
  // follow-up
  followUpTitle: string;
  followUpIntro: string;
  receiptCodeLabel: string;
  receiptCodeHint: string;
  moreInformationLabel: string;
  send: string;
  tipReceived: string;
  tipReceivedAndAdded: string;
  tipNotFound: string;
  noMoreAdditions: string;
  // errors
  notFoundTitle: string;
  notFoundBody: string;
  rateLimitedTitle: string;
  rateLimitedBody: string;
  refusedTitle: string;
  refusedBody: string;
  unreadableTitle: string;
  unreadableBody: string;
  failedTitle: string;
  failedBody: string;
}

const es: SiteText = {
  htmlLang: 'es-MX',
  wanted: 'Se Busca',
  otherLanguage: { label: 'English', language: 'en', htmlLang: 'en' },
  languageNav: 'Idioma',
  seenThem: '¿Ha visto a alguna de estas personas?',
  seenThisPerson: '¿Ha visto a esta persona?',
  confidential: 'Llame o mándenos un WhatsApp. No tiene que dar su nombre y su identidad es confidencial.',
  call: (phone) => `Llamar al ${phone}`,
  whatsapp: (phone) => `WhatsApp ${phone}`,
  wantedPeople: 'Personas buscadas',
  rank: (rank) => `No. ${rank}`,
  aliases: 'Alias',
  crimes: 'Delitos',
  photoOf: (name) => `Foto de ${name}`,
  captured: (sex) => (sex === 'FEMALE' ? 'Capturada' : 'Capturado'),
  seeEntry: 'Ver ficha y dar información',
  backToList: 'Ver la lista completa',
  warning: 'No se le acerque ni intente detenerlo. Si está en peligro, llame al 911.',
  poster: 'Cartel para imprimir (PDF)',
  campaignOf: (agency) => `Campaña de ${agency}.`,
  followUpLink: '¿Ya nos mandó información? Dé seguimiento con su código de recibo',
  tipHeading: 'Mándenos información',
  generalTipHeading: '¿Sabe algo más? Mándenos información',
  tipIntro: 'Lo que escriba llega directo a los investigadores. No tiene que dar su nombre.',
  narrativeLabel: '¿Qué sabe? Cuéntenos qué vio, dónde y cuándo.',
  narrativeHint: (maxLength) => `Hasta ${maxLength.toLocaleString('es-MX')} caracteres.`,
  contactLegend: 'Si quiere que lo contactemos (opcional)',
  contactHint: 'Sus datos solo los ve el personal que recibe los reportes.',
  nameLabel: 'Nombre',
  phoneLabel: 'Teléfono',
  emailLabel: 'Correo electrónico',
  languageLegend: '¿En qué idioma escribe?',
  honeypotLabel: 'No escriba nada aquí',
  sendTip: 'Enviar información',
  problemsHeading: 'Revise lo siguiente:',
  problems: {
    narrative: 'Escriba lo que sabe: de 1 a 5,000 caracteres.',
    name: 'El nombre es demasiado largo.',
    phone: 'El teléfono es demasiado largo.',
    email: 'Escriba un correo válido, como nombre@ejemplo.com, o deje el campo vacío.',
    language: 'Elija el idioma en que escribe.',
    receiptCode: 'Escriba su código de recibo de 16 caracteres.',
    form: 'No pudimos enviar el formulario. Revíselo y envíelo otra vez.',
  },
  receivedTitle: 'Recibimos su información',
  receiptLabel: 'Su código de recibo',
  receiptKeep:
    'Guárdelo: apúntelo o tómele captura de pantalla. Es la única forma de volver a su reporte; si lo pierde, no lo podemos recuperar.',
  receiptUse:
    'Con este código puede confirmar que su reporte nos llegó y agregar lo que sepa después, sin dar su nombre.',
  addInformation: 'Agregar información a su reporte',
  followUpTitle: 'Seguimiento de su reporte',
  followUpIntro:
    'Escriba el código de recibo que le dimos al mandar su información. Si sabe algo nuevo, agréguelo también.',
  receiptCodeLabel: 'Código de recibo',
  receiptCodeHint: 'Por ejemplo: 7KQ4-M2XD-9TBR-C5HW',
  moreInformationLabel: 'Información nueva (opcional)',
  send: 'Enviar',
  tipReceived: 'Su reporte sí nos llegó. Gracias.',
  tipReceivedAndAdded: 'Su reporte sí nos llegó y ya le agregamos la información nueva. Gracias.',
  tipNotFound: 'No encontramos ningún reporte con ese código. Revise que esté bien escrito y vuelva a intentarlo.',
  noMoreAdditions: 'Su reporte ya no acepta más información por aquí. Para agregar algo, llame a la línea de denuncia.',
  notFoundTitle: 'No encontramos esta página',
  notFoundBody: 'Revise la dirección del cartel. Es posible que la campaña ya haya terminado.',
  rateLimitedTitle: 'Espere un momento',
  rateLimitedBody:
    'Recibimos demasiados envíos desde su conexión. Vuelva a intentarlo más tarde o llame a la línea de denuncia.',
  refusedTitle: 'No pudimos aceptar este envío',
  refusedBody: 'Abra otra vez la página desde la dirección del cartel y vuelva a enviar su información.',
  unreadableTitle: 'No pudimos leer el formulario',
  unreadableBody: 'Regrese a la página anterior, revise lo que escribió y vuelva a enviarlo.',
  failedTitle: 'Algo salió mal',
  failedBody:
    'Tuvimos un problema de nuestro lado. Vuelva a intentarlo en unos minutos o llame a la línea de denuncia.',
};

const en: SiteText = {
  htmlLang: 'en',
  wanted: 'Wanted',
  otherLanguage: { label: 'Español', language: 'es', htmlLang: 'es-MX' },
  languageNav: 'Language',
  seenThem: 'Have you seen any of these people?',
  seenThisPerson: 'Have you seen this person?',
  confidential:
    "Call or send us a WhatsApp message. You don't have to give your name, and your identity stays confidential.",
  call: (phone) => `Call ${phone}`,
  whatsapp: (phone) => `WhatsApp ${phone}`,
  wantedPeople: 'Wanted people',
  rank: (rank) => `No. ${rank}`,
  aliases: 'Also known as',
  crimes: 'Wanted for',
  photoOf: (name) => `Photo of ${name}`,
  captured: () => 'Captured',
  seeEntry: 'Details and tips',
  backToList: 'See the full list',
  warning: "Don't approach this person or try to detain them. If you're in danger, call 911.",
  poster: 'Printable poster (PDF)',
  campaignOf: (agency) => `A campaign by ${agency}.`,
  followUpLink: 'Already sent a tip? Follow up with your receipt code',
  tipHeading: 'Send a tip',
  generalTipHeading: 'Know something else? Send a tip',
  tipIntro: "What you write goes straight to investigators. You don't have to give your name.",
  narrativeLabel: 'What do you know? Tell us what you saw, where and when.',
  narrativeHint: (maxLength) => `Up to ${maxLength.toLocaleString('en-US')} characters.`,
  contactLegend: "If you'd like us to contact you (optional)",
  contactHint: 'Only the officers who take the tips see your details.',
  nameLabel: 'Name',
  phoneLabel: 'Phone',
  emailLabel: 'Email',
  languageLegend: 'Which language are you writing in?',
  honeypotLabel: 'Leave this empty',
  sendTip: 'Send tip',
  problemsHeading: 'Please check the following:',
  problems: {
    narrative: 'Tell us what you know: 1 to 5,000 characters.',
    name: 'The name is too long.',
    phone: 'The phone number is too long.',
    email: 'Enter a valid email such as name@example.com, or leave it empty.',
    language: 'Choose the language you are writing in.',
    receiptCode: 'Enter your 16-character receipt code.',
    form: "We couldn't send the form. Please check it and send it again.",
  },
  receivedTitle: 'We got your tip',
  receiptLabel: 'Your receipt code',
  receiptKeep:
    "Keep it: write it down or take a screenshot. It's the only way back to your tip; if you lose it, we can't recover it.",
  receiptUse:
    'With this code you can check that your tip reached us and add anything you learn later, without giving your name.',
  addInformation: 'Add information to your tip',
  followUpTitle: 'Follow up on your tip',
  followUpIntro: "Enter the receipt code you got when you sent your tip. If you've learned something new, add it too.",
  receiptCodeLabel: 'Receipt code',
  receiptCodeHint: 'For example: 7KQ4-M2XD-9TBR-C5HW',
  moreInformationLabel: 'New information (optional)',
  send: 'Send',
  tipReceived: 'Your tip reached us. Thank you.',
  tipReceivedAndAdded: 'Your tip reached us, and we added your new information. Thank you.',
  tipNotFound: "We couldn't find a tip with that code. Check that it's typed correctly and try again.",
  noMoreAdditions: "Your tip can't take more information here. To add something, please call the tip line.",
  notFoundTitle: "We couldn't find this page",
  notFoundBody: 'Check the address on the poster. The campaign may have ended.',
  rateLimitedTitle: 'Please wait a moment',
  rateLimitedBody: "We've received too many submissions from your connection. Try again later, or call the tip line.",
  refusedTitle: "We couldn't accept this submission",
  refusedBody: 'Open the page again from the address on the poster and send your tip once more.',
  unreadableTitle: "We couldn't read the form",
  unreadableBody: 'Go back to the previous page, check what you wrote and send it again.',
  failedTitle: 'Something went wrong',
  failedBody: 'We had a problem on our side. Please try again in a few minutes, or call the tip line.',
};

export const SITE_TEXT: Record<TipLanguage, SiteText> = { es, en };

/** `?lang=en` is English; anything else, Spanish. */
export function siteLanguage(lang: unknown): TipLanguage {
  return lang === 'en' ? 'en' : 'es';
}
