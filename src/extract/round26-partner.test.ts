/**
 * Round 26, another system's request shown in a code block: under a heading of other systems
 * ("Fremdsysteme", "Third-party APIs") or after a sentence that says the product calls it ("ruft … auf",
 * "We call their endpoint"), `GET https://api.supplier.example/v3/x` is a call the product makes, none to build.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';

describe('a request to another host in a code block', () => {
  it('is none to build under "Fremdsysteme" or after a sentence that says the product calls it', () => {
    const de = lines(
      '# WerkstattPilot',
      '',
      '## 7 Schnittstellen',
      '',
      '- `GET /api/auftraege`',
      '',
      '### 7.2 Fremdsysteme',
      '',
      'Für FA-02 ruft WerkstattPilot den Teilekatalog-Dienst der Firma Teileprofi auf:',
      '',
      '```',
      'GET https://api.teileprofi.example/v3/fahrzeuge?hsn=0603',
      'Authorization: Bearer <token>',
      '```',
    );
    expect(apiLines(de)).toEqual(['GET /api/auftraege']);
    const en = lines('# Pawlog', '', '## API', '', '### SmsGateway', '', 'Thin adapter. We call their endpoint, we do not host it:', '', '```', 'POST https://api.textbridge.example/v2/messages', 'Authorization: Bearer <key>', '```');
    expect(apiLines(en)).toEqual([]);
  });

  it("keeps the product's own request shown with a host, also under an \"External API\" heading", () => {
    const md = lines('# Ledgerly', '', '## External API', '', 'Partners create an invoice with:', '', '```', 'POST https://api.ledgerly.example/v1/invoices', 'Content-Type: application/json', '```');
    expect(apiLines(md)).toEqual(['POST /v1/invoices']);
  });
});
