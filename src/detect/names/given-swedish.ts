// About 300 of the most common given names in Sweden (SCB name statistics, both sexes, all ages), lower case.
// Names that are also everyday or clinical words are listed here too; everyday-words.ts decides how they may fire.
export const SWEDISH_GIVEN = `
adam agnes agneta albin alexander alexandra alfred alice alicia alma alva amanda anders andreas ann ann-charlotte
ann-christin ann-marie anna anna-karin anna-lena anne anneli annelie anette anita annika anton arne arvid astrid
axel barbro bengt berit bertil birger birgit birgitta björn bo bodil britt britta camilla carina carl carolina
caroline casper cecilia charlotta charlotte christer christian christina christoffer claes conny dag dagmar dan
daniel david dennis ebba edith edvin einar elias elin elisabet elisabeth ella ellen ellie elliot elsa elsie
elvira emelie emil emilia emma erik erika ester eva eva-lena evelina evert felicia filip folke frans freja frida
fredrik gabriel gerd gert glenn greta gun gunhild gunilla gunnar gunnel gustav gösta göran hampus hanna hannes
hans harald harry hedvig helen helena helene helge hilda hjalmar holger hugo håkan ida ines inga inge ingeborg
ingegerd ingela ingemar inger ingrid ingvar irene iris isabella isabelle isak ivar jacob jakob jan jan-erik
jenny jesper jessica jimmy joakim joel johan johanna johannes john jonas jonathan josef josefin josefine
jörgen julia julius kajsa karin karl karolina kasper katarina kenneth kent kerstin kevin kjell klara kristian
kristina kristoffer krister kurt kåre lage lars leif lena lennart leo liam lilian lilly lina linda linnea
linnéa linus lisa liv lo louise love lovisa lucas ludvig lukas magnus maj maj-britt maja majken malin malte
marcus margareta margit maria marianne marie marika marita markus martin mathias matilda mats mattias maud max
melker melvin mikael mikaela milo minna moa mohammad mohammed molly mona monica märta nathalie nellie niklas
nils noah noel nora olivia olle olof oliver oscar oskar otto ove patrik paula per per-olof peter petra philip
pia pontus ragnar rasmus rebecka rebecca rickard robert robin roger roland rolf ronja ros rune ruth rut sam
samuel sandra sara saga sebastian selma sigrid sigvard signe simon siv sixten sofia sofie solveig sonja stefan
sten stig stina sture sune susanne svante sven tage theo therese thomas tilda tim tobias tommy tomas tor
torbjörn tore tove ture tuva tyra ulf ulla ulla-britt ulrika urban valter vera viktor viktoria vilgot vilhelm
vincent viola wilma william ylva yvonne åke åsa örjan östen
`;
