// Common surnames of people born abroad who live in Sweden, in the spellings Swedish records use, lower case.
export const ABROAD_SURNAMES = `
abbas abdullah ahmad ahmed al-ahmad al-ali al-hassan ali aziz darwish haddad hamdan hamid hassan hussein
ibrahim jaber jasim kadhim kareem khalil khoury mansour mohamed mohammed mohammad nasser othman rahman saleh
salem sabbagh youssef
mohammadi hosseini ahmadi rezaei moradi karimi jafari rahimi hashemi mousavi sadeghi kazemi ghorbani rostami
heidari haidari akbari nazari salehi amini bagheri ebrahimi asadi azizi shirazi tehrani rahmani soltani
sultani najafi farahani yazdani hakimi noori amiri hashimi sharifi popal stanikzai ahmadzai wardak
abdi abdullahi farah osman warsame jama nur aden ismail yusuf hirsi mohamud elmi egal duale guled samatar
shire dahir barre mahamed
yilmaz yılmaz kaya demir sahin şahin celik çelik yildiz yıldız yildirim yıldırım ozturk öztürk aydin aydın
ozdemir özdemir arslan dogan doğan kilic kılıç aslan cetin çetin kara koc koç kurt ozkan özkan simsek şimşek
polat korkmaz erdogan erdoğan gunes güneş aksoy tekin bulut ates ateş karaca keskin
hodžić hodzic hadžić hadzic begić begic delić delic kovačević kovacevic petrović petrovic jovanović jovanovic
nikolić nikolic marković markovic đorđević djordjevic horvat babić babic hasanović hasanovic husić husic
mehmedović omerović ibrahimović alić alic karić karic mujić mujic salihović kovač kovac jukić jukic knežević
knezevic pavlović popović stojanović ilić ilic milić milic tomić tomic lukić lukic perić peric šarić saric
nowak kowalski kowalska wiśniewski wisniewski wiśniewska wójcik wojcik kowalczyk kamiński kaminski kamińska
lewandowski lewandowska zieliński zielinski szymański szymanski woźniak wozniak dąbrowski dabrowski
kozłowski kozlowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawłowski michalski
nowicki adamczyk dudek zając zajac wieczorek jabłoński jablonski król krol majewski olszewski jaworski
wróbel wrobel malinowski pawlak witkowski walczak stępień górski gorski rutkowski michalak sikora
korhonen virtanen mäkinen makinen nieminen mäkelä makela hämäläinen hamalainen laine heikkinen koskinen
järvinen jarvinen lehtonen lehtinen saarinen salminen heinonen niemi heikkilä heikkila kinnunen salonen
turunen salo laitinen tuominen rantanen karjalainen jokinen mattila savolainen lahtinen ahonen hiltunen
leinonen kallio hakala pitkänen seppälä
nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng bui bùi do đỗ ho
hồ ngo ngô duong dương ly lý truong trương dinh đinh lam mai trinh luong cao ta quach
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao
saetang srisuk chaiyaporn wongsawat suksawat boonmee sukprasert rattanakorn thongchai kaewmanee
müller mueller muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer schafer
koch bauer richter klein wolf schröder schroder neumann schwarz zimmermann braun krüger kruger hofmann
hartmann lange schmitt werner schmitz krause meier lehmann schmid schulze maier köhler herrmann könig walter
mayer huber kaiser fuchs scholz möller weiß weiss jung hahn vogel friedrich keller günther berger winkler
roth beck lorenz baumann franke albrecht schuster böhm winter kraus schumacher krämer vogt stein jäger otto
sommer groß gross seidel heinrich brandt haas
tesfamariam gebremedhin gebremariam gebreyesus ghebreyesus berhe kahsay tsegay habte woldu weldemichael
mengistu ghebremeskel asfaha andemariam zerai yemane negash ghebrehiwet abraha hagos tewolde tesfay haile
tekle kidane mehari araya
rodriguez rodríguez gonzalez gonzález garcia garcía lopez lópez hernandez hernández martinez martínez perez
pérez sanchez sánchez ramirez ramírez torres flores silva rojas morales vargas castro
`;
