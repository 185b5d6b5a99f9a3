import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/client';
import { ApiError } from '../api/session';
import { graphql } from '../gql';
import { Labelled, Page } from '../components/ui';

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }
  }
`);
const START_ENROLMENT = graphql(`
  mutation StartTotpEnrolment($email: String!, $password: String!) { startTotpEnrolment(email: $email, password: $password) { secret otpauthUri } }
`);
const CONFIRM_ENROLMENT = graphql(`
  mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {
    confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }
  }
`);

const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken refreshToken expiresAt } }
`);

type Step = 'password' | 'totp' | 'enrol' | 'invitation';

/** Log in: the password, then a TOTP code when the user's role needs one (README "Sessions"). */
export function Login() {
  const { t } = useTranslation();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [token, setToken] = useState('');
  const [step, setStep] = useState<Step>('password');
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const explain = (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('app.error', { message: String(error) });
    if (error.code === 'RATE_LIMITED') return t('login.rateLimited', { seconds: 60 });
    if (error.reason === 'TOTP_INVALID') return t('login.totpInvalid');
    if (error.reason === 'INVALID_INVITATION') return t('login.invitationInvalid');
    if (error.reason?.startsWith('PASSWORD_'))
      return t('login.weakPassword', { message: error.message.replace(/^password: /, '') });
    if (error.code === 'UNAUTHENTICATED') return t('login.failed');
    return t('app.error', { message: error.message });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      if (step === 'invitation') {
        session.start((await session.request(ACCEPT_INVITATION, { token: token.trim(), password })).acceptInvitation);
      } else if (step === 'enrol') {
        session.start((await session.request(CONFIRM_ENROLMENT, { email, password, totpCode })).confirmTotpEnrolment);
      } else {
        session.start(
          (await session.request(LOGIN, { email, password, totpCode: step === 'totp' ? totpCode : null })).login,
        );
      }
    } catch (error) {
      const reason = error instanceof ApiError ? error.reason : undefined;
      if (reason === 'TOTP_REQUIRED') {
        setStep('totp');
        setProblem(t('login.totpRequired'));
      } else if (reason === 'TOTP_ENROLMENT_REQUIRED') {
        setSecret((await session.request(START_ENROLMENT, { email, password })).startTotpEnrolment.secret);
        setStep('enrol');
      } else {
        setProblem(explain(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <Page
        title={
          step === 'enrol'
            ? t('login.enrolTitle')
            : step === 'invitation'
              ? t('login.invitationTitle')
              : t('login.title')
        }
      >
        <form onSubmit={submit}>
          {problem ? (
            <p className="error" role="alert">
              {problem}
            </p>
          ) : null}
          {step === 'invitation' ? (
            <Labelled label={t('login.invitationToken')}>
              {(id) => (
                <input
                  id={id}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                  data-testid="invitation-token"
                />
              )}
            </Labelled>
          ) : (
            <Labelled label={t('login.email')}>
              {(id) => (
                <input
                  id={id}
                  type="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  data-testid="login-email"
                />
              )}
            </Labelled>
          )}
          <Labelled label={step === 'invitation' ? t('login.newPassword') : t('login.password')}>
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete={step === 'invitation' ? 'new-password' : 'current-password'}
                required
                minLength={step === 'invitation' ? 12 : undefined}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                data-testid="login-password"
              />
            )}
          </Labelled>
          {step === 'enrol' && secret ? (
            <>
              <p>{t('login.enrolIntro')}</p>
              <p>
                {t('login.enrolSecret')}: <code className="secret">{secret}</code>
              </p>
            </>
          ) : null}
          {step === 'totp' || step === 'enrol' ? (
            <Labelled label={t('login.totp')}>
              {(id) => (
                <input
                  id={id}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9]{6}"
                  required
                  value={totpCode}
                  onChange={(e) => setTotpCode(e.target.value)}
                />
              )}
            </Labelled>
          ) : null}
          <button type="submit" disabled={busy} data-testid="login-submit">
            {step === 'enrol'
              ? t('login.enrolConfirm')
              : step === 'invitation'
                ? t('login.invitationSubmit')
                : t('login.submit')}
          </button>
          {step === 'password' || step === 'invitation' ? (
            <button
              type="button"
              className="link"
              onClick={() => {
                setProblem(null);
                setStep(step === 'invitation' ? 'password' : 'invitation');
              }}
              data-testid="invitation-toggle"
            >
              {step === 'invitation' ? t('login.backToLogin') : t('login.haveInvitation')}
            </button>
          ) : null}
        </form>
      </Page>
    </main>
  );
}
