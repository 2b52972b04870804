package gazetteer

import "strings"

// countryDemonyms holds, per ISO alpha-3 code, the adjectives and demonyms
// news uses for a country's people and things, comma-separated. Plurals
// ("Russians", "Iraqis", "Frenchmen") are derived by demonymForms.
var countryDemonyms = parseTable(`
AND: Andorran
ARE: Emirati, Emirian
AFG: Afghan, Afghani
ATG: Antiguan, Barbudan
AIA: Anguillan
ALB: Albanian
ARM: Armenian
AGO: Angolan
ATA: Antarctic
ARG: Argentine, Argentinian, Argentinean
ASM: American Samoan
AUT: Austrian
AUS: Australian, Aussie
ABW: Aruban
ALA: Alandish
AZE: Azerbaijani, Azeri
BIH: Bosnian, Herzegovinian
BRB: Barbadian, Bajan
BGD: Bangladeshi
BEL: Belgian
BFA: Burkinabe, Burkinabè
BGR: Bulgarian
BHR: Bahraini
BDI: Burundian
BEN: Beninese
BLM: Barthelemois
BMU: Bermudian
BRN: Bruneian
BOL: Bolivian
BES: Bonairean
BRA: Brazilian
BHS: Bahamian
BTN: Bhutanese
BVT: Bouvet Islander
BWA: Botswanan, Motswana, Batswana
BLR: Belarusian, Belarussian, Byelorussian
BLZ: Belizean
CAN: Canadian
CCK: Cocos Islander
COD: Congolese
CAF: Central African
COG: Congolese
CHE: Swiss
CIV: Ivorian
COK: Cook Islander
CHL: Chilean
CMR: Cameroonian
CHN: Chinese
COL: Colombian
CRI: Costa Rican
CUB: Cuban
CPV: Cape Verdean, Cabo Verdean
CUW: Curacaoan
CXR: Christmas Islander
CYP: Cypriot, Greek Cypriot, Turkish Cypriot
CZE: Czech
DEU: German
DJI: Djiboutian
DNK: Danish, Dane
DMA: Dominican Islander
DOM: Dominican
DZA: Algerian
ECU: Ecuadorian, Ecuadorean
EST: Estonian
EGY: Egyptian
ESH: Sahrawi, Western Saharan
ERI: Eritrean
ESP: Spanish, Spaniard
ETH: Ethiopian
FIN: Finnish, Finn
FJI: Fijian
FLK: Falkland Islander
FSM: Micronesian
FRO: Faroese
FRA: French, Frenchman, Frenchwoman
GAB: Gabonese
GBR: British, Briton, Brit, UK-based
GRD: Grenadian
GEO: Georgian
GUF: French Guianese
GGY: Guernseyman
GHA: Ghanaian
GIB: Gibraltarian
GRL: Greenlandic, Greenlander
GMB: Gambian
GIN: Guinean
GLP: Guadeloupean
GNQ: Equatorial Guinean, Equatoguinean
GRC: Greek, Hellenic
SGS: South Georgian
GTM: Guatemalan
GUM: Guamanian
GNB: Bissau-Guinean
GUY: Guyanese
HKG: Hongkonger, Hong Konger
HMD: Heard Islander
HND: Honduran
HRV: Croatian, Croat
HTI: Haitian
HUN: Hungarian
IDN: Indonesian
IRL: Irish, Irishman, Irishwoman
ISR: Israeli
IMN: Manx
IND: Indian
IOT: Chagossian
IRQ: Iraqi
IRN: Iranian, Persian
ISL: Icelandic, Icelander
ITA: Italian
JEY: Jerseyman
JAM: Jamaican
JOR: Jordanian
JPN: Japanese
KEN: Kenyan
KGZ: Kyrgyz, Kyrgyzstani, Kirghiz
KHM: Cambodian, Khmer
KIR: I-Kiribati
COM: Comoran, Comorian
KNA: Kittitian, Nevisian
PRK: North Korean
KOR: South Korean, Korean
XKX: Kosovar, Kosovan
KWT: Kuwaiti
CYM: Caymanian
KAZ: Kazakh, Kazakhstani, Kazak
LAO: Laotian, Lao
LBN: Lebanese
LCA: Saint Lucian
LIE: Liechtensteiner
LKA: Sri Lankan
LBR: Liberian
LSO: Basotho, Mosotho
LTU: Lithuanian
LUX: Luxembourgish, Luxembourger
LVA: Latvian
LBY: Libyan
MAR: Moroccan
MCO: Monegasque, Monacan
MDA: Moldovan
MNE: Montenegrin
MAF: Saint-Martinoise
MDG: Malagasy
MHL: Marshallese
MKD: Macedonian, North Macedonian
MLI: Malian
MMR: Burmese
MNG: Mongolian
MAC: Macanese
MNP: Northern Marianan
MTQ: Martiniquais
MRT: Mauritanian
MSR: Montserratian
MLT: Maltese
MUS: Mauritian
MDV: Maldivian
MWI: Malawian
MEX: Mexican
MYS: Malaysian
MOZ: Mozambican
NAM: Namibian
NCL: New Caledonian
NER: Nigerien
NFK: Norfolk Islander
NGA: Nigerian
NIC: Nicaraguan
NLD: Dutch, Dutchman, Dutchwoman, Netherlander
NOR: Norwegian
NPL: Nepalese, Nepali
NRU: Nauruan
NIU: Niuean
NZL: New Zealander
OMN: Omani
PAN: Panamanian
PER: Peruvian
PYF: French Polynesian
PNG: Papua New Guinean
PHL: Filipino, Philippine, Filipina
PAK: Pakistani
POL: Polish, Pole
SPM: Saint-Pierrais
PCN: Pitcairn Islander
PRI: Puerto Rican
PSE: Palestinian
PRT: Portuguese
PLW: Palauan
PRY: Paraguayan
QAT: Qatari
REU: Reunionese
ROU: Romanian
SRB: Serbian, Serb
RUS: Russian, Soviet
RWA: Rwandan, Rwandese
SAU: Saudi, Saudi Arabian
SLB: Solomon Islander
SYC: Seychellois
SDN: Sudanese
SSD: South Sudanese
SWE: Swedish, Swede
SGP: Singaporean
SHN: Saint Helenian
SVN: Slovenian, Slovene
SJM: 
SVK: Slovak, Slovakian
SLE: Sierra Leonean
SMR: Sammarinese
SEN: Senegalese
SOM: Somali, Somalian
SUR: Surinamese
STP: Sao Tomean
SLV: Salvadoran, Salvadorean
SXM: Sint Maartener
SYR: Syrian
SWZ: Swazi, Emaswati
TCA: Turks and Caicos Islander
TCD: Chadian
ATF: French Southern
TGO: Togolese
THA: Thai
TJK: Tajik, Tajikistani
TKL: Tokelauan
TLS: Timorese, East Timorese
TKM: Turkmen, Turkmenistani
TUN: Tunisian
TON: Tongan
TUR: Turkish, Turk
TTO: Trinidadian, Tobagonian
TUV: Tuvaluan
TWN: Taiwanese
TZA: Tanzanian
UKR: Ukrainian
UGA: Ugandan
USA: American, U.S.-based, US-based
UMI: 
URY: Uruguayan
UZB: Uzbek, Uzbekistani
VAT: 
VCT: Vincentian
VEN: Venezuelan
VGB: British Virgin Islander
VIR: US Virgin Islander
VNM: Vietnamese
VUT: Ni-Vanuatu, Vanuatuan
WLF: Wallisian, Futunan
WSM: Samoan
YEM: Yemeni, Yemenite
MYT: Mahoran
ZAF: South African
ZMB: Zambian
ZWE: Zimbabwean
`)

// parseTable reads "KEY: value" lines.
func parseTable(s string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m
}
