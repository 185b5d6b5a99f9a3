import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One invitation to set a password (a new user, or a password reset): the token is shown once to
 * the admin and stored only as its SHA-256; it works once, until `expiresAt`.
 */
@Entity('user_invitations')
export class UserInvitationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index('user_invitations_user_idx')
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** SHA-256 of the whole token (256 random bits). */
  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  /** The admin who issued it; null for the command line (the first admin of a deployment). */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when accepted, or when a newer invitation of the same user replaces it. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
