import { FormEvent, ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/session';
import type { Country, Tlp } from '../gql/graphql';
import { TLP_COLOURS, tlpLabel } from '../tlp';

export function Page({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Frontera`;
  }, [title]);
  return (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
}

/** Loading, an error, or the content once `ready`. */
export function Loaded({
  loading,
  error,
  children,
}: {
  loading: boolean;
  error: ApiError | null;
  children: () => ReactNode;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorNote error={error} />;
  if (loading) return <p role="status">{t('app.loading')}</p>;
  return <>{children()}</>;
}

export function ErrorNote({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {t('app.error', { message: error.message })}
    </p>
  );
}

/** A TLP 2.0 label in its colours, never translated. */
export function TlpBadge({ tlp }: { tlp: Tlp }) {
  return (
    <span className="tlp" style={{ color: TLP_COLOURS[tlp] }}>
      {tlpLabel(tlp)}
    </span>
  );
}

export function Markings({
  handling,
}: {
  handling: { tlp: Tlp; releasableTo: Country[]; originatorControlled: boolean };
}) {
  const { t } = useTranslation();
  return (
    <p className="markings">
      <TlpBadge tlp={handling.tlp} />{' '}
      <span>{t('records.releasableTo', { countries: handling.releasableTo.join(', ') })}</span>
      {handling.originatorControlled ? <span> · {t('records.orcon')}</span> : null}
    </p>
  );
}

/** A modal dialog (the browser's own), open while it is shown. */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  const { t } = useTranslation();
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <button type="button" className="secondary" onClick={onClose}>
        {t('app.cancel')}
      </button>
    </dialog>
  );
}

/** A labelled control: `children` receives the id to put on the control. */
export function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A table with a header row; `children` are its body rows. */
export function Table({ headers, children }: { headers: string[]; children: ReactNode }) {
  return (
    <table>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A labelled choice among `options`; `empty` adds a first option for "none". */
export function Select<T extends string>({
  label,
  value,
  onChange,
  options,
  empty,
  required,
}: {
  label: string;
  value: T | '';
  onChange: (value: T) => void;
  options: { value: T; label: string }[];
  empty?: string;
  required?: boolean;
}) {
  return (
    <Labelled label={label}>
      {(id) => (
        <select id={id} value={value} required={required} onChange={(event) => onChange(event.target.value as T)}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

/** A form in a modal dialog: its fields, the mutation's error, and the button that sends it. */
export function DialogForm({
  title,
  submitLabel,
  onClose,
  onSubmit,
  running,
  error,
  disabled,
  submitTestId,
  children,
}: {
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => Promise<unknown>;
  running: boolean;
  error: ApiError | null;
  disabled?: boolean;
  submitTestId?: string;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The mutation hook keeps the error, shown below.
    void onSubmit().catch(() => undefined);
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        {children}
        <ErrorNote error={error} />
        <button type="submit" disabled={running || disabled} data-testid={submitTestId}>
          {submitLabel}
        </button>
      </form>
    </Dialog>
  );
}

/** A dialog that asks why (a denial, a revocation) and sends it. */
export function ReasonDialog({
  title,
  submitLabel,
  onClose,
  onSubmit,
  running,
  error,
}: {
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
  running: boolean;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <DialogForm
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      onSubmit={() => onSubmit(reason)}
      running={running}
      error={error}
    >
      <Labelled label={t('inbox.reason')}>
        {(id) => <textarea id={id} required value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Labelled>
    </DialogForm>
  );
}
