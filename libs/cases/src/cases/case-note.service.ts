import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { RequestContext } from '@app/auth';
import { AppError, ConnectionShape, isUuid, keysetPage, newId, PageArgs } from '@app/core';
import { mapConnection } from '../records/record-queries';
import { requiredText } from '../records/text-fields';
import { CaseEventKind } from './case-event.entity';
import { recordCaseEvent } from './case-events';
import { CaseNoteEntity, CaseNoteVersionEntity } from './case-note.entity';
import { CaseNote, CaseNoteVersion } from './case-note.type';
import { CaseService } from './case.service';

export const NOTE_MAX_LENGTH = 20000;

/** Notes on cases: written by those who contribute to a case, read by all who read its notes. */
@Injectable()
export class CaseNoteService {
  constructor(private readonly cases: CaseService) {}

  async add(ctx: RequestContext, caseId: string, body: string): Promise<CaseNote> {
    const text = noteText(body);
    const caseRow = await this.cases.records.findForUpdate(ctx, caseId, 'case', 'contribute');
    const now = new Date();
    const note: CaseNoteEntity = {
      id: newId(),
      caseId: caseRow.id,
      authorId: ctx.requiredActor.id,
      authorAgencyId: ctx.agencyId,
      createdAt: now,
    };
    await ctx.manager.getRepository(CaseNoteEntity).insert(note);
    await ctx.manager
      .getRepository(CaseNoteVersionEntity)
      .insert({ noteId: note.id, version: 1, body: text, writtenAt: now });
    await recordCaseEvent(ctx, caseRow, CaseEventKind.NOTE_ADDED, { noteId: note.id });
    return view(note, { noteId: note.id, version: 1, body: text, writtenAt: now });
  }

  /** A new version of a note: its author's alone, while they still contribute to the case. */
  async edit(ctx: RequestContext, noteId: string, body: string): Promise<CaseNote> {
    const text = noteText(body);
    const note = isUuid(noteId) ? await ctx.manager.getRepository(CaseNoteEntity).findOneBy({ id: noteId }) : null;
    if (!note) throw AppError.notFound('note');
    // The note exists for the actor only where its case does (hidden looks like missing).
    const caseRow = await this.cases.records.findForUpdate(ctx, note.caseId, 'note', 'contribute');
    if (!ctx.can('update', 'CaseNote', note)) throw AppError.forbidden('Only its author edits a note');
    const latest = (await this.latest(ctx, [note.id])).get(note.id)!;
    const version: CaseNoteVersionEntity = {
      noteId: note.id,
      version: latest.version + 1,
      body: text,
      writtenAt: new Date(),
    };
    await ctx.manager.getRepository(CaseNoteVersionEntity).insert(version);
    await recordCaseEvent(ctx, caseRow, CaseEventKind.NOTE_EDITED, { noteId: note.id });
    return view(note, version);
  }

  /** A case's notes, newest first (the case is one the viewer reads, and its notes readable). */
  async page(ctx: RequestContext, caseId: string, args: PageArgs): Promise<ConnectionShape<CaseNote>> {
    const qb = ctx.manager
      .getRepository(CaseNoteEntity)
      .createQueryBuilder('n')
      .where('n.case_id = :caseId', { caseId });
    // CaseNoteConnection has no totalCount
    const page = await keysetPage(qb, {
      cursors: ctx.cursors,
      list: 'CaseNote',
      idSql: 'n.id',
      args,
      count: async () => 0,
    });
    const latest = await this.latest(
      ctx,
      page.edges.map((edge) => edge.node.id),
    );
    return mapConnection(page, (note) => view(note, latest.get(note.id)!));
  }

  /** Every version of a note, oldest first, batched per request. */
  versions(ctx: RequestContext, noteId: string): Promise<CaseNoteVersion[]> {
    return ctx
      .loader<string, CaseNoteVersion[]>('CaseNote:versions', async (noteIds) => {
        const rows = await ctx.manager
          .getRepository(CaseNoteVersionEntity)
          .find({ where: { noteId: In([...noteIds]) }, order: { version: 'ASC' } });
        return noteIds.map((id) =>
          rows
            .filter((row) => row.noteId === id)
            .map(({ version, body, writtenAt }) => ({ version, body, at: writtenAt })),
        );
      })
      .load(noteId);
  }

  /** The latest version of each note, in one query. */
  private async latest(ctx: RequestContext, noteIds: string[]): Promise<Map<string, CaseNoteVersionEntity>> {
    if (noteIds.length === 0) return new Map();
    const rows = await ctx.manager
      .getRepository(CaseNoteVersionEntity)
      .createQueryBuilder('v')
      .distinctOn(['v.note_id'])
      .where('v.note_id IN (:...noteIds)', { noteIds })
      .orderBy('v.note_id')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    return new Map(rows.map((row) => [row.noteId, row]));
  }
}

function noteText(body: string): string {
  const text = requiredText('body', body);
  if (text.length > NOTE_MAX_LENGTH) throw AppError.badInput('body', `must be at most ${NOTE_MAX_LENGTH} characters`);
  return text;
}

function view(note: CaseNoteEntity, version: CaseNoteVersionEntity): CaseNote {
  return {
    id: note.id,
    caseId: note.caseId,
    body: version.body,
    at: note.createdAt,
    authorId: note.authorId,
    version: version.version,
    editedAt: version.version > 1 ? version.writtenAt : null,
  };
}
