/**
 * Misses found by a fifteenth round of reading PRDs in other languages: Vietnamese PRDs (section
 * words, normative words, field-type words, table headers), the words that give up a route in
 * French, Italian, Spanish, Portuguese, German, Indonesian and Vietnamese, notes to the author
 * and open questions in those languages. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a Vietnamese PRD', () => {
  const md = lines(
    '# Tài liệu yêu cầu sản phẩm',
    '',
    'Tài liệu này mô tả phạm vi phiên bản đầu tiên của hệ thống.',
    '',
    '## 3. Yêu cầu chức năng',
    '',
    '- **YC-01**: Khách hàng phải chọn khung giờ còn trống trong 7 ngày tới.',
    '- **YC-02**: Mỗi kỹ thuật viên nhận tối đa 6 đơn trong một ngày.',
    '- **YC-03**: Kỹ thuật viên không được thay linh kiện khi khách chưa đồng ý báo giá.',
    '',
    '### Câu hỏi mở',
    '',
    '- Kỹ thuật viên có phải chụp ảnh máy trước khi sửa không?',
    '- (Ghi chú cho người viết: thay đoạn này bằng kết luận sau buổi họp.)',
    '',
    '## 4. API',
    '',
    '| Phương thức | Đường dẫn | Mô tả |',
    '|---|---|---|',
    '| GET | `/api/dich-vu` | danh sách dịch vụ |',
    '| POST | `/api/don-hang` | tạo đơn |',
    '',
    'Tin nhắn được gửi qua Zalo. Đây là API bên ngoài, không phải API của chúng ta.',
    '',
    'API cũ `GET /api/v0/lich-hen` đã ngừng hỗ trợ và sẽ bị gỡ bỏ.',
    '',
    '## 5. Mô hình dữ liệu',
    '',
    '### DonHang',
    '',
    '| Trường | Kiểu | Bắt buộc | Ghi chú |',
    '|---|---|---|---|',
    '| maDon | chuỗi | có | |',
    '| soMay | số nguyên | có | |',
    '| gioHen | ngày giờ | có | |',
    '| trangThai | liệt kê: moi / dang_sua / da_huy | có | |',
    '| kyThuatVienId | chuỗi, có thể null | có | |',
    '| khuVuc | danh sách chuỗi | có | |',
    '| dangHoatDong | đúng/sai | có | |',
    '| ghiChu | chuỗi | không | |',
    '',
    '## 6. Màn hình',
    '',
    '1. Trang chủ — `/`',
    '2. Đặt lịch — `/dat-lich`',
    '',
    '## 7. Ngoài phạm vi',
    '',
    '- Gói bảo trì định kỳ theo năm (`/api/bao-hanh`) — để sang quý sau.',
  );
  it('reads its requirements with their ids, `phải`, `không được` and a limit (`tối đa`)', () => {
    expect(ruleRows(md)).toEqual([
      ['YC-01', 'must', 'Khách hàng phải chọn khung giờ còn trống trong 7 ngày tới.'],
      ['YC-02', 'must', 'Mỗi kỹ thuật viên nhận tối đa 6 đơn trong một ngày.'],
      ['YC-03', 'must', 'Kỹ thuật viên không được thay linh kiện khi khách chưa đồng ý báo giá.'],
    ]);
  });
  it('reads its endpoint table, and leaves out a route no longer supported and one out of scope', () => {
    expect(apiLines(md)).toEqual(['GET /api/dich-vu', 'POST /api/don-hang']);
  });
  it('reads its field table with the Vietnamese type words', () => {
    expect(modelLines(md)).toEqual([
      'DonHang { maDon: string; soMay: number; gioHen: string; trangThai: "moi" | "dang_sua" | "da_huy"; kyThuatVienId: string | null; khuVuc: string[]; dangHoatDong: boolean; ghiChu?: string }',
    ]);
  });
  it('reads its screens list', () => {
    expect(pageRoutes(md)).toEqual(['/', '/dat-lich']);
  });
  it('takes no rule from `không phải` ("is not") or `có phải … không` (a question) outside a requirements list', () => {
    const prose = lines('# PRD', '', '## Bối cảnh', '', 'Hệ thống cũ không phải của công ty.', '', '## Ghi chú', '', 'Cổng thanh toán không phải là một phần của dự án mới này.', '', 'Kỹ thuật viên có phải chụp ảnh máy trước khi sửa chữa không.', '', 'Hệ thống phải gửi tin nhắn nhắc lịch trước giờ hẹn 1 tiếng.');
    expect(ruleRows(prose)).toEqual([[undefined, 'must', 'Hệ thống phải gửi tin nhắn nhắc lịch trước giờ hẹn 1 tiếng.']]);
  });
});

describe('routes given up, in other languages', () => {
  it('leaves out a route a sentence says was abandoned, weighed and rejected, or no longer supported', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      "L'ancienne route `GET /api/planning.csv`, utilisée par le tableur, est abandonnée.",
      '',
      'Avevamo valutato e scartato un catalogo vini con `GET /api/vini`: resta sul sito.',
      '',
      'El endpoint `GET /api/legacy-export` fue descartado tras la revisión.',
      '',
      'Die Suche über `GET /api/suche` wurde geprüft und verworfen.',
      '',
      'Endpoint `GET /api/lama` sudah tidak digunakan lagi.',
      '',
      'Un coordinateur crée une mission en envoyant une requête POST à `/api/missions`.',
    );
    expect(apiLines(md)).toEqual(['POST /api/missions']);
  });
  it('keeps a route whose sentence only names something abandoned or deleted as what the product handles', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      'Une mission sans inscrit peut être supprimée par une requête DELETE sur `/api/missions/:id`.',
      '',
      'Il promemoria per il carrello abbandonato usa `POST /api/promemoria`.',
      '',
      'Pesan yang ditolak dicatat melalui `POST /api/log`.',
    );
    expect(apiLines(md)).toEqual(['DELETE /api/missions/:id', 'POST /api/log', 'POST /api/promemoria']);
  });
});

describe('notes to the author and open questions in other languages', () => {
  it('takes no rule from a note to the author, a template note or a question still to confirm', () => {
    const md = lines(
      '# PRD',
      '',
      '## 四、业务规则',
      '',
      '- **BR-05** 管理员应当在 2 个工作日内完成审核。',
      '',
      '> 待确认：月卡到期后是否必须默认自动续费？（需法务确认）',
      '>',
      '> 【模板说明】请在此处补充每条规则对应的测试用例编号，评审通过后删除本说明。',
      '',
      '## Requisitos',
      '',
      '- O sistema deve enviar um lembrete 24 horas antes.',
      '- _(Preencher esta seção com as decisões da reunião de 19/03.)_',
      '',
      '## 3. 業務ルール',
      '',
      '- 申込は開催日の3営業日前までに行わなければならない。',
      '- ※この欄には決定事項ではなく、検討中の論点のみを箇条書きで記載すること。',
    );
    expect(ruleRows(md)).toEqual([
      ['BR-05', 'should', '管理员应当在 2 个工作日内完成审核。'],
      [undefined, 'must', 'O sistema deve enviar um lembrete 24 horas antes.'],
      [undefined, 'must', '申込は開催日の3営業日前までに行わなければならない。'],
    ]);
  });
  it('still takes a rule that starts with the same verbs but names no part of the document', () => {
    const md = lines('# PRD', '', '## Requisitos', '', '- Preencher o endereço é obrigatório antes do pagamento.', '', '## Exigences', '', '- Remplacez la pièce seulement après accord du client.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Preencher o endereço é obrigatório antes do pagamento.', 'Remplacez la pièce seulement après accord du client.']);
  });
  it('reads the items of an open-questions heading under a requirements heading as questions, not requirements', () => {
    const md = lines(
      '# PRD',
      '',
      '## 3. Requisitos',
      '',
      '- O tutor pode remarcar até 2 horas antes.',
      '',
      '### Dúvidas em aberto',
      '',
      '- Confirmar com a loja o horário de domingo.',
      '',
      '### 3.2 Regras',
      '',
      '- A loja confirma o agendamento em até 1 hora.',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual(['O tutor pode remarcar até 2 horas antes.', 'A loja confirma o agendamento em até 1 hora.']);
  });
});

describe('boolean type cells written as two values in other languages', () => {
  it('reads `ja/nein`, `ya/tidak`, `sì/no`, `đúng/sai` as boolean, and `Datum mit Uhrzeit`, `tanggal & jam` as a date', () => {
    const md = lines(
      '# PRD',
      '',
      '## Werkstatt',
      '',
      '| Feld | Typ |',
      '|---|---|',
      '| eBike | ja/nein |',
      '| ekspres | ya/tidak |',
      '| cibo | sì/no |',
      '| beginn | Datum mit Uhrzeit |',
      '| dibuatPada | tanggal & jam |',
    );
    expect(modelLines(md)).toEqual(['Werkstatt { eBike: boolean; ekspres: boolean; cibo: boolean; beginn: string; dibuatPada: string }']);
  });
  it('still reads other slash lists as values', () => {
    const md = lines('# PRD', '', '## Termin', '', '| Feld | Typ |', '|---|---|', '| status | offen/erledigt |', '| antwort | ja/nein/vielleicht |');
    expect(modelLines(md)).toEqual(['Termin { status: "offen" | "erledigt"; antwort: "ja" | "nein" | "vielleicht" }']);
  });
});

describe('Given/When/Then steps in a code block, in other languages, without a scenario line', () => {
  it('reads `Angenommen/Wenn/Dann` (marked gherkin) and `Diberikan/Ketika/Maka` (unmarked) as one scenario each', () => {
    const md = lines(
      '# PRD',
      '',
      '## Akzeptanzkriterien (Beispiel)',
      '',
      '```gherkin',
      'Angenommen eine Kundin hat einen Termin am Freitag um 10:00 Uhr',
      'Wenn sie den Termin am Freitag um 08:00 Uhr storniert',
      'Dann wird eine Stornogebühr von 15 Euro berechnet',
      '```',
      '',
      '## Skenario Penerimaan',
      '',
      '```',
      'Diberikan pesanan berstatus dijemput dengan berat 2,4 kg',
      'Ketika kurir menyimpan berat aktual',
      'Maka total harga dihitung dengan berat minimum 3 kg',
      '```',
    );
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Angenommen eine Kundin hat einen Termin am Freitag um 10:00 Uhr Wenn sie den Termin am Freitag um 08:00 Uhr storniert Dann wird eine Stornogebühr von 15 Euro berechnet'],
      [undefined, 'must', 'Diberikan pesanan berstatus dijemput dengan berat 2,4 kg Ketika kurir menyimpan berat aktual Maka total harga dihitung dengan berat minimum 3 kg'],
    ]);
  });
  it('reads no scenario from an unmarked block with a line that is no step, or without an outcome', () => {
    const md = lines(
      '# PRD',
      '',
      '## Beispiel',
      '',
      '```',
      'Wenn der Termin storniert wird',
      'Dann wird eine Gebühr berechnet',
      'gebuehr = 15 if storniert else 0',
      '```',
      '',
      '```',
      'Diberikan pesanan berstatus dijemput',
      'Ketika kurir menyimpan berat aktual',
      '```',
    );
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a rules table headed in Japanese', () => {
  it('reads each row of `| No | ルール |` as a rule, keyword or not', () => {
    const md = lines(
      '# PRD',
      '',
      '## 3. 機能要件',
      '',
      '### 3.2 業務ルール',
      '',
      '| No | ルール |',
      '|----|--------|',
      '| 1 | 修了判定は、出席率80%以上かつ確認テストの合格をもって行う。 |',
      '| 2 | キャンセル待ちの繰り上げは登録順に自動で行い、本人へメールで通知する。 |',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual(['修了判定は、出席率80%以上かつ確認テストの合格をもって行う。', 'キャンセル待ちの繰り上げは登録順に自動で行い、本人へメールで通知する。']);
  });
  it('reads the wordiest column of a CJK requirements table whose text header is a phrase', () => {
    const md = lines('# PRD', '', '## 3. 機能要件', '', '| 番号 | 何をするか |', '|---|---|', '| R-1 | 修了判定は出席率で行う。 |', '| R-2 | 繰り上げは登録順に自動で行う。 |');
    expect(ruleRows(md)).toEqual([
      ['R-1', 'must', '修了判定は出席率で行う。'],
      ['R-2', 'must', '繰り上げは登録順に自動で行う。'],
    ]);
  });
  it('takes no rule from a glossary table headed `| 用語 | 説明 |` outside a requirements section', () => {
    const md = lines('# PRD', '', '## 用語', '', '| 用語 | 説明 |', '|---|---|', '| 受講者 | 研修を受ける社員 |', '| 上長 | 申込を承認する管理職 |');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a model heading over a sentence that lists what the record holds', () => {
  it('reads the model from a bare list, a list after "contains" (Berisi, Gồm, 包含) and a fields label with a second sentence', () => {
    const md = lines(
      '# PRD',
      '',
      '## 5. Modelo de dados',
      '',
      '### Tutor',
      '',
      'Nome, CPF, celular, e-mail.',
      '',
      '### Ulasan',
      '',
      'Berisi kode pesanan, nilai bintang 1–5, dan komentar.',
      '',
      '### BaoGia',
      '',
      'Gồm mã đơn, danh sách linh kiện, tổng tiền và thời điểm khách đồng ý.',
      '',
      '### 6.3 缴费记录（PaymentRecord）',
      '',
      '包含月卡编号、金额、支付时间、微信支付流水号，字段类型见数据库设计文档。',
      '',
      '### Arbeitszeit',
      '',
      'Felder: `terminId`, `mechanikerId`, `minuten`, `bemerkung`. Details klären wir im Refinement.',
    );
    expect(modelLines(md)).toEqual([
      'Arbeitszeit { terminId: string; mechanikerId: string; minuten: string; bemerkung: string }',
      'BaoGia { maDon: string; danhSachLinhKien: string; tongTien: string; thoiDiemKhachDongY: string }',
      'PaymentRecord {  }',
      'Tutor { nome: string; cpf: string; celular: string; eMail: string }',
      'Ulasan { kodePesanan: string; nilaiBintang: number; komentar: string }',
    ]);
  });
  it('reads no model from a sentence that says more than a list, nor from a list outside a data section', () => {
    const md = lines(
      '# PRD',
      '',
      '## 5. Datenmodell',
      '',
      '### Aufbewahrung',
      '',
      'Protokolle, Sicherungen und Exporte werden 30 Tage lang aufbewahrt.',
      '',
      '### Offene Punkte',
      '',
      'Details klären wir im Refinement mit dem Team.',
      '',
      '## 2. Rollen',
      '',
      '### Kunde',
      '',
      'Bucht, verschiebt, storniert.',
    );
    expect(modelLines(md)).toEqual([]);
  });
});

describe('endpoints listed in a plain code block, each with a description', () => {
  it('reads every line `METHOD  /path  description`, `[param]` segments as parameters', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      '```',
      'GET    /api/outlet                         daftar outlet terdekat (query: lat, lng)',
      'GET    /api/outlet/[outletId]/layanan      layanan dan harga per kg',
      'PUT    /api/pesanan/[kode]/berat           input berat aktual + foto',
      '```',
    );
    expect(apiLines(md)).toEqual(['GET /api/outlet', 'GET /api/outlet/:outletId/layanan', 'PUT /api/pesanan/:kode/berat']);
  });
  it('reads no endpoint from a block with one described call only, or with a line of code among the calls', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      '```',
      'GET    /api/outlet     daftar outlet terdekat',
      '```',
      '',
      '```',
      'GET    /api/pesanan    detail',
      'const x = fetch(url)',
      'POST   /api/pesanan    membuat',
      '```',
    );
    expect(apiLines(md)).toEqual([]);
  });
});

describe('a method and its path apart in a sentence, in other languages', () => {
  it('reads `yêu cầu POST tới /x` and `DELETE sur la même adresse` (the path named last before it)', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      'Khi khách đồng ý báo giá, ứng dụng gửi yêu cầu POST tới `/api/don-hang/{maDon}/bao-gia/dong-y`.',
      '',
      'Un coordinateur modifie une mission avec une requête PUT sur `/api/missions/:missionId`. Une mission sans inscrit peut être',
      'supprimée par une requête DELETE sur la même adresse.',
    );
    expect(apiLines(md)).toEqual(['DELETE /api/missions/:missionId', 'POST /api/don-hang/:maDon/bao-gia/dong-y', 'PUT /api/missions/:missionId']);
  });
  it('reads no endpoint where "the same" names no path (`DELETE sur la même page`) or the connective leads elsewhere', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      'La liste vient de `GET /api/missions`. Le bouton DELETE sur la même page reste masqué.',
      '',
      'Sau khi gửi POST tới máy chủ, ứng dụng mở trang `/don-hang`.',
    );
    expect(apiLines(md)).toEqual(['GET /api/missions']);
  });
});

describe('a Given/When/Then scenario written as a sentence in another language', () => {
  it('reads `Dado …, quando …, então …`, `Diberikan …, ketika …, maka …`, `Cho trước …, khi …, thì …` as one rule each, outside a requirements section', () => {
    const md = lines(
      '# PRD',
      '',
      '## Exemplos',
      '',
      '- Dado um agendamento para 14h, quando o tutor tenta remarcar às 12h30, então o sistema recusa a remarcação.',
      '',
      '## Contoh',
      '',
      'Diberikan pesanan berstatus dijemput, ketika kurir menyimpan berat aktual, maka total harga dihitung ulang.',
      '',
      '## Ví dụ',
      '',
      'Cho trước đơn đang sửa, khi kỹ thuật viên gửi báo giá, thì khách nhận được thông báo.',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual([
      'Dado um agendamento para 14h, quando o tutor tenta remarcar às 12h30, então o sistema recusa a remarcação.',
      'Diberikan pesanan berstatus dijemput, ketika kurir menyimpan berat aktual, maka total harga dihitung ulang.',
      'Cho trước đơn đang sửa, khi kỹ thuật viên gửi báo giá, thì khách nhận được thông báo.',
    ]);
  });
  it('takes no rule from a sentence that opens with the same word but states no outcome, or names it inside', () => {
    const md = lines(
      '# PRD',
      '',
      '## Nota',
      '',
      'Dato il volume di dati, quando possibile usiamo la cache.',
      '',
      'Dado que o volume é pequeno, não precisamos de fila.',
      '',
      'O texto diz: dado um pedido, quando pago, então enviado.',
    );
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a limit stated about things as they are today, in other languages', () => {
  it('takes no rule from `Hiện nay … không thể …` or `Atualmente … não pode …`, and still takes the same limit without it', () => {
    const md = lines(
      '# PRD',
      '',
      '## Quy tắc',
      '',
      'Hệ thống phải gửi xác nhận. Hiện nay khách hàng không thể hủy đơn qua điện thoại.',
      '',
      'Hệ thống phải gửi xác nhận. Khách hàng không thể hủy đơn sau khi kỹ thuật viên đã đến.',
      '',
      '## Regras',
      '',
      'O sistema deve enviar a confirmação. Atualmente o tutor não pode remarcar pelo WhatsApp.',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual([
      'Hệ thống phải gửi xác nhận.',
      'Hệ thống phải gửi xác nhận.',
      'Khách hàng không thể hủy đơn sau khi kỹ thuật viên đã đến.',
      'O sistema deve enviar a confirmação.',
    ]);
  });
});

describe('routes given up, in CJK scripts and Russian', () => {
  it('leaves out a route a line says is no longer used or supported, or was not adopted', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      '旧的 `GET /api/v0/cards` 已下线，不再使用。',
      '',
      '`GET /api/export` は検討の結果不採用とした。',
      '',
      '`GET /api/old-list` 는 더 이상 사용하지 않는다.',
      '',
      '`GET /api/legacy` больше не используется.',
      '',
      '`POST /api/cards` 用于创建月卡。',
    );
    expect(apiLines(md)).toEqual(['POST /api/cards']);
  });
  it('keeps a route whose line says only what the product no longer shows to someone', () => {
    const md = lines('# PRD', '', '## API', '', '`POST /api/cards/:id/renew` 续费后，旧卡号页面不再显示。');
    expect(apiLines(md)).toEqual(['POST /api/cards/:id/renew']);
  });
});

describe('a list after "contains" with "and" before its last thing, and Italian articulated prepositions', () => {
  it('does not take the word for "contains" into the first field', () => {
    const md = lines('# PRD', '', '## Modello dei dati', '', '### Istruttore', '', 'Contiene nome, cognome, email e specialità.');
    expect(modelLines(md)).toEqual(['Istruttore { nome: string; cognome: string; email: string; specialita: string }']);
  });
  it('reads `una richiesta GET alla rotta /x`, and not `GET alla pagina` without a path', () => {
    const md = lines('# PRD', '', '## API', '', "L'app invia una richiesta GET alla rotta `/api/utenti/me` per il profilo.", '', 'Dopo una richiesta POST alla pagina di conferma, l’utente torna indietro.');
    expect(apiLines(md)).toEqual(['GET /api/utenti/me']);
  });
});

describe('more field-table and model words', () => {
  it('reads a Japanese list with its verb last (`名称、管理番号、保管場所を含む。`) as the heading’s model', () => {
    const md = lines('# 要件定義書', '', '## 4. データモデル', '', '### 備品（Item）', '', '名称、管理番号、保管場所を含む。', '', '### Location', '', '名称、管理番号、保管場所は必須である。');
    expect(modelLines(md)).toEqual(['Item {  }']);
  });
  it('reads a `Wajib` column’s `tidak` as optional', () => {
    const md = lines('# PRD', '', '## Model Data', '', '### Balita', '', '| Kolom | Tipe | Wajib |', '|---|---|---|', '| id | string | ya |', '| catatan | teks | tidak |');
    expect(modelLines(md)).toEqual(['Balita { id: string; catatan?: string }']);
  });
});

describe('Vietnamese "nên" (should) and "cần phải" (must)', () => {
  it('reads `nên` as should and `cần phải` as must in prose, and not `nên` meaning "so" or "become"', () => {
    const md = lines(
      '# PRD',
      '',
      '## Ghi chú triển khai',
      '',
      'Hệ thống nên gửi email xác nhận sau khi đặt lịch.',
      '',
      'Vì khách hàng thường bận nên chúng tôi gửi tin nhắn vào buổi tối.',
      '',
      'Dữ liệu tăng nhanh, nên cần lưu trữ hợp lý hơn.',
      '',
      'Ứng dụng trở nên chậm khi có nhiều đơn.',
      '',
      'Do thiếu kỹ thuật viên nên thời gian chờ kéo dài.',
      '',
      'Kỹ thuật viên cần phải chụp ảnh trước khi sửa.',
    );
    expect(ruleRows(md)).toEqual([
      [undefined, 'should', 'Hệ thống nên gửi email xác nhận sau khi đặt lịch.'],
      [undefined, 'must', 'Kỹ thuật viên cần phải chụp ảnh trước khi sửa.'],
    ]);
  });
});

describe('Vietnamese headings of what is for later', () => {
  it('leaves out what stands under `Tương lai`, `Để sau` or `Không làm trong phiên bản này`, and keeps what stands under `Phạm vi`', () => {
    const md = lines(
      '# PRD',
      '',
      '## Phạm vi',
      '',
      '- `GET /api/ban` — danh sách bàn trống',
      '',
      '## Tương lai',
      '',
      '- Thanh toán trước qua `POST /api/thanh-toan`.',
      '',
      '## Để sau',
      '',
      '- `GET /api/khuyen-mai`',
      '',
      '## Không làm trong phiên bản này',
      '',
      '- `GET /api/danh-gia`',
    );
    expect(apiLines(md)).toEqual(['GET /api/ban']);
  });
});

describe('"the same path" in another language, in a paragraph with no path of its own', () => {
  it('reads `DELETE đến cùng đường dẫn` and `PATCH sur la même adresse` as the endpoint named last before', () => {
    const md = lines(
      '# PRD',
      '',
      '## API',
      '',
      '- `POST /api/dat-ban` — tạo đặt bàn',
      '- Để hủy, ứng dụng gửi yêu cầu DELETE đến cùng đường dẫn.',
      '',
      '- `POST /api/missions` — créer une mission',
      '- La modification passe par une requête PATCH sur la même adresse.',
    );
    expect(apiLines(md)).toEqual(['DELETE /api/dat-ban', 'PATCH /api/missions', 'POST /api/dat-ban', 'POST /api/missions']);
  });
  it('reads nothing from "the same" before a word that names no path', () => {
    const md = lines('# PRD', '', '## API', '', '- `POST /api/dat-ban` — tạo đặt bàn', '- Nhân viên gửi DELETE đến cùng khách hàng.', '- Le bouton PATCH sur la même page reste masqué.');
    expect(apiLines(md)).toEqual(['POST /api/dat-ban']);
  });
});

describe('Vietnamese "phải" that is no "must"', () => {
  it('takes no rule from `gặp phải` (run into) or `bên phải` (right side), and takes `phải trả` (must pay)', () => {
    const md = lines(
      '# PRD',
      '',
      '## Ghi chú',
      '',
      'Nếu khách gặp phải lỗi thanh toán, hệ thống hiển thị thông báo.',
      '',
      'Nút xác nhận nằm ở góc bên phải màn hình.',
      '',
      'Khách hàng phải trả tiền trước khi nhận máy.',
    );
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'Khách hàng phải trả tiền trước khi nhận máy.']]);
  });
});
