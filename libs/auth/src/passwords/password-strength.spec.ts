import { passwordWeakness } from './password-strength';

function reasonOf(password: string, personal: string[] = []): string | null {
  return passwordWeakness(password, personal)?.reason ?? null;
}

describe('the password policy', () => {
  it('refuses short passwords', () => expect(reasonOf('Xk3-Lp9!vR2')).toBe('PASSWORD_TOO_SHORT'));
  it('refuses common passwords and keyboard walks however long', () => {
    expect(reasonOf('password1234')).toBe('PASSWORD_TOO_COMMON');
    expect(reasonOf('qwertyuiop12')).toBe('PASSWORD_TOO_COMMON');
    expect(reasonOf('contraseña123')).toBe('PASSWORD_TOO_COMMON');
  });
  it('accepts a passphrase or a random password', () => {
    expect(reasonOf('correct horse battery staple')).toBeNull();
    expect(reasonOf('xk3-Lp9!vR2m#aQ')).toBeNull();
  });
  it('never puts the password in its message', () =>
    expect(passwordWeakness('password1234', [])?.message).not.toContain('password1234'));
});
