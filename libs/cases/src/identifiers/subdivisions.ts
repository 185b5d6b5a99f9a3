/**
 * Where a driver's licence can be issued: the subdivision codes of ISO 3166-2 (without the
 * country prefix) for the two countries whose agencies use the system. US: the states, DC and
 * the territories that issue licences (USPS codes, which ISO 3166-2:US uses); MX: the 32
 * federal entities.
 */
export const LICENCE_ISSUERS: Record<string, ReadonlySet<string>> = {
  US: new Set([
    'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
    'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK',
    'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'AS', 'GU', 'MP',
    'PR', 'VI',
  ]),
  MX: new Set([
    'AGU', 'BCN', 'BCS', 'CAM', 'CHP', 'CHH', 'CMX', 'COA', 'COL', 'DUR', 'GUA', 'GRO', 'HID', 'JAL', 'MEX', 'MIC',
    'MOR', 'NAY', 'NLE', 'OAX', 'PUE', 'QUE', 'ROO', 'SLP', 'SIN', 'SON', 'TAB', 'TAM', 'TLA', 'VER', 'YUC', 'ZAC',
  ]),
};

/** Any other country's subdivision: an ISO 3166-2 code after the dash (1 to 3 letters or digits). */
export const SUBDIVISION_CODE = /^[A-Z0-9]{1,3}$/;
