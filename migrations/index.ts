import { SearchExtensions1795400000000 } from './1795400000000-search-extensions';
import { RecordsSchema1795426996508 } from './1795426996508-records-schema';
import { ApiKeys1795427809359 } from './1795427809359-api-keys';
import { WarrantChangeFeed1795428000000 } from './1795428000000-warrant-change-feed';
import { Agreements1795430230013 } from './1795430230013-agreements';
import { AuditLog1795431000000 } from './1795431000000-audit-log';
import { AuthSessions1795430413025 } from './1795430413025-auth-sessions';
import { Shares1795434020741 } from './1795434020741-shares';
import { SeBusca1795434940756 } from './1795434940756-se-busca';
import { AuthChangeNotifications1795443760568 } from './1795443760568-auth-change-notifications';
import { SearchVocabulary1795443776078 } from './1795443776078-search-vocabulary';
import { RefreshSessionSecret1796120975010 } from './1796120975010-refresh-session-secret';
import { JointCases1796121138590 } from './1796121138590-joint-cases';
import { TipReferrals1796121772697 } from './1796121772697-tip-referrals';
import { Countries1796122620102 } from './1796122620102-countries';
import { AliasOnlySuspects1796122642658 } from './1796122642658-alias-only-suspects';
import { WantedEntryDetails1796122780792 } from './1796122780792-wanted-entry-details';
import { SuspectSearchKeys1796123053521 } from './1796123053521-suspect-search-keys';
import { AuditOutcomes1796128468812 } from './1796128468812-audit-outcomes';
import { DiscoveryKeys1796130000000 } from './1796130000000-discovery-keys';
import { FieldChangeTimes1796130100000 } from './1796130100000-field-change-times';
import { SlugsAtPublication1796130200000 } from './1796130200000-slugs-at-publication';
import { RowLevelSecurity1796133282228 } from './1796133282228-row-level-security';
import { Accounts1796133385052 } from './1796133385052-accounts';
import { Notifications1796134214842 } from './1796134214842-notifications';
import { DiscoverableWarrants1796140000000 } from './1796140000000-discoverable-warrants';
import { PoliciesInOrder1796150000000 } from './1796150000000-policies-in-order';

/** In order. Listed explicitly: globs do not survive a bundle. */
export const MIGRATIONS = [
  SearchExtensions1795400000000,
  RecordsSchema1795426996508,
  ApiKeys1795427809359,
  WarrantChangeFeed1795428000000,
  Agreements1795430230013,
  AuthSessions1795430413025,
  AuditLog1795431000000,
  Shares1795434020741,
  SeBusca1795434940756,
  AuthChangeNotifications1795443760568,
  SearchVocabulary1795443776078,
  RefreshSessionSecret1796120975010,
  JointCases1796121138590,
  TipReferrals1796121772697,
  Countries1796122620102,
  AliasOnlySuspects1796122642658,
  WantedEntryDetails1796122780792,
  SuspectSearchKeys1796123053521,
  AuditOutcomes1796128468812,
  DiscoveryKeys1796130000000,
  FieldChangeTimes1796130100000,
  SlugsAtPublication1796130200000,
  RowLevelSecurity1796133282228,
  Accounts1796133385052,
  Notifications1796134214842,
  DiscoverableWarrants1796140000000,
  PoliciesInOrder1796150000000,
];
