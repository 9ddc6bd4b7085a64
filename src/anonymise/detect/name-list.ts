// Common Swedish given names and surnames, written for reservfax. Given names that are also everyday
// words (Bo, Dag, Liv, Maj, Mats, Per, Hans, Sten, Tor, Lo, Ask, Love) are left out on purpose.
const GIVEN = `
adam agnes agneta albin alexander alfred alice alma amanda amir ana anders andreas anette angelica anita ann anna
anne annika anton arne astrid axel barbro bengt berit bertil birgitta björn britt britta camilla carina carl
caroline cecilia charlotte christer christina christoffer claes daniel david ebba edvard elias elin elisabet
elisabeth ella ellen elsa emelie emil emma erik erika eva evelina felicia filip fredrik frida gabriel gerd
gunilla gunnar gustav göran gösta hanna harald helena helene helen henrik hilda hugo håkan ida ingegerd ingela
inger ingrid ingvar irene isabella isak jakob jan jenny jesper joakim johan johanna john jonas jonathan josefin
julia karin karl karolina katarina kent kenneth kerstin kjell klara kristina krister lars lena lennart leo
lilian linda linnéa linnea lisa louise ludvig magnus malin margareta maria marianne marie markus martin
mattias maud max maja mikael milo minna mohammed moa monica märta nadia nils noah nora olle olof oscar oskar
patrik paula peter petra pia ragnar rebecca robert roger rolf rune sandra sara sebastian sigrid simon siv
sofia sofie solveig stefan stig susanne svante sven therese thomas tobias tomas torbjörn tove ulla ulf ulrika
vera viktor viktoria vilhelm wilma yvonne åsa åke örjan ester signe greta ingemar birger sune lage
`;

const SURNAMES = `
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson
jonsson jansson hansson bengtsson jönsson lindberg jakobsson magnusson olofsson lindström lindqvist
lindgren axelsson berg bergström lundberg lind lundgren lundqvist mattsson berglund fredriksson sandberg
henriksson forsberg sjöberg wallin engström eklund danielsson lundin håkansson björk bergman gunnarsson
holm wikström samuelsson isaksson fransson bergqvist nyström holmberg arvidsson löfgren söderberg nyberg
blomqvist claesson nordström mårtensson lundström viklund björklund eliasson pålsson berggren sandström
lund nordin ström åberg hermansson ekström holmgren sundberg hedlund dahlberg hellström sjögren abrahamsson
falk öberg martinsson andreasson blom ek strand dahl åkesson öhman
`;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const GIVEN_NAMES = words(GIVEN);
export const SURNAME_LIST = words(SURNAMES);
