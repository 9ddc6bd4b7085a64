// Listed names that are also everyday Swedish words, clinical eponyms or two-letter syllables ("Sten", "Axel",
// "Inga", "Han", "Weber"): they count as names only beside another name or where a name stands, never alone in text.
export const EVERYDAY_NAMES = `
bo dag liv maj mats per hans sten tor lo ask love björn ros rosa axel klara stig iris lina
flora max saga siv viola tim inga ben tom mark rita kaj juni sol vide tuva ester rut ruth bror karl frank
ute silke eden ruta dina mina min van tam long hung dung han sun song tang lin chai said can sultan nok
li ma wu hu he le do vo ho ly vu ta
ek strand ström lund blom falk björk borg fors palm lönn kvist lilja hammar sköld strid svärd roos grahn
hult malm alm gren
sjögren haglund waldenström weber richter hartmann koch klein wolf lange lang jung winter sommer stein otto
beck kaiser walter simon martin hahn vogel brandt fuchs kraus krause keller berger roth baumann
adam abraham islam araya long kara salo laine niemi mai
`;

// Words that never are a patient's name, even in a name position: headings, units, exams, body parts and
// form words that referral headers and labels print in capitals ("REMISS", "DATORTOMOGRAFI BUK", "AKUT").
export const NEVER_NAMES = `
remiss remissen röntgenremiss akutremiss akut akuta akutmottagning akutmottagningen besked svar utlåtande
undersökning undersökningar beställning prioritet prio brådskande snarast omgående planerad elektiv
datortomografi dt ct mr mrt mri magnetkamera magnetresonanstomografi ultraljud ul slätröntgen röntgen
skiktröntgen angiografi genomlysning pet scint scintigrafi mammografi
buk thorax lungor lunga hjärna hjärnan skalle hals halsrygg bröstrygg ländrygg rygg bäcken höft höger
vänster bilateral sinistra dextra njurar njure lever gallvägar pankreas mjälte urinvägar knä fot hand
armbåge handled fotled skuldra nacke ansikte käke skelett kärl aorta sinus
med utan och eller kontrast iv po
patient patienten patientetikett etikett personnummer personnr pnr reservnummer samordningsnummer
namn efternamn förnamn kön kvinna man pojke flicka barn ålder år född
klinik kliniken mottagning mottagningen avdelning avdelningen enhet enheten vårdcentral vårdcentralen
sjukhus sjukhuset region regionen västra götaland götalandsregionen nu-sjukvården sjukvården näl sus sös
norra södra östra stora lilla nya
remittent remitterande läkare inremitterande beställare mottagare radiologi radiologisk radiologiska
röntgenavdelningen bild bildfunktion sida datum tid klockan kl telefon tel fax faxnummer
anamnes frågeställning diagnos status bakgrund kommentar allergi allergier vikt längd kreatinin
ej ingen nej ja okänd okänt saknas oklar oklart
sverige svensk svenska
trauma traumalarm stroke strokelarm larm sepsis isolering smitta smittsam blodsmitta mrsa esbl vre covid
gravid graviditet diabetes varning observera obs ny nytt kontroll uppföljning återbesök inneliggande
poliklinisk polikliniskt sängliggande rullstol säng tolk tolkbehov pacemaker metall implantat
`;
