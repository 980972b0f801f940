import type { Language } from '@weft/protocol';

/** Every sentence an email can contain, per language; `{name}` marks a value filled in. */
export interface MailTexts {
  noticeSubject: string;
  noticeSubjectMany: string;
  mention: string;
  reply: string;
  signOff: string;
  open: string;
  inviteSubject: string;
  inviteBody: string;
  inviteAccept: string;
  inviteExpires: string;
  inviteCity: string;
  digestSubject: string;
  digestIntro: string;
  newComments: string;
  newDocuments: string;
  upcomingSessions: string;
  planStatus: string;
  planStatusLine: string;
  status: Record<'draft' | 'proposed' | 'agreed', string>;
  sessionLine: string;
  footer: string;
  inviteFooter: string;
  unsubscribe: string;
  preferences: string;
}

const en: MailTexts = {
  noticeSubject: '{actor} in “{document}”',
  noticeSubjectMany: '{count} updates in Weft',
  mention: '{actor} mentioned you in “{document}” ({workspace}):',
  reply: '{actor} replied in a thread you wrote in, in “{document}” ({workspace}):',
  signOff: '“{document}” ({workspace}) waits for the sign-off of {city}.',
  open: 'Open in Weft',
  inviteSubject: '{inviter} invites you to “{workspace}”',
  inviteBody: '{inviter} invites you to join “{workspace}” in Weft as {role}.',
  inviteAccept: 'Accept the invitation',
  inviteExpires: 'The link works until {time}.',
  inviteCity: 'You will represent {city}.',
  digestSubject: 'Weft: what changed since your last digest ({date})',
  digestIntro: 'Here is what changed in your workspaces since your last digest.',
  newComments: 'New comments',
  newDocuments: 'New documents',
  upcomingSessions: 'Sessions in the next 7 days',
  planStatus: 'Action plan status',
  planStatusLine: '“{document}” is now {status}',
  status: { draft: 'a draft', proposed: 'proposed for sign-off', agreed: 'agreed' },
  sessionLine: '{title} — {time} ({city})',
  footer: 'You get this email because of your Weft email preferences.',
  inviteFooter: 'You get this email because someone invited this address to Weft.',
  unsubscribe: 'Unsubscribe',
  preferences: 'Email preferences',
};

const nl: MailTexts = {
  noticeSubject: '{actor} in “{document}”',
  noticeSubjectMany: '{count} updates in Weft',
  mention: '{actor} noemde je in “{document}” ({workspace}):',
  reply: '{actor} reageerde in een draad waarin jij schreef, in “{document}” ({workspace}):',
  signOff: '“{document}” ({workspace}) wacht op de ondertekening van {city}.',
  open: 'Openen in Weft',
  inviteSubject: '{inviter} nodigt je uit voor “{workspace}”',
  inviteBody: '{inviter} nodigt je uit om als {role} deel te nemen aan “{workspace}” in Weft.',
  inviteAccept: 'Uitnodiging aannemen',
  inviteExpires: 'De link werkt tot {time}.',
  inviteCity: 'Je vertegenwoordigt {city}.',
  digestSubject: 'Weft: wat er veranderde sinds je vorige overzicht ({date})',
  digestIntro: 'Dit veranderde in je werkruimtes sinds je vorige overzicht.',
  newComments: 'Nieuwe opmerkingen',
  newDocuments: 'Nieuwe documenten',
  upcomingSessions: 'Sessies in de komende 7 dagen',
  planStatus: 'Status van actieplannen',
  planStatusLine: '“{document}” is nu {status}',
  status: { draft: 'een concept', proposed: 'ter ondertekening voorgelegd', agreed: 'goedgekeurd' },
  sessionLine: '{title} — {time} ({city})',
  footer: 'Je krijgt deze e-mail door je e-mailvoorkeuren in Weft.',
  inviteFooter: 'Je krijgt deze e-mail omdat iemand dit adres voor Weft uitnodigde.',
  unsubscribe: 'Uitschrijven',
  preferences: 'E-mailvoorkeuren',
};

const vi: MailTexts = {
  noticeSubject: '{actor} trong “{document}”',
  noticeSubjectMany: '{count} cập nhật trong Weft',
  mention: '{actor} đã nhắc đến bạn trong “{document}” ({workspace}):',
  reply: '{actor} đã trả lời trong một chuỗi bình luận bạn đã viết, trong “{document}” ({workspace}):',
  signOff: '“{document}” ({workspace}) đang chờ {city} ký duyệt.',
  open: 'Mở trong Weft',
  inviteSubject: '{inviter} mời bạn tham gia “{workspace}”',
  inviteBody: '{inviter} mời bạn tham gia “{workspace}” trên Weft với vai trò {role}.',
  inviteAccept: 'Chấp nhận lời mời',
  inviteExpires: 'Liên kết có hiệu lực đến {time}.',
  inviteCity: 'Bạn sẽ đại diện cho {city}.',
  digestSubject: 'Weft: những thay đổi kể từ bản tóm tắt trước ({date})',
  digestIntro: 'Đây là những thay đổi trong các không gian làm việc của bạn kể từ bản tóm tắt trước.',
  newComments: 'Bình luận mới',
  newDocuments: 'Tài liệu mới',
  upcomingSessions: 'Phiên họp trong 7 ngày tới',
  planStatus: 'Trạng thái kế hoạch hành động',
  planStatusLine: '“{document}” hiện {status}',
  status: { draft: 'là bản nháp', proposed: 'đang chờ ký duyệt', agreed: 'đã được thông qua' },
  sessionLine: '{title} — {time} ({city})',
  footer: 'Bạn nhận được email này theo cài đặt email của bạn trong Weft.',
  inviteFooter: 'Bạn nhận được email này vì có người đã mời địa chỉ này vào Weft.',
  unsubscribe: 'Hủy đăng ký',
  preferences: 'Cài đặt email',
};

const hi: MailTexts = {
  noticeSubject: '“{document}” में {actor}',
  noticeSubjectMany: 'Weft में {count} अपडेट',
  mention: '{actor} ने “{document}” ({workspace}) में आपका उल्लेख किया:',
  reply: '{actor} ने “{document}” ({workspace}) में आपकी चर्चा में जवाब दिया:',
  signOff: '“{document}” ({workspace}) {city} के हस्ताक्षर की प्रतीक्षा में है।',
  open: 'Weft में खोलें',
  inviteSubject: '{inviter} आपको “{workspace}” में आमंत्रित करते हैं',
  inviteBody: '{inviter} आपको Weft में “{workspace}” से {role} के रूप में जुड़ने के लिए आमंत्रित करते हैं।',
  inviteAccept: 'आमंत्रण स्वीकार करें',
  inviteExpires: 'लिंक {time} तक मान्य है।',
  inviteCity: 'आप {city} का प्रतिनिधित्व करेंगे।',
  digestSubject: 'Weft: पिछले सारांश के बाद के बदलाव ({date})',
  digestIntro: 'आपके पिछले सारांश के बाद आपके कार्यक्षेत्रों में ये बदलाव हुए।',
  newComments: 'नई टिप्पणियाँ',
  newDocuments: 'नए दस्तावेज़',
  upcomingSessions: 'अगले 7 दिनों के सत्र',
  planStatus: 'कार्य योजना की स्थिति',
  planStatusLine: '“{document}” अब {status} है',
  status: { draft: 'मसौदा', proposed: 'हस्ताक्षर के लिए प्रस्तावित', agreed: 'स्वीकृत' },
  sessionLine: '{title} — {time} ({city})',
  footer: 'आपको यह ईमेल Weft की आपकी ईमेल सेटिंग्स के कारण मिला है।',
  inviteFooter: 'आपको यह ईमेल इसलिए मिला क्योंकि किसी ने इस पते को Weft में आमंत्रित किया।',
  unsubscribe: 'सदस्यता समाप्त करें',
  preferences: 'ईमेल सेटिंग्स',
};

export const MAIL_TEXTS: Record<Language, MailTexts> = { en, nl, vi, hi };

/** Fills `{name}` placeholders; unknown names stay visible rather than vanish. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** BCP 47 tags for dates in each language. */
export const DATE_LOCALE: Record<Language, string> = { en: 'en-GB', nl: 'nl-BE', vi: 'vi-VN', hi: 'hi-IN' };
