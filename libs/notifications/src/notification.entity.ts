import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@app/auth';
import { RecordType } from '@app/core';
import { NotificationKind } from './notification-kind';

/**
 * One notice to one person, written in the transaction of what caused it; a trigger NOTIFYs
 * `frontera_notification_added` with `<id>:<recipient>` at commit, so every API instance
 * passes it to that person's live subscriptions. It names the record and the request, never
 * their content.
 */
@Entity('notifications')
// The person's list, newest first, and its unread part.
@Index('notifications_recipient_idx', ['recipientUserId', 'id'])
@Index('notifications_recipient_unread_idx', ['recipientUserId', 'id'], { where: 'read_at IS NULL' })
// A notice sent once per key and person (the expiry job's windows, discovery's daily notice).
// The expiry job's "already told?" per share.
@Index('notifications_sharing_request_idx', ['sharingRequestId'], { where: 'sharing_request_id IS NOT NULL' })
@Index('notifications_once_idx', ['recipientUserId', 'onceKey'], { unique: true, where: 'once_key IS NOT NULL' })
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  recipientUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: UserEntity;

  /** The recipient's agency (webhooks and the console's agency view). */
  @Column('uuid')
  agencyId: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'enum', enum: RecordType, enumName: 'record_type', nullable: true })
  recordType: RecordType | null;

  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sharingRequestId: string | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text', nullable: true })
  onceKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
