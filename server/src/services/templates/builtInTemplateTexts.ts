import type { NoteBlock } from './noteContent.ts';

interface NoteTexts {
  title: string;
  blocks: readonly NoteBlock[];
}

/** Every word of the built-in templates in one language. */
export interface TemplateTexts {
  notes: { kickoff: NoteTexts; studyVisitDebrief: NoteTexts; sessionMinutes: NoteTexts };
  boards: {
    problemTree: {
      title: string;
      labels: { problem: string; effects: string; causes: string; effect: string; cause: string };
    };
    stakeholderMap: {
      title: string;
      labels: {
        keepSatisfied: string;
        manageClosely: string;
        monitor: string;
        keepInformed: string;
        power: string;
        interest: string;
        example: string;
      };
    };
    swot: {
      title: string;
      labels: { strengths: string; weaknesses: string; opportunities: string; threats: string };
    };
    garmentJourney: { title: string; stages: readonly string[] };
  };
  plans: {
    /** Rows as [level, title, description]. */
    logframe: { title: string; rows: readonly (readonly [string, string, string])[] };
  };
}

const en: TemplateTexts = {
  notes: {
    kickoff: {
      title: 'Kick-off meeting',
      blocks: [
        { h: 1, text: 'Kick-off meeting' },
        { p: 'Date, place and who joined from each city.' },
        { h: 2, text: 'Why we work together' },
        { bullets: ['What each city wants to learn', 'What each city can share'] },
        { h: 2, text: 'Goals for this year' },
        { bullets: ['Goal 1', 'Goal 2', 'Goal 3'] },
        { h: 2, text: 'Roles and contacts' },
        { bullets: ['Facilitators', 'Contact person in each city'] },
        { h: 2, text: 'Ways of working' },
        { p: 'Languages, meeting rhythm, where documents live.' },
        { h: 2, text: 'Next steps' },
        { tasks: ['Share the contact list', 'Plan the first exchange session'] },
      ],
    },
    studyVisitDebrief: {
      title: 'Study visit debrief',
      blocks: [
        { h: 1, text: 'Study visit debrief' },
        { p: 'Where we went, when, and who took part.' },
        { h: 2, text: 'What we saw' },
        { bullets: ['Site or organisation visited', 'Practice we observed'] },
        { h: 2, text: 'What surprised us' },
        { bullets: [''] },
        { h: 2, text: 'What we could apply at home' },
        { bullets: [''] },
        { h: 2, text: 'Questions for our hosts' },
        { bullets: [''] },
        { h: 2, text: 'Follow-up' },
        { tasks: ['Send thanks and photos to the hosts', 'Add ideas to the action plan'] },
      ],
    },
    sessionMinutes: {
      title: 'Session minutes',
      blocks: [
        { h: 1, text: 'Session minutes' },
        { p: 'Date, time and facilitator.' },
        { h: 2, text: 'Attendees' },
        { bullets: [''] },
        { h: 2, text: 'Agenda' },
        { bullets: ['Item 1', 'Item 2'] },
        { h: 2, text: 'Discussion' },
        { p: '' },
        { h: 2, text: 'Decisions' },
        { bullets: [''] },
        { h: 2, text: 'Action points' },
        { tasks: ['Who does what, by when'] },
        { h: 2, text: 'Next session' },
        { p: '' },
      ],
    },
  },
  boards: {
    problemTree: {
      title: 'Problem tree',
      labels: {
        problem: 'Core problem',
        effects: 'Effects',
        causes: 'Causes',
        effect: 'Effect',
        cause: 'Cause',
      },
    },
    stakeholderMap: {
      title: 'Stakeholder map',
      labels: {
        keepSatisfied: 'Keep satisfied\n(high power, low interest)',
        manageClosely: 'Manage closely\n(high power, high interest)',
        monitor: 'Monitor\n(low power, low interest)',
        keepInformed: 'Keep informed\n(low power, high interest)',
        power: 'Power ↑',
        interest: 'Interest →',
        example: 'Add a sticky per stakeholder and drag it to its quadrant',
      },
    },
    swot: {
      title: 'SWOT analysis',
      labels: {
        strengths: 'Strengths',
        weaknesses: 'Weaknesses',
        opportunities: 'Opportunities',
        threats: 'Threats',
      },
    },
    garmentJourney: {
      title: 'Journey of a garment through the value chain',
      stages: [
        'Fibre (cotton, polyester, recycled fibre)',
        'Spinning: yarn',
        'Weaving and knitting: fabric',
        'Dyeing and finishing',
        'Cutting and sewing',
        'Transport and retail',
        'Use, washing and repair',
        'Collection and sorting',
        'Reuse and recycling',
      ],
    },
  },
  plans: {
    logframe: {
      title: 'Logframe',
      rows: [
        ['goal', 'Goal', 'The long-term change the partnership contributes to.'],
        ['outcome', 'Outcome', 'What changes for the cities by the end of the exchange.'],
        ['output', 'Output 1', 'A concrete result the partners deliver.'],
        ['activity', 'Activity 1.1', 'What is done to deliver output 1.'],
        ['activity', 'Activity 1.2', ''],
        ['output', 'Output 2', ''],
        ['activity', 'Activity 2.1', ''],
      ],
    },
  },
};

const nl: TemplateTexts = {
  notes: {
    kickoff: {
      title: 'Startvergadering',
      blocks: [
        { h: 1, text: 'Startvergadering' },
        { p: 'Datum, plaats en wie er uit elke stad deelnam.' },
        { h: 2, text: 'Waarom we samenwerken' },
        { bullets: ['Wat elke stad wil leren', 'Wat elke stad kan delen'] },
        { h: 2, text: 'Doelen voor dit jaar' },
        { bullets: ['Doel 1', 'Doel 2', 'Doel 3'] },
        { h: 2, text: 'Rollen en contactpersonen' },
        { bullets: ['Facilitatoren', 'Contactpersoon in elke stad'] },
        { h: 2, text: 'Manier van werken' },
        { p: 'Talen, vergaderritme, waar de documenten staan.' },
        { h: 2, text: 'Volgende stappen' },
        { tasks: ['Contactlijst delen', 'Eerste uitwisselingssessie plannen'] },
      ],
    },
    studyVisitDebrief: {
      title: 'Nabespreking studiebezoek',
      blocks: [
        { h: 1, text: 'Nabespreking studiebezoek' },
        { p: 'Waar we waren, wanneer en wie deelnam.' },
        { h: 2, text: 'Wat we zagen' },
        { bullets: ['Bezochte plek of organisatie', 'Werkwijze die we zagen'] },
        { h: 2, text: 'Wat ons verraste' },
        { bullets: [''] },
        { h: 2, text: 'Wat we thuis kunnen toepassen' },
        { bullets: [''] },
        { h: 2, text: 'Vragen voor onze gastheren' },
        { bullets: [''] },
        { h: 2, text: 'Opvolging' },
        { tasks: ['Bedankje en foto’s naar de gastheren sturen', 'Ideeën toevoegen aan het actieplan'] },
      ],
    },
    sessionMinutes: {
      title: 'Verslag van de sessie',
      blocks: [
        { h: 1, text: 'Verslag van de sessie' },
        { p: 'Datum, tijd en facilitator.' },
        { h: 2, text: 'Aanwezigen' },
        { bullets: [''] },
        { h: 2, text: 'Agenda' },
        { bullets: ['Punt 1', 'Punt 2'] },
        { h: 2, text: 'Bespreking' },
        { p: '' },
        { h: 2, text: 'Besluiten' },
        { bullets: [''] },
        { h: 2, text: 'Actiepunten' },
        { tasks: ['Wie doet wat, tegen wanneer'] },
        { h: 2, text: 'Volgende sessie' },
        { p: '' },
      ],
    },
  },
  boards: {
    problemTree: {
      title: 'Probleemboom',
      labels: {
        problem: 'Kernprobleem',
        effects: 'Gevolgen',
        causes: 'Oorzaken',
        effect: 'Gevolg',
        cause: 'Oorzaak',
      },
    },
    stakeholderMap: {
      title: 'Stakeholderkaart',
      labels: {
        keepSatisfied: 'Tevreden houden\n(veel macht, weinig belang)',
        manageClosely: 'Nauw betrekken\n(veel macht, veel belang)',
        monitor: 'Volgen\n(weinig macht, weinig belang)',
        keepInformed: 'Informeren\n(weinig macht, veel belang)',
        power: 'Macht ↑',
        interest: 'Belang →',
        example: 'Maak een sticky per stakeholder en sleep hem naar zijn kwadrant',
      },
    },
    swot: {
      title: 'SWOT-analyse',
      labels: {
        strengths: 'Sterktes',
        weaknesses: 'Zwaktes',
        opportunities: 'Kansen',
        threats: 'Bedreigingen',
      },
    },
    garmentJourney: {
      title: 'De reis van een kledingstuk door de waardeketen',
      stages: [
        'Vezel (katoen, polyester, gerecycleerde vezel)',
        'Spinnen: garen',
        'Weven en breien: stof',
        'Verven en afwerken',
        'Snijden en naaien',
        'Transport en verkoop',
        'Gebruik, wassen en herstellen',
        'Inzameling en sortering',
        'Hergebruik en recyclage',
      ],
    },
  },
  plans: {
    logframe: {
      title: 'Logframe',
      rows: [
        ['goal', 'Doel', 'De verandering op lange termijn waaraan het partnerschap bijdraagt.'],
        ['outcome', 'Resultaat', 'Wat er voor de steden verandert tegen het einde van de uitwisseling.'],
        ['output', 'Output 1', 'Een concreet resultaat dat de partners opleveren.'],
        ['activity', 'Activiteit 1.1', 'Wat er gebeurt om output 1 op te leveren.'],
        ['activity', 'Activiteit 1.2', ''],
        ['output', 'Output 2', ''],
        ['activity', 'Activiteit 2.1', ''],
      ],
    },
  },
};

const vi: TemplateTexts = {
  notes: {
    kickoff: {
      title: 'Cuộc họp khởi động',
      blocks: [
        { h: 1, text: 'Cuộc họp khởi động' },
        { p: 'Ngày, địa điểm và người tham gia từ mỗi thành phố.' },
        { h: 2, text: 'Vì sao chúng ta hợp tác' },
        { bullets: ['Mỗi thành phố muốn học điều gì', 'Mỗi thành phố có thể chia sẻ điều gì'] },
        { h: 2, text: 'Mục tiêu năm nay' },
        { bullets: ['Mục tiêu 1', 'Mục tiêu 2', 'Mục tiêu 3'] },
        { h: 2, text: 'Vai trò và đầu mối liên hệ' },
        { bullets: ['Người điều phối', 'Đầu mối liên hệ ở mỗi thành phố'] },
        { h: 2, text: 'Cách làm việc' },
        { p: 'Ngôn ngữ, lịch họp, nơi lưu tài liệu.' },
        { h: 2, text: 'Bước tiếp theo' },
        { tasks: ['Chia sẻ danh sách liên hệ', 'Lên kế hoạch phiên trao đổi đầu tiên'] },
      ],
    },
    studyVisitDebrief: {
      title: 'Tổng kết chuyến tham quan học tập',
      blocks: [
        { h: 1, text: 'Tổng kết chuyến tham quan học tập' },
        { p: 'Chúng ta đã đi đâu, khi nào và ai tham gia.' },
        { h: 2, text: 'Những gì chúng ta đã thấy' },
        { bullets: ['Địa điểm hoặc tổ chức đã đến thăm', 'Cách làm chúng ta quan sát được'] },
        { h: 2, text: 'Điều làm chúng ta bất ngờ' },
        { bullets: [''] },
        { h: 2, text: 'Điều có thể áp dụng tại địa phương' },
        { bullets: [''] },
        { h: 2, text: 'Câu hỏi cho đơn vị đón tiếp' },
        { bullets: [''] },
        { h: 2, text: 'Việc tiếp theo' },
        { tasks: ['Gửi lời cảm ơn và ảnh cho đơn vị đón tiếp', 'Đưa ý tưởng vào kế hoạch hành động'] },
      ],
    },
    sessionMinutes: {
      title: 'Biên bản phiên họp',
      blocks: [
        { h: 1, text: 'Biên bản phiên họp' },
        { p: 'Ngày, giờ và người điều phối.' },
        { h: 2, text: 'Thành phần tham dự' },
        { bullets: [''] },
        { h: 2, text: 'Chương trình' },
        { bullets: ['Nội dung 1', 'Nội dung 2'] },
        { h: 2, text: 'Thảo luận' },
        { p: '' },
        { h: 2, text: 'Quyết định' },
        { bullets: [''] },
        { h: 2, text: 'Việc cần làm' },
        { tasks: ['Ai làm gì, trước khi nào'] },
        { h: 2, text: 'Phiên tiếp theo' },
        { p: '' },
      ],
    },
  },
  boards: {
    problemTree: {
      title: 'Cây vấn đề',
      labels: {
        problem: 'Vấn đề cốt lõi',
        effects: 'Hậu quả',
        causes: 'Nguyên nhân',
        effect: 'Hậu quả',
        cause: 'Nguyên nhân',
      },
    },
    stakeholderMap: {
      title: 'Bản đồ các bên liên quan',
      labels: {
        keepSatisfied: 'Giữ hài lòng\n(ảnh hưởng cao, quan tâm thấp)',
        manageClosely: 'Phối hợp chặt chẽ\n(ảnh hưởng cao, quan tâm cao)',
        monitor: 'Theo dõi\n(ảnh hưởng thấp, quan tâm thấp)',
        keepInformed: 'Thông tin đầy đủ\n(ảnh hưởng thấp, quan tâm cao)',
        power: 'Ảnh hưởng ↑',
        interest: 'Mức quan tâm →',
        example: 'Thêm một ghi chú cho mỗi bên liên quan và kéo vào ô phù hợp',
      },
    },
    swot: {
      title: 'Phân tích SWOT',
      labels: {
        strengths: 'Điểm mạnh',
        weaknesses: 'Điểm yếu',
        opportunities: 'Cơ hội',
        threats: 'Thách thức',
      },
    },
    garmentJourney: {
      title: 'Hành trình của một sản phẩm may mặc trong chuỗi giá trị',
      stages: [
        'Xơ sợi (bông, polyester, xơ tái chế)',
        'Kéo sợi',
        'Dệt thoi và dệt kim: vải',
        'Nhuộm và hoàn tất',
        'Cắt và may',
        'Vận chuyển và bán lẻ',
        'Sử dụng, giặt và sửa chữa',
        'Thu gom và phân loại',
        'Tái sử dụng và tái chế',
      ],
    },
  },
  plans: {
    logframe: {
      title: 'Khung logic',
      rows: [
        ['goal', 'Mục tiêu chung', 'Thay đổi dài hạn mà quan hệ đối tác góp phần tạo ra.'],
        ['outcome', 'Kết quả', 'Những thay đổi cho các thành phố khi kết thúc chương trình trao đổi.'],
        ['output', 'Đầu ra 1', 'Một kết quả cụ thể mà các đối tác tạo ra.'],
        ['activity', 'Hoạt động 1.1', 'Những việc cần làm để đạt đầu ra 1.'],
        ['activity', 'Hoạt động 1.2', ''],
        ['output', 'Đầu ra 2', ''],
        ['activity', 'Hoạt động 2.1', ''],
      ],
    },
  },
};

const hi: TemplateTexts = {
  notes: {
    kickoff: {
      title: 'शुरुआती बैठक',
      blocks: [
        { h: 1, text: 'शुरुआती बैठक' },
        { p: 'तारीख, स्थान और हर शहर से कौन शामिल हुआ।' },
        { h: 2, text: 'हम साथ क्यों काम करते हैं' },
        { bullets: ['हर शहर क्या सीखना चाहता है', 'हर शहर क्या साझा कर सकता है'] },
        { h: 2, text: 'इस वर्ष के लक्ष्य' },
        { bullets: ['लक्ष्य 1', 'लक्ष्य 2', 'लक्ष्य 3'] },
        { h: 2, text: 'भूमिकाएँ और संपर्क' },
        { bullets: ['सुविधाकर्ता', 'हर शहर में संपर्क व्यक्ति'] },
        { h: 2, text: 'काम करने का तरीका' },
        { p: 'भाषाएँ, बैठकों की नियमितता, दस्तावेज़ कहाँ रखे जाते हैं।' },
        { h: 2, text: 'अगले कदम' },
        { tasks: ['संपर्क सूची साझा करें', 'पहले आदान-प्रदान सत्र की योजना बनाएँ'] },
      ],
    },
    studyVisitDebrief: {
      title: 'अध्ययन यात्रा की समीक्षा',
      blocks: [
        { h: 1, text: 'अध्ययन यात्रा की समीक्षा' },
        { p: 'हम कहाँ गए, कब, और कौन शामिल था।' },
        { h: 2, text: 'हमने क्या देखा' },
        { bullets: ['देखा गया स्थान या संगठन', 'जो कार्यप्रणाली हमने देखी'] },
        { h: 2, text: 'हमें किस बात ने चौंकाया' },
        { bullets: [''] },
        { h: 2, text: 'हम अपने शहर में क्या अपना सकते हैं' },
        { bullets: [''] },
        { h: 2, text: 'मेज़बानों के लिए प्रश्न' },
        { bullets: [''] },
        { h: 2, text: 'आगे की कार्रवाई' },
        { tasks: ['मेज़बानों को धन्यवाद और तस्वीरें भेजें', 'विचारों को कार्य योजना में जोड़ें'] },
      ],
    },
    sessionMinutes: {
      title: 'सत्र का कार्यवृत्त',
      blocks: [
        { h: 1, text: 'सत्र का कार्यवृत्त' },
        { p: 'तारीख, समय और सुविधाकर्ता।' },
        { h: 2, text: 'उपस्थित लोग' },
        { bullets: [''] },
        { h: 2, text: 'कार्यसूची' },
        { bullets: ['विषय 1', 'विषय 2'] },
        { h: 2, text: 'चर्चा' },
        { p: '' },
        { h: 2, text: 'निर्णय' },
        { bullets: [''] },
        { h: 2, text: 'कार्य बिंदु' },
        { tasks: ['कौन क्या करेगा, कब तक'] },
        { h: 2, text: 'अगला सत्र' },
        { p: '' },
      ],
    },
  },
  boards: {
    problemTree: {
      title: 'समस्या वृक्ष',
      labels: { problem: 'मूल समस्या', effects: 'प्रभाव', causes: 'कारण', effect: 'प्रभाव', cause: 'कारण' },
    },
    stakeholderMap: {
      title: 'हितधारक मानचित्र',
      labels: {
        keepSatisfied: 'संतुष्ट रखें\n(अधिक प्रभाव, कम रुचि)',
        manageClosely: 'निकट से जोड़ें\n(अधिक प्रभाव, अधिक रुचि)',
        monitor: 'नज़र रखें\n(कम प्रभाव, कम रुचि)',
        keepInformed: 'सूचित रखें\n(कम प्रभाव, अधिक रुचि)',
        power: 'प्रभाव ↑',
        interest: 'रुचि →',
        example: 'हर हितधारक के लिए एक स्टिकी जोड़ें और उसे सही खाने में खींचें',
      },
    },
    swot: {
      title: 'SWOT विश्लेषण',
      labels: { strengths: 'ताकतें', weaknesses: 'कमज़ोरियाँ', opportunities: 'अवसर', threats: 'खतरे' },
    },
    garmentJourney: {
      title: 'मूल्य श्रृंखला में एक परिधान की यात्रा',
      stages: [
        'रेशा (कपास, पॉलिएस्टर, पुनर्चक्रित रेशा)',
        'कताई: धागा',
        'बुनाई और निटिंग: कपड़ा',
        'रंगाई और फ़िनिशिंग',
        'कटाई और सिलाई',
        'परिवहन और खुदरा बिक्री',
        'उपयोग, धुलाई और मरम्मत',
        'संग्रह और छँटाई',
        'पुन: उपयोग और पुनर्चक्रण',
      ],
    },
  },
  plans: {
    logframe: {
      title: 'लॉगफ़्रेम',
      rows: [
        ['goal', 'लक्ष्य', 'दीर्घकालिक बदलाव जिसमें साझेदारी योगदान देती है।'],
        ['outcome', 'परिणाम', 'आदान-प्रदान के अंत तक शहरों के लिए क्या बदलता है।'],
        ['output', 'आउटपुट 1', 'एक ठोस परिणाम जो साझेदार देते हैं।'],
        ['activity', 'गतिविधि 1.1', 'आउटपुट 1 देने के लिए क्या किया जाता है।'],
        ['activity', 'गतिविधि 1.2', ''],
        ['output', 'आउटपुट 2', ''],
        ['activity', 'गतिविधि 2.1', ''],
      ],
    },
  },
};

export const TEXTS = { en, nl, vi, hi } as const;
