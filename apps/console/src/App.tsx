import { ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSession } from './api/client';
import { graphql } from './gql';
import type { MeQuery, Role } from './gql/graphql';
import { chooseLanguage, LANGUAGES } from './i18n';
import { Link, navigate, usePath } from './router';
import { ErrorNote } from './components/ui';
import { Notifications } from './components/Notifications';
import { Login } from './pages/Login';
import { Inbox } from './pages/Inbox';
import { Shares } from './pages/Shares';
import { Search } from './pages/Search';
import { RecordPage } from './pages/RecordPage';
import { AgencyAudit, AuditPage } from './pages/AuditPage';
import { Tips } from './pages/Tips';
import { Users } from './pages/Users';
import { ApiKeys } from './pages/ApiKeys';

const ME = graphql(`
  query Me { me { id displayName email roles agency { id code name country } } }
`);
const LOGOUT = graphql(`
  mutation Logout { logout }
`);

export type Me = MeQuery['me'];

interface Section {
  path: string;
  label: string;
  roles: Role[];
  testId?: string;
}

/** Where each role starts, in this order of precedence. */
function home(roles: Role[]): string {
  if (roles.includes('LIAISON_OFFICER')) return '/inbox';
  if (roles.includes('INTAKE_OFFICER')) return '/tips';
  if (roles.includes('ANALYST') || roles.includes('INVESTIGATOR')) return '/search';
  return '/users';
}

export function App() {
  const session = useSession();
  const [signedIn, setSignedIn] = useState<boolean | null>(session.signedIn ? true : null);
  useEffect(() => {
    const off = session.onChange(setSignedIn);
    if (!session.signedIn) void session.resume().then((resumed) => setSignedIn(resumed));
    return off;
  }, [session]);
  if (signedIn === null) return null;
  return signedIn ? <Console /> : <Login />;
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('app.language')} className="languages">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="link"
          aria-pressed={i18n.language === language}
          lang={language === 'es' ? 'es-MX' : 'en'}
          onClick={() => chooseLanguage(language)}
        >
          {language === 'es' ? 'Español' : 'English'}
        </button>
      ))}
    </nav>
  );
}

function Console() {
  const { t } = useTranslation();
  const session = useSession();
  const path = usePath();
  const me = useQuery(ME, {});
  const user = me.data?.me;
  const sections: Section[] = [
    { path: '/search', label: t('nav.search'), roles: ['ANALYST', 'INVESTIGATOR', 'LIAISON_OFFICER'] },
    { path: '/inbox', label: t('nav.inbox'), roles: ['LIAISON_OFFICER'], testId: 'nav-inbox' },
    { path: '/shares', label: t('nav.shares'), roles: ['LIAISON_OFFICER', 'ANALYST', 'INVESTIGATOR'] },
    { path: '/tips', label: t('nav.tips'), roles: ['INTAKE_OFFICER'] },
    { path: '/audit', label: t('nav.audit'), roles: ['LIAISON_OFFICER', 'AGENCY_ADMIN'], testId: 'nav-audit' },
    { path: '/users', label: t('nav.users'), roles: ['AGENCY_ADMIN'], testId: 'nav-users' },
    { path: '/api-keys', label: t('nav.apiKeys'), roles: ['AGENCY_ADMIN'] },
  ];
  const visible = user ? sections.filter((section) => section.roles.some((role) => user.roles.includes(role))) : [];
  useEffect(() => {
    if (user && path === '/') navigate(home(user.roles));
  }, [user, path]);

  const logout = async () => {
    try {
      await session.request(LOGOUT, {});
    } finally {
      session.end();
    }
  };

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        {user ? (
          <nav aria-label={t('nav.main')}>
            <ul>
              {visible.map((section) => (
                <li key={section.path}>
                  <Link
                    to={section.path}
                    aria-current={path.startsWith(section.path) ? 'page' : undefined}
                    data-testid={section.testId}
                  >
                    {section.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="account">
          {user ? <Notifications /> : null}
          <LanguageSwitch />
          {user ? <span>{t('session.signedInAs', { name: user.displayName, agency: user.agency.code })}</span> : null}
          <button type="button" className="secondary" onClick={() => void logout()}>
            {t('session.logout')}
          </button>
        </div>
      </header>
      <main id="main">
        <ErrorNote error={me.error} />
        {user ? <Route path={path} me={user} /> : null}
      </main>
    </>
  );
}

function Route({ path, me }: { path: string; me: Me }): ReactNode {
  const [, section, ...rest] = path.split('/');
  switch (section) {
    case 'inbox':
      return <Inbox />;
    case 'shares':
      return <Shares me={me} />;
    case 'search':
      return <Search />;
    case 'records':
      return <RecordPage type={rest[0]} id={rest[1]} me={me} />;
    case 'audit':
      return rest[0] ? <AuditPage type={rest[0]} id={rest[1]} /> : <AgencyAudit me={me} />;
    case 'tips':
      return <Tips me={me} tipId={rest[0]} />;
    case 'users':
      return <Users />;
    case 'api-keys':
      return <ApiKeys />;
    default:
      return null;
  }
}
