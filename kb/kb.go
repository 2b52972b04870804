// Package kb is Dateline's built-in knowledge of actors: titles and role
// nouns with the CAMEO sector they imply, sector nouns for groups and
// organisations, well-known organisations with their codes, and pronouns.
// It is shared data, not a stage: the stages that recognise, link and code
// actors all read it. Country names and demonyms live in package gazetteer.
package kb

import (
	"strings"
	"unicode"
)

// Role is what a title or role noun says about its holder.
type Role struct {
	Title  string // canonical title: "President"
	Sector string // CAMEO sector code: GOV, MIL, LEG, JUD, COP, REB, OPP, MED, BUS, ...
	Person bool   // a title held by a person (not a group noun)
}

// roles maps lower-case titles and role nouns (one or more words) to roles.
var roles = map[string]Role{}

func addRoles(sector string, person bool, words string) {
	for _, w := range strings.Split(words, ",") {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		roles[w] = Role{Title: titleCase(w), Sector: sector, Person: person}
	}
}

func init() {
	addRoles("GOV", true, `president,vice president,prime minister,premier,deputy prime minister,minister,foreign minister,
		interior minister,finance minister,defense minister,defence minister,chancellor,king,queen,emir,sultan,prince,crown prince,
		monarch,sheikh,head of state,leader,secretary of state,secretary,spokesman,spokeswoman,spokesperson,ambassador,envoy,
		diplomat,governor,mayor,official,officials,deputy,aide,adviser,advisor,counterpart,counterparts,presidents,leaders,ministers,
		government spokesman,government spokeswoman,foreign ministry spokesman,foreign ministry spokeswoman,
		presidential spokesman,kremlin spokesman,
		foreign ministers,prime ministers,secretary-general,secretary general,un secretary-general,press secretary,chief of staff,cabinet secretary,head of government,ayatollah,supreme leader,
		trade representative,national security adviser,national security advisers,national security advisor,national security advisors,advisers,aides,envoys,ambassadors,
		foreign policy chief,intelligence chief,spy chief,aid chief,rights chief,human rights chief,refugee chief,nuclear chief`)
	addRoles("MIL", true, `military spokesman,army spokesman,military spokeswoman,army spokeswoman,defense ministry spokesman,
		general,gen.,commander,colonel,col.,major,lieutenant,lt.,admiral,marshal,brigadier,sergeant,soldier,soldiers,
		troops,officer,officers,chief of staff of the army,army chief,military chief,defense chief,pilot,pilots,
		paratroopers,commandos,special forces,ground forces,government forces,army troops,sailors,airmen,
		warplanes,warplane,jets,fighter jets,fighter planes,bombers,aircraft,helicopters,helicopter gunships,gunships,
		drones,tanks,artillery,warships,submarines,naval vessels,peacekeepers`)
	addRoles("LEG", true, `senator,sen.,lawmaker,lawmakers,legislator,congressman,congresswoman,representative,mp,member of parliament,speaker`)
	addRoles("JUD", true, `judge,justice,prosecutor,attorney general,chief justice`)
	addRoles("COP", true, `police chief,policeman,police officer,police officers,inspector,detective,police spokesman,
		police spokeswoman,police spokesperson,police commissioner`)
	addRoles("REB", true, `rebel,rebels,insurgent,insurgents,militant,militants,guerrilla,guerrillas,fighters,jihadist,jihadists,
		separatist,separatists,separatist forces,rebel forces,rebel fighters,separatist fighters,armed groups,gunmen,
		suicide bomber,suicide bombers,warring parties,warring factions,warring sides,armed factions`)
	addRoles("OPP", true, `opposition leader,opposition leaders,opposition figure,opposition figures,opposition activists,
		opposition supporters,opposition members,opposition lawmakers,opposition politician,opposition politicians,dissident,dissidents,activist,activists`)
	addRoles("LAB", true, `workers,strikers,trade unionists,union members`)
	// candidates for office belong to their party (CAMEO PTY), as in the
	// Phoenix agent dictionary ("presidential candidate")
	addRoles("PTY", true, `candidate,presidential candidate,nominee,presidential nominee,vice presidential candidate,
		vice presidential nominee,running mate,party leader,party chairman,party chief,party chairwoman,front-runner,frontrunner,
		campaign manager,campaign chairman,campaign spokesman,campaign spokeswoman`)
	addRoles("MED", true, `journalist,journalists,reporter,reporters,editor,correspondent`)
	addRoles("BUS", true, `ceo,chief executive,businessman,businesswoman,executive,executives,chairman,investor,investors`)
	addRoles("CVL", true, `civilian,civilians,resident,residents,protester,protesters,demonstrator,demonstrators,villager,villagers,people,
		worshippers,pilgrims,passengers,hostages,farmers,mourners,shoppers,prisoners,political prisoners,detainees,
		supporters,followers,loyalists,sympathisers,sympathizers`)
	addRoles("REF", true, `refugee,refugees,migrant,migrants,asylum seeker,asylum seekers`)
	addRoles("EDU", true, `student,students,professor,teacher,teachers`)
	addRoles("NGO", true, `aid worker,aid workers,humanitarian workers,relief workers,rights activists,human rights activists`)
	addRoles("REL", true, `cleric,imam,pope,bishop,archbishop,priest,rabbi,patriarch`)
}

// LookupRole returns the role named by a lower-case title or role noun,
// in the singular or the plural ("diplomats" as "diplomat"; a title
// written only before names, like "major", has no plural role).
func LookupRole(words string) (Role, bool) {
	words = strings.ToLower(words)
	if r, ok := roles[words]; ok {
		return r, ok
	}
	if sing, ok := singular(words); ok {
		if r, ok := roles[sing]; ok && r.Person && !namePrefixTitles[sing] {
			r.Title = titleCase(words)
			return r, true
		}
	}
	return Role{}, false
}

// namePrefixTitles are titles that stand before a name and whose plural
// names something else ("oil majors", "generals" of a company).
var namePrefixTitles = map[string]bool{"major": true, "general": true, "gen.": true, "col.": true, "lt.": true,
	"sen.": true, "rep.": true, "representative": true, "speaker": true, "secretary": true, "executive": true,
	"justice": true, "king": true, "queen": true, "prince": true, "lieutenant": true, "colonel": true, "marshal": true}

// singular returns the singular of a plural role noun ("diplomats",
// "chief executives", "attorneys general" is not handled).
func singular(w string) (string, bool) {
	switch {
	case strings.HasSuffix(w, "ss"), !strings.HasSuffix(w, "s"):
		return "", false
	case strings.HasSuffix(w, "men"):
		return "", false
	}
	return strings.TrimSuffix(w, "s"), true
}

// LookupOffice is LookupRole that also reads a title the table lacks by
// its head noun, when that is an office held for an institution ("energy
// minister", "trade envoy", "company spokesman"); the sector then comes
// from a modifier that names one ("police official" -> COP). Callers
// strip nationalities first: every modifier is taken as part of the title.
func LookupOffice(words string) (Role, bool) {
	words = strings.ToLower(words)
	if r, ok := LookupRole(words); ok {
		return r, ok
	}
	i := strings.LastIndexByte(words, ' ')
	if i < 0 || !officeHeads[words[i+1:]] {
		return Role{}, false
	}
	r, ok := roles[words[i+1:]]
	if !ok {
		return Role{}, false
	}
	for _, m := range strings.Fields(words[:i]) {
		if !strings.ContainsFunc(m, unicode.IsLetter) || functionWords[m] {
			return Role{}, false // ", prime minister", "alongside ELN commander": no modifiers
		}
		if m == "former" || m == "late" || m == "then" || strings.HasPrefix(m, "ex-") {
			return Role{}, false // a past office is read by who reads the title
		}
		if m == "shadow" {
			r.Sector = "OPP" // the opposition's spokesman for an office
			break
		}
		if s, ok := orgSectors[m]; ok && s != r.Sector {
			r.Sector = s
			break
		}
		if mr, ok := roles[m]; ok && mr.Sector != "GOV" {
			r.Sector = mr.Sector
			break
		}
	}
	r.Title = titleCase(words)
	return r, true
}

// functionWords are no part of a title: "alongside ELN commander X".
var functionWords = map[string]bool{"alongside": true, "with": true, "by": true, "and": true, "or": true, "of": true,
	"for": true, "to": true, "from": true, "at": true, "in": true, "on": true, "as": true, "the": true, "a": true, "an": true}

// titleCountries are titles only one country's offices carry (in
// English-language news): an official so titled without a nationality is
// that country's.
var titleCountries = map[string]string{
	"foreign secretary": "GBR", "home secretary": "GBR", "chancellor of the exchequer": "GBR",
	"shadow chancellor": "GBR", "shadow home secretary": "GBR", "shadow foreign secretary": "GBR",
	"shadow attorney general": "GBR", "culture secretary": "GBR", "defence secretary": "GBR",
	"taoiseach": "IRL", "tanaiste": "IRL",
	"secretary of state": "USA", "speaker of the house": "USA", "senate majority leader": "USA",
	"trade representative": "USA",
}

// TitleCountry returns the country whose office a title names, when only
// one country's does ("home secretary" -> GBR).
func TitleCountry(title string) (string, bool) {
	iso, ok := titleCountries[strings.ToLower(title)]
	return iso, ok
}

// officeHeads are role nouns whose modifiers only say which office
// ("energy minister"); other heads ("leader") say too little alone.
var officeHeads = map[string]bool{
	"minister": true, "ministers": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "official": true, "officials": true, "ambassador": true, "envoy": true,
	"adviser": true, "advisor": true, "governor": true, "commander": true, "prosecutor": true,
}

// orgSectors maps lower-case organisation head nouns to sectors.
var orgSectors = map[string]string{}

func init() {
	add := func(sector, words string) {
		for _, w := range strings.Split(words, ",") {
			if w = strings.TrimSpace(w); w != "" {
				orgSectors[w] = sector
			}
		}
	}
	add("GOV", `government,cabinet,ministry,foreign ministry,interior ministry,presidency,administration,kremlin,
		press service,foreign office,state department,council of ministers,regime,authorities,embassy,consulate,
		security council,national security council,security committee,national security committee,security cabinet,war cabinet,
		electoral council,national electoral council,electoral commission,election commission,electoral authority,electoral board,
		presidential office,president's office,presidential palace,prime minister's office,
		monetary policy committee,monetary policy council`)
	add("MIL", `army,military,armed forces,defense ministry,defence ministry,ministry of defense,ministry of defence,general staff,
		navy,air force,forces,troops,marines,national guard,military command,joint chiefs,junta,military junta`)
	add("LEG", `parliament,senate,congress,duma,state duma,assembly,national assembly,house of representatives,legislature,knesset,majlis`)
	add("JUD", `court,supreme court,constitutional court,tribunal,judiciary,prosecutor's office`)
	add("COP", `police,security forces,security service,interior troops,gendarmerie`)
	add("SPY", `intelligence service,intelligence agency,secret service`)
	add("MED", `news agency,newspaper,agency,television,broadcaster,radio,media,news`)
	add("BUS", `company,bank,corporation,firm,group,holding,companies,firms,corporations,defence companies,defense companies,defence firms,defense firms`)
	add("PTY", `party`)
	add("REB", `rebels,rebel group,militia,insurgents`)
	add("OPP", `opposition`)
	add("EDU", `university,school,college,institute`)
	add("NGO", `foundation,charity,committee,watch,rights group,human rights group,aid group,aid agency,campaign group,advocacy group,
		pressure group,monitoring group`)
}

// OrgSector returns the sector of a lower-case organisation head noun
// ("defense ministry", "army"), trying the longest match at the end first.
func OrgSector(name string) (string, bool) {
	low := strings.ToLower(name)
	if singleSpaced(low) {
		// the word sequences from each word to the end are the suffixes
		// that start after a space: no need to split and join
		for i := 0; i < len(low); i++ {
			if i > 0 && low[i-1] != ' ' {
				continue
			}
			if s, ok := orgSectors[low[i:]]; ok {
				return s, true
			}
		}
		return "", false
	}
	words := strings.Fields(low)
	for i := 0; i < len(words); i++ {
		if s, ok := orgSectors[strings.Join(words[i:], " ")]; ok {
			return s, true
		}
	}
	return "", false
}

// Org is an organisation known by name, with its CAMEO code.
type Org struct {
	Name    string // canonical name
	Code    string // full code: "IGOUNO", "RUSMED", "RUSGOV"
	Country string // ISO alpha-3 where the code has one
	Sector  string
	Type    string // OntoNotes type: ORG, GPE, FAC
}

var orgs = map[string]Org{}

// addOrg adds the organisations that share a code. names lists them
// separated by ";", each as its names separated by "|", the canonical one
// first: "Reuters; BBC" are two organisations, "BBC|British Broadcasting
// Corporation" one.
func addOrg(code, country, sector, typ, names string) {
	for _, org := range strings.Split(names, ";") {
		list := strings.Split(org, "|")
		canon := strings.TrimSpace(list[0])
		for _, n := range list {
			orgs[strings.ToLower(strings.TrimSpace(n))] = Org{Name: canon, Code: code, Country: country, Sector: sector, Type: typ}
		}
	}
}

func init() {
	// international organisations
	addOrg("IGOUNO", "", "IGO", "ORG", "United Nations|UN|U.N.|the United Nations; UN Security Council|U.N. Security Council|United Nations Security Council|Security Council; UN General Assembly|U.N. General Assembly|United Nations General Assembly|General Assembly")
	addOrg("IGOWSTNAT", "", "IGO", "ORG", "NATO|North Atlantic Treaty Organization|the Alliance")
	addOrg("IGOEUREEC", "", "IGO", "ORG", "European Union|EU|E.U.; European Commission; European Parliament; European Council")
	addOrg("IGOAFRAFU", "", "IGO", "ORG", "African Union|AU")
	addOrg("IGOUNOJUDICJ", "", "IGO", "ORG", "International Court of Justice|ICJ|World Court")
	addOrg("IGOCRB", "", "IGO", "ORG", "Caribbean Community|CARICOM")
	addOrg("IGOOAS", "", "IGO", "ORG", "Organization of American States|OAS|Organisation of American States")
	addOrg("IGOMEAARL", "", "IGO", "ORG", "Arab League|League of Arab States")
	addOrg("IGOUNOWHO", "", "IGO", "ORG", "World Health Organization|WHO")
	addOrg("IGOUNOIAEA", "", "IGO", "ORG", "International Atomic Energy Agency|IAEA")
	addOrg("IGOWTO", "", "IGO", "ORG", "World Trade Organization|WTO")
	addOrg("IGOIMF", "", "IGO", "ORG", "International Monetary Fund|IMF")
	addOrg("IGOWBK", "", "IGO", "ORG", "World Bank")
	addOrg("IGOOSCE", "", "IGO", "ORG", "OSCE|Organization for Security and Co-operation in Europe")
	addOrg("IGOOPEC", "", "IGO", "ORG", "OPEC")
	addOrg("IGOASEAN", "", "IGO", "ORG", "ASEAN|Association of Southeast Asian Nations")
	addOrg("NGOIRC", "", "NGO", "ORG", "Red Cross|International Committee of the Red Cross|ICRC; Red Crescent")
	addOrg("NGOAMN", "", "NGO", "ORG", "Amnesty International|Amnesty")
	addOrg("NGOHRW", "", "NGO", "ORG", "Human Rights Watch|HRW")
	// armed groups: country + REB where one country is theirs, IMG
	// (CAMEO's transnational militarized group) where none is
	addOrg("AFGREB", "AFG", "REB", "ORG", "Taliban|the Taliban|Afghan Taliban|Taleban")
	addOrg("PAKREB", "PAK", "REB", "ORG", "Pakistani Taliban|Tehrik-i-Taliban|Tehreek-e-Taliban")
	addOrg("PSEREB", "PSE", "REB", "ORG", "Hamas; Islamic Jihad|Palestinian Islamic Jihad")
	addOrg("LBNREB", "LBN", "REB", "ORG", "Hezbollah|Hizbollah|Hizbullah|Hizballah")
	addOrg("NGAREB", "NGA", "REB", "ORG", "Boko Haram")
	addOrg("SOMREB", "SOM", "REB", "ORG", "al-Shabab|al-Shabaab|Al Shabaab|Al-Shabaab|al Shabab|Shabaab")
	addOrg("YEMREB", "YEM", "REB", "ORG", "Houthis|the Houthis|Houthi|Houthi rebels|Huthis|Ansarullah|Ansar Allah")
	addOrg("TURREB", "TUR", "REB", "ORG", "PKK|Kurdistan Workers' Party|Kurdistan Workers Party")
	addOrg("COLREB", "COL", "REB", "ORG", "FARC|Revolutionary Armed Forces of Colombia; ELN|National Liberation Army")
	addOrg("SYRREB", "SYR", "REB", "ORG", "Free Syrian Army; Nusra Front|al-Nusra Front|Jabhat al-Nusra; YPG; Syrian Democratic Forces")
	addOrg("CODREB", "COD", "REB", "ORG", "M23|March 23 Movement|M23 rebels")
	addOrg("UGAREB", "UGA", "REB", "ORG", "Lord's Resistance Army|LRA")
	addOrg("MMRREB", "MMR", "REB", "ORG", "Arakan Army; Kachin Independence Army")
	addOrg("PHLREB", "PHL", "REB", "ORG", "Abu Sayyaf; New People's Army")
	addOrg("PERREB", "PER", "REB", "ORG", "Shining Path")
	addOrg("PAKREB", "PAK", "REB", "ORG", "Baloch Liberation Army")
	addOrg("IMGREB", "", "REB", "ORG", "Islamic State|ISIS|ISIL|Daesh; al-Qaeda|al Qaeda|al-Qaida|Al-Qaeda|Al Qaeda")
	// government seats and metonyms
	addOrg("RUSGOV", "RUS", "GOV", "ORG", "Kremlin|the Kremlin")
	addOrg("USAGOV", "USA", "GOV", "ORG", "White House|the White House; State Department|US State Department")
	addOrg("USAMIL", "USA", "MIL", "ORG", "Pentagon|the Pentagon")
	addOrg("USACOP", "USA", "COP", "ORG", "FBI|Federal Bureau of Investigation|the FBI; DEA|Drug Enforcement Administration")
	addOrg("RUSSPY", "RUS", "SPY", "ORG", "Federal Security Service|FSB|Russian Federal Security Service; SVR|Foreign Intelligence Service")
	addOrg("RUSJUD", "RUS", "JUD", "ORG", "Investigative Committee|Russia's Investigative Committee|Investigative Committee of Russia")
	addOrg("UKRSPY", "UKR", "SPY", "ORG", "SBU|Security Service of Ukraine")
	addOrg("ISRSPY", "ISR", "SPY", "ORG", "Mossad; Shin Bet")
	addOrg("GBRSPY", "GBR", "SPY", "ORG", "MI5; MI6")
	addOrg("USASPY", "USA", "SPY", "ORG", "CIA|Central Intelligence Agency|the CIA; NSA|National Security Agency")
	addOrg("USAJUD", "USA", "JUD", "ORG", "Justice Department|Department of Justice|US Justice Department")
	addOrg("USAPTY", "USA", "PTY", "ORG", "Republican Party|GOP; Republican National Committee|RNC; Democratic Party; Democratic National Committee|DNC")
	addOrg("GBRGOV", "GBR", "GOV", "ORG", "Downing Street; Foreign Office; Whitehall")
	addOrg("GBRPTY", "GBR", "PTY", "ORG", "Labour Party|Labour|the Labour Party; Conservative Party|Conservatives|Tory Party|Tories; Liberal Democrats|Lib Dems; UK Independence Party|UKIP; Scottish National Party|SNP")
	// parties of other European states, coded as parties of their state
	addOrg("FRAPTY", "FRA", "PTY", "ORG", "National Rally|Rassemblement National|Front National; Renaissance party; Socialist Party of France; The Republicans|Les Republicains; France Unbowed|La France Insoumise; New Popular Front")
	addOrg("DEUPTY", "DEU", "PTY", "ORG", "Christian Democratic Union|CDU; Christian Social Union|CSU; SPD; Alternative for Germany|AfD; Free Democratic Party|FDP")
	addOrg("ITAPTY", "ITA", "PTY", "ORG", "Brothers of Italy|Fratelli d'Italia; Five Star Movement; Northern League|Lega; Forza Italia")
	addOrg("HUNPTY", "HUN", "PTY", "ORG", "Fidesz")
	addOrg("POLPTY", "POL", "PTY", "ORG", "Law and Justice|PiS; Civic Platform")
	addOrg("ESPPTY", "ESP", "PTY", "ORG", "Spanish Socialist Workers' Party|PSOE; Partido Popular")
	addOrg("FRAGOV", "FRA", "GOV", "ORG", "Elysee|Élysée|Elysee Palace; Quai d'Orsay")
	addOrg("CHNGOV", "CHN", "GOV", "ORG", "Zhongnanhai")
	// central banks, coded as their state's government (as ICEWS does);
	// the European Central Bank as the EU's
	addOrg("GBRGOV", "GBR", "GOV", "ORG", "Bank of England")
	addOrg("USAGOV", "USA", "GOV", "ORG", "Federal Reserve|the Fed|US Federal Reserve|U.S. Federal Reserve")
	addOrg("JPNGOV", "JPN", "GOV", "ORG", "Bank of Japan")
	addOrg("CHNGOV", "CHN", "GOV", "ORG", "People's Bank of China")
	addOrg("RUSGOV", "RUS", "GOV", "ORG", "Bank of Russia|Central Bank of Russia")
	addOrg("IGOEUREEC", "", "IGO", "ORG", "European Central Bank|ECB")
	// news agencies and broadcasters
	addOrg("RUSMED", "RUS", "MED", "ORG", "TASS|ITAR-TASS; RIA Novosti|RIA; Interfax; Sputnik; RT|Russia Today")
	addOrg("USAMED", "USA", "MED", "ORG", "Associated Press|AP; CNN; The New York Times|New York Times; Washington Post; Bloomberg; Fox News; NBC; CBS; ABC News; Wall Street Journal|The Wall Street Journal|WSJ; Politico; Axios; Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL")
	addOrg("GBRMED", "GBR", "MED", "ORG", "Reuters; BBC; The Guardian; Financial Times")
	addOrg("FRAMED", "FRA", "MED", "ORG", "AFP|Agence France-Presse; Le Monde")
	addOrg("CHNMED", "CHN", "MED", "ORG", "Xinhua; CCTV; Global Times; People's Daily")
	addOrg("SYRMED", "SYR", "MED", "ORG", "SANA")
	addOrg("TURMED", "TUR", "MED", "ORG", "Anadolu|Anadolu Agency")
	addOrg("IRNMED", "IRN", "MED", "ORG", "IRNA; Fars; Tasnim; Press TV")
	addOrg("QATMED", "QAT", "MED", "ORG", "Al Jazeera")
	addOrg("KORMED", "KOR", "MED", "ORG", "Yonhap")
	addOrg("PRKMED", "PRK", "MED", "ORG", "KCNA")
	addOrg("JPNMED", "JPN", "MED", "ORG", "Kyodo; NHK")
	addOrg("DEUMED", "DEU", "MED", "ORG", "Deutsche Welle; DPA; Der Spiegel")
	addOrg("UKRMED", "UKR", "MED", "ORG", "Ukrinform; UNIAN")
	addOrg("ISRMED", "ISR", "MED", "ORG", "Haaretz; Times of Israel")
}

// LookupOrg returns a known organisation by name (case-insensitive).
func LookupOrg(name string) (Org, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	o, ok := orgs[n]
	if !ok && strings.HasPrefix(n, "the ") {
		o, ok = orgs[n[4:]]
	}
	return o, ok
}

// Pronoun describes a personal pronoun.
type Pronoun struct {
	Person int    // 1, 2 or 3
	Gender string // "m", "f", "n" or "" (any)
	Plural bool
}

var pronouns = map[string]Pronoun{
	"i": {1, "", false}, "me": {1, "", false}, "my": {1, "", false}, "myself": {1, "", false},
	"we": {1, "", true}, "us": {1, "", true}, "our": {1, "", true},
	"you": {2, "", false}, "your": {2, "", false},
	"he": {3, "m", false}, "him": {3, "m", false}, "his": {3, "m", false}, "himself": {3, "m", false},
	"she": {3, "f", false}, "her": {3, "f", false}, "hers": {3, "f", false}, "herself": {3, "f", false},
	"it": {3, "n", false}, "its": {3, "n", false},
	"they": {3, "", true}, "them": {3, "", true}, "their": {3, "", true},
}

// LookupPronoun describes a pronoun (case-insensitive).
func LookupPronoun(w string) (Pronoun, bool) {
	if len(w) <= 8 {
		// ASCII words (nearly all) are lower-cased on the stack
		var b [8]byte
		ascii := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if ascii {
			p, ok := pronouns[string(b[:len(w)])]
			return p, ok
		}
	} else if isASCII(w) {
		return Pronoun{}, false // no pronoun is that long
	}
	p, ok := pronouns[strings.ToLower(w)]
	return p, ok
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if w == "of" || w == "the" {
			continue
		}
		if strings.Count(w, ".") > 1 {
			ws[i] = strings.ToUpper(w) // "U.S.", not "U.s."
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// singleSpaced reports whether s is words separated by single spaces: no
// other white space, none at either end, which strings.Fields would drop
// or merge.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && s[i+1] == ' ':
			return false
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c >= 0x80:
			return false // other white space, or a multi-byte rune that may be some
		}
	}
	return true
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
