import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';
import { Role } from '@app/core';
import { AgencyEntity } from '../agencies/agency.entity';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index('users_agency_idx')
  @Column('uuid')
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** Stored lower-case; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles: Role[];

  /** argon2id; null until the invitation is accepted, and again from a password reset until the new one is. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** The language of what the system writes to the person (the invitation e-mail): "es" or "en". */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** TOTP secret sealed with ENCRYPTION_KEY (bound to the user id); set at enrolment. */
  @Column({ type: 'bytea', nullable: true, select: false })
  totpSecret: Buffer | null;

  /** Set once the first code confirms the enrolment: from then on login asks for a code. */
  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last accepted TOTP time step: a code is never accepted twice. */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
