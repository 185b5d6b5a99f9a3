import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  /** To the owner's liaison officers: a partner asks for one of their records. */
  SHARE_REQUESTED = 'SHARE_REQUESTED',
  /** To the requester and their agency's liaison officers: approved or denied. */
  SHARE_DECIDED = 'SHARE_DECIDED',
  /** To the requester and their agency's liaison officers. */
  SHARE_REVOKED = 'SHARE_REVOKED',
  /** 7 days and 1 day before an approved share ends, to both sides' liaison officers (and the requester). */
  SHARE_EXPIRING = 'SHARE_EXPIRING',
  /** To the recipient agency's intake officers. */
  TIP_REFERRED = 'TIP_REFERRED',
  /** To the owner's liaison officers: a partner's discovery matched one of their records (once a day per record and partner). */
  DISCOVERY_HIT = 'DISCOVERY_HIT',
  /** Reserved for matching. */
  MATCH_FOUND = 'MATCH_FOUND',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    SHARE_REQUESTED: { description: "To the owner's liaison officers: a partner asks for one of their records." },
    SHARE_DECIDED: {
      description: "To the requester and their agency's liaison officers: the request was approved or denied.",
    },
    SHARE_REVOKED: {
      description: "To the requester and their agency's liaison officers: an approved share was revoked.",
    },
    SHARE_EXPIRING: {
      description: "To both sides' liaison officers and the requester: an approved share ends in 7 days, or in 1 day.",
    },
    TIP_REFERRED: { description: "To the recipient agency's intake officers: a partner referred a tip." },
    DISCOVERY_HIT: {
      description: "To the owner's liaison officers: a partner's discovery matched one of their records.",
    },
    MATCH_FOUND: { description: 'Reserved for matching.' },
  },
});
