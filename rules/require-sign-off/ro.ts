import type { RequireSignOffData } from './index.ts';

const NICE = '(buna|bun|frumoasa|frumos|placuta|placut|excelenta|excelent|minunata|minunat|senina|linistita|linistit|usoara|usor|fericita|fericit|grozava|superba|reusita|spornica)';

export const ro: RequireSignOffData = {
  phrases: {
    closing: [
      {
        phrases: [
          'cu (stima|respect|drag|bine|prietenie|consideratie|caldura|recunostinta|multumiri|mult drag|toata stima|sinceritate|speranta|bucurie)',
          'cu (deosebita|toata|inalta|aleasa) (consideratie|stima|pretuire)', 'cu stima si (respect|consideratie)',
          'cu (multe |calde |sincere |)multumiri', 'cu (cele mai |)(bune|calde|sincere) (ganduri|urari)',
          'toate cele bune', 'toate bune', 'numai bine', 'tot binele', 'cele bune', 'numai de bine',
          `o zi ${NICE}`, `o seara ${NICE}`, `o dupa(-| )amiaza ${NICE}`, `o dimineata ${NICE}`, `o noapte ${NICE}`,
          `(un|o) (weekend|saptamana|sfarsit de saptamana|vacanta|calatorie|zbor|sejur|concediu|luna) ${NICE}`,
          `(weekend|saptamana|vacanta|calatorie|zi|seara|sedere) ${NICE}`, `(spor|succes|sanatate) (la|cu|in|si)`,
          'pe curand', 'pe (data viitoare|mai tarziu|maine|luni|alta data)', 'la revedere', 'o seara buna',
          '(multa |)bafta', 'salutari', 'salutari (cordiale|calduroase|prietenesti)', '(calde |cordiale |multe |)salutari',
          'la dispozitia (dumneavoastra|dvs|ta|voastra)', 'la dispozitie pentru',
          '(va |te |)(astept|asteptam) (cu interes|cu drag|cu nerabdare|cu placere)', '(va |te |)(astept|asteptam) (raspunsul|vesti|vestile|vesti de la|feedback*|confirmarea|mesajul|un raspuns|noutati|raspunsul dvs|raspunsul dumneavoastra)',
          'in asteptarea (raspunsului|unui raspuns|vestilor|confirmarii|mesajului)',
          'o (zi|seara) (buna|frumoasa|placuta) (va|iti) (doresc|dorim|uram|urez)',
          'sa (aveti|ai) (o|un) (zi|seara|weekend|saptamana|vacanta|calatorie|dupa-amiaza|sfarsit de saptamana|zbor|sejur|concediu|noapte)', 'va (imbratisam|imbratisez)', 'te imbratisez', 'imbratisari',
          'ne (auzim|vedem|citim) (curand|cu bine|in curand|pe curand|la)', 'ne auzim',
          'servus', 'drum bun', 'pofta buna', '* (placut|placuta|placute)', 'sarbatori (fericite|frumoase|linistite)',
          'craciun fericit', 'la multi ani', '(va|te) (salut|salutam) cu', '(bucurati va|bucura te) de',
        ],
      },
    ],
    closingWord: [{ phrases: ['succes', 'sanatate', 'bafta', 'respect', 'cordial', 'salutari', 'sanatos', 'pa', 'ciao', 'servus'] }],
    thanks: [
      {
        phrases: [
          'multumim', 'multumesc', 'multumiri', 'multam', 'mersi', 'mersii', 'merci',
          'va (suntem|sunt|raman|ramanem) (recunoscator*|indatorat*|indatorati)', 'recunoscator* pentru', 'apreciem (mult |foarte mult |)(rabdarea|intelegerea|increderea|sprijinul|timpul|ajutorul|feedback*|colaborarea|faptul|ca|ca ne|ca ati|ca v|efortul)',
          'apreciez (mult |foarte mult |)(rabdarea|intelegerea|increderea|sprijinul|timpul|ajutorul|feedback*|colaborarea|faptul|ca|efortul)',
          '(va|iti|va) (stam|stau|ramanem|raman) la (dispozitie|dispozitia)',
          '(ramanem|raman|ramanem in continuare|suntem in continuare|ramanem oricand|suntem oricand|suntem mereu|ramanem mereu) la (dispozitie|dispozitia)',
          '(astept|asteptam) cu (interes|nerabdare) (raspunsul|vesti|vestile|feedback*|confirmarea|mesajul|un raspuns|noutati)',
          '(va|iti) (dorim|doresc|uram|urez) (o|un|multa|mult|multe|toate|numai|succes|spor|sanatate|sa|tot|cele|bafta|zile|sarbatori)',
          `(si |)(o|un) (zi|seara|weekend|saptamana|vacanta|calatorie|dupa-amiaza) ${NICE} (va|iti) (doresc|dorim|uram|urez)`,
        ],
      },
    ],
    disclaimer: [
      {
        phrases: [
          '(acest|prezentul) (mesaj|e mail|email) (si|impreuna cu) (atasamentele|anexele|fisierele)',
          '(este|sunt|poate fi|pot fi|contine|poate contine) (strict |)(confidential*|informatii confidentiale)',
          'destinat* (exclusiv|numai|doar) (pentru|destinatar*)', 'primit acest (mesaj|e mail|email) (din greseala|din eroare)',
          'nota de confidentialitate', 'inainte de a (printa|tipari)', 'nu raspundeti la acest (mesaj|e mail|email)', 'acesta este un mesaj automat',
        ],
      },
    ],
    postscript: [{ phrases: ['p s', 'ps', 'pps', 'n b', 'nb', 'post scriptum', 'postscriptum'] }],
  },
  insert: 'Cu stimă,',
  insertPlain: 'Cu stima,',
};
