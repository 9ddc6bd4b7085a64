// Common given names of people born abroad who live in Sweden, in the spellings Swedish records use, lower case.
// Grouped by origin; a name shared by several groups appears once. Written for reservfax from public name statistics.
export const ABROAD_GIVEN = `
abbas abdallah abdel abdi abdikarim abdirahman abdul abdulla abdullah abdullahi adel adnan ahmad ahmed aisha
akram ala alaa ali amal amani amin amina amir amira anas aya ayman aziz bashar bilal dalia fadi farah fares
fatima fatma hadi haider hamid hamza hanan hassan hasan hiba huda hussain hussein ibrahim imad iman islam jamal
jamila karim khaled khalid khadija laila layla leila lubna mahmoud mahmud majid malak marwa mariam maryam
mohamad mohamed mohamud mohammed muhammad mona mostafa mustafa nabil nadia nasser nawal noor nour omar osama
osman rami rana rania rasha reem ranim said salah saleh salma sami samir samira sanaa tarek tariq walid wael
yasin yasmin yasmine yousef youssef yusuf zainab zeinab ziad
reza mehdi hossein majid saeed mohsen behrouz babak dariush farhad kourosh arash omid navid pouya shahram
bahram mehran payam fatemeh zahra shirin nasrin parisa shabnam azadeh mina neda roya mahnaz soheila mitra
nazanin golnaz elham samaneh ladan niloufar sima parvin homa fereshta zarghona mursal sayed
fadumo hodan hawa hibo ifrah ayan fardowsa sahra sagal ubah nimo muna deqa faduma halima idil sucaad ruqiya
sumaya liban mahad mukhtar abdiaziz abdiqani
mehmet ahmet hüseyin huseyin ismail murat ömer emre kemal burak serkan cem deniz erkan orhan recep volkan
yasar ayşe ayse emine hatice zeynep elif meryem zehra hanife merve özlem ozlem gül esra büsra derya sevgi
aylin ebru songül
emir edin senad mirsad haris amer jasmin dzevad dževad nermin almir elvir dragan zoran goran milan nenad dejan
vladimir slobodan darko marko ivan ante josip tomislav stjepan ivica zeljko željko amra emina aida amela lejla
azra edina senada mirela vesna snezana snežana jelena ivana marija dragana gordana biljana mirjana ljiljana
natasa nataša danijela sanja
piotr krzysztof andrzej tomasz pawel paweł marcin michal michał jakub lukasz łukasz grzegorz mariusz wojciech
marek dariusz zbigniew jerzy tadeusz kamil mateusz janusz katarzyna malgorzata małgorzata agnieszka barbara
ewa krystyna elzbieta elżbieta zofia joanna magdalena monika dorota aleksandra beata justyna marta iwona
jolanta danuta halina teresa grazyna grażyna bozena bożena urszula
matti juha timo kari mikko jari antti jukka pekka markku heikki mika hannu ville tuomas janne petri seppo esa
raimo pentti eero veikko tapio tuula pirjo seija marjatta aino eila hilkka leena riitta päivi paivi sirpa
tiina satu sari merja marja kaija anja tarja helvi raili aila sinikka
thi van anh minh hoa lan linh mai nam tam hung tuan hai hanh thu trang huong phuong dung long quang duc binh
thanh hieu hoang khanh ngoc
wei fang min jing ying hui yan jun xin lei yang ming hong hua jie tao xiaoming xiaoli yuxuan zihan
somchai somsak malee siriporn supaporn nok ploy kanya pim wanida araya suda nittaya ratana sunisa porntip
kulap duangjai chai niran prasert somporn
klaus jürgen jurgen uwe dieter wolfgang helmut günter gunter manfred horst michael frank jörg jorg ralf
matthias sabine ute ursula heike andrea claudia birgit gabriele renate brigitte helga gisela katrin anke silke
yonas yohannes tesfay tesfaye berhane kidane haile tekle mehari semere filmon mulugeta ghirmay habtom tewelde
goitom mebrahtu amanuel biniam efrem henok robel natnael dawit senait selam saba hiwet rahel luwam feven tsega
mebrat abrehet yordanos winta eden ruta tirhas azieb freweyni almaz meron lidia segen
rebin shwan dilan berivan rojda avin azad dlovan zana hevin
jose josé juan carlos luis jorge pedro miguel alejandro javier diego camila valentina gabriela
`;
