// About 250 of the most common surnames in Sweden (SCB name statistics), lower case, with common spelling variants.
export const SWEDISH_SURNAMES = `
abrahamsson adolfsson ahlberg ahlgren ahlqvist ahlström alm almqvist andersson andersén andreasson aronsson
arvidsson axelsson backlund backman bengtsson berg bergdahl berggren bergkvist berglund bergman bergqvist
bergström berntsson björk björklund björkman blom blomberg blomkvist blomqvist bohlin borg boström bäckström
carlsson claesson dahl dahlberg dahlgren dahlström danielsson edlund edström ek ekberg ekholm eklund ekman
ekström eliasson engberg engström englund eriksson falk fors forsberg forslund forsman fransson fredlund
fredriksson grahn gunnarsson gustafson gustafsson gustavsson hallberg hammar hansen hansson hedberg hedlund
hedman hedström hellberg hellström henriksson hermansson hjalmarsson holm holmberg holmgren holmkvist
holmlund holmqvist holmström hult hägglund håkansson isaksson ivarsson jakobsson jansson jensen johansson
johnsson jonasson jonsson josefsson jönsson karlsson kjellberg kristiansson kvist larsson lilja lind
lindahl lindberg lindblad lindblom lindell lindén lindgren lindholm lindkvist lindman lindqvist lindquist
lindroth lindström lundberg lundgren lundin lundkvist lundmark lundqvist lundström lund löfgren lönn magnusson
malm malmberg malmqvist martinsson mattsson melin moberg månsson mårtensson nielsen nilsson norberg nordberg
nordgren nordin nordlund nordqvist nordström norén nyberg nylander nyman nyqvist nyström ohlsson olausson
olofsson olsson ottosson palm persson petersson pettersson pålsson rosén rosengren roos rydberg samuelsson
sandberg sandgren sandström sjöberg sjödin sjögren sjölund sjöström sköld stenberg stenström strand strid
strömberg ström sundberg sundin sundqvist sundström svahn svensson svärd söderberg söderlund söderström
sörensen thorsson törnqvist viberg vikström viklund wahlström wallin wallgren wennberg wennerström
westerberg westberg westin wiberg wikman wikström zetterberg åberg åkerlund åkesson åman åström öberg
öhman östlund öström haglund waldenström hedin nordahl nordén bergh gren hedlund lindfors lundh
`;
