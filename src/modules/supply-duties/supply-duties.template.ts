/** The reminder and escalation e-mails (Vietnamese, the language of the units that receive them). */

export interface OverdueMail {
  unitName: string;
  provinceName: string;
  what: string;
  periodName: string;
  /** YYYY-MM-DD */
  deadline: string;
  daysOverdue: number;
}

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function reminderMail(m: OverdueMail): { subject: string; text: string } {
  return {
    subject: `Nhắc cung cấp thông tin: ${m.what} – ${m.periodName}`,
    text: [
      `Kính gửi ${m.unitName},`,
      '',
      `Đơn vị chưa cung cấp "${m.what}" cho kỳ ${m.periodName}. Hạn cung cấp là ngày ${vnDate(m.deadline)}; đến nay đã quá hạn ${m.daysOverdue} ngày.`,
      'Đề nghị đơn vị cập nhật và gửi trên Hệ thống thông tin dữ liệu về công tác dân tộc trong thời gian sớm nhất.',
      '',
      'Thư này được gửi tự động, xin không trả lời.',
    ].join('\n'),
  };
}

export function escalationMail(m: OverdueMail): { subject: string; text: string } {
  return {
    subject: `Quá hạn cung cấp thông tin: ${m.unitName} – ${m.what} – ${m.periodName}`,
    text: [
      `Kính gửi ${m.provinceName},`,
      '',
      `${m.unitName} chưa cung cấp "${m.what}" cho kỳ ${m.periodName}, quá hạn ${m.daysOverdue} ngày (hạn ngày ${vnDate(m.deadline)}), dù đã được nhắc.`,
      'Đề nghị xem xét, đôn đốc đơn vị thực hiện theo quy chế cung cấp thông tin.',
      '',
      'Thư này được gửi tự động, xin không trả lời.',
    ].join('\n'),
  };
}
