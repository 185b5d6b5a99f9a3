import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig, LOGGER, Logger } from '@app/core';
import { AgencyEntity } from '../agencies/agency.entity';
import { IssuedInvitation } from './invitation.service';
import { UserEntity } from './user.entity';

interface Letter {
  subject: string;
  text: string;
}

function letterFor(
  user: UserEntity,
  agency: AgencyEntity,
  invitation: IssuedInvitation,
  consoleUrl: string | null,
): Letter {
  const until = invitation.expiresAt.toISOString().replace('T', ' ').slice(0, 16);
  if (user.language === 'es') {
    return {
      subject: `Frontera: invitación de ${agency.code}`,
      text: [
        `Hola ${user.displayName}:`,
        '',
        `${agency.name} le ha dado acceso a Frontera. Para elegir su contraseña, use este código de invitación (válido una sola vez, hasta el ${until} UTC):`,
        '',
        invitation.invitationToken,
        '',
        ...(consoleUrl ? [`Ábralo en ${consoleUrl}`, ''] : []),
        'Si no esperaba este mensaje, avise al administrador de su agencia.',
      ].join('\n'),
    };
  }
  return {
    subject: `Frontera: invitation from ${agency.code}`,
    text: [
      `Hello ${user.displayName},`,
      '',
      `${agency.name} has given you access to Frontera. To choose your password, use this invitation code (valid once, until ${until} UTC):`,
      '',
      invitation.invitationToken,
      '',
      ...(consoleUrl ? [`Open it at ${consoleUrl}`, ''] : []),
      'If you did not expect this message, tell your agency admin.',
    ].join('\n'),
  };
}

/**
 * Where SMTP_URL is set, the invitation also goes by e-mail, in the person's language. A mail
 * server that fails does not undo the invitation: the admin has the token and hands it over.
 */
@Injectable()
export class InvitationMailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  async send(user: UserEntity, agency: AgencyEntity, invitation: IssuedInvitation): Promise<void> {
    if (!this.transport) return;
    const consoleUrl = this.config.publicBaseUrl ? `${this.config.publicBaseUrl}/console/` : null;
    try {
      await this.transport.sendMail({
        from: this.config.smtpFrom,
        to: user.email,
        ...letterFor(user, agency, invitation, consoleUrl),
      });
    } catch (error) {
      // never the token: it is in the letter, not in the log
      this.logger.warn(
        { err: { message: (error as Error).message }, userId: user.id },
        'The invitation e-mail could not be sent: hand the token over yourself',
      );
    }
  }
}
