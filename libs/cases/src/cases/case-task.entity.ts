import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { CasePartEntity } from './case-part.entity';

export enum CaseTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(CaseTaskStatus, {
  name: 'CaseTaskStatus',
  description: 'Whether a task is done.',
  valuesMap: { OPEN: { description: 'To do.' }, DONE: { description: 'Done.' } },
});

/** Something to do on a case, assigned to a person of an agency taking part in it. */
@Entity('case_tasks')
@Index('case_tasks_case_idx', ['caseId', 'id'])
export class CaseTaskEntity extends CasePartEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column('uuid')
  assigneeId: string;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'enum', enum: CaseTaskStatus, enumName: 'case_task_status', default: CaseTaskStatus.OPEN })
  status: CaseTaskStatus;

  @Column('uuid')
  createdBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
