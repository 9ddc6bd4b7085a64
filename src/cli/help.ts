export const HELP_TEXT = `reservfax — reservrutin för fax av mycket brådskande röntgenremisser

Användning:
  reservfax anonymise IN.pdf --out UT.pdf [--home MAPP] [--config FIL] [--json]
  reservfax route SVAR.pdf|.tif|.png|.jpg [--home MAPP] [--config FIL] [--json]
  reservfax inbox [done ÄRENDE-ID] [--home MAPP] [--json]
  reservfax cases [--open] [--home MAPP] [--json]
  reservfax cases set-unit ÄRENDE-ID ENHET [--home MAPP] [--config FIL] [--json]
  reservfax cases faxed ÄRENDE-ID [--by INITIALER] [--home MAPP] [--json]
  reservfax cases oral-reply ÄRENDE-ID [--by INITIALER] [--home MAPP] [--json]
  reservfax report [--since TID] [--send] [--home MAPP] [--config FIL] [--json]
  reservfax incident [show] [--home MAPP] [--json]     (nattens händelselogg)
  reservfax incident open --affected link,ris,pacs,mei,image-transfer [--by INITIALER]
  reservfax incident note --contact teleconsult|vgr-it|on-call [--ticket NR] [--by INITIALER]
  reservfax incident note --transfer NR | --text "TEXT" [--by INITIALER]
  reservfax incident close --resolved|--persists [--by INITIALER]
  reservfax start [--home MAPP] [--config FIL]   (nattsidan: http://127.0.0.1:8470/)
  reservfax status [--home MAPP] [--json]
  reservfax rutinkort [--out FIL] [--home MAPP] [--config FIL]
  reservfax web-user NAMN          (skapar en inloggning till nattsidan för web.users)
  reservfax help

Slutkoder: 0 klart, 1 oväntat fel, 2 fel i kommando eller konfiguration, 3 indata avvisad,
4 anonymiseringen kunde inte kontrolleras, 5 register eller utfil kunde inte skrivas
(report --send: e-posten kunde inte skickas), 6 svaret lades till manuell granskning (route),
7 en tjänst körs redan för mappen (start).
`;
