import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** One login: its access tokens name it (`sid`), its current refresh token is stored hashed. */
@Entity('auth_sessions')
export class SessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index('auth_sessions_user_idx')
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** SHA-256 of the current refresh token (256 random bits); rotated on every refresh. */
  @Column({ type: 'bytea' })
  refreshTokenHash: Buffer;

  /** SHA-256 of the session secret every refresh token of the session carries (never an access token): proves a reuse. */
  @Column({ type: 'bytea' })
  refreshSecretHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The session's hard end: no refresh renews it past this. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  refreshedAt: Date | null;

  /** Set by logout, by reuse of a rotated refresh token, or when the user is disabled. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
