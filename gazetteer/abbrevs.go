package gazetteer

// adminAbbrev lists the short forms of one first-level region.
type adminAbbrev struct {
	iso3, code string
	names      []string
}

// adminAbbrevs are the AP-style and postal abbreviations of US states,
// Canadian provinces and Australian states, as datelines and "City, ST"
// appositions use them.
// Two-letter postal codes that are ordinary words ("IN", "OR", "ME", ...)
// are left out; the resolver reads them in "City, ST" context instead.
var adminAbbrevs = []adminAbbrev{
	{"USA", "AL", []string{"Ala."}}, {"USA", "AK", []string{"AK"}}, {"USA", "AZ", []string{"Ariz.", "AZ"}},
	{"USA", "AR", []string{"Ark."}}, {"USA", "CA", []string{"Calif.", "Cal."}}, {"USA", "CO", []string{"Colo."}},
	{"USA", "CT", []string{"Conn.", "CT"}}, {"USA", "DE", []string{"Del."}}, {"USA", "FL", []string{"Fla.", "FL"}},
	{"USA", "GA", []string{"Ga."}}, {"USA", "HI", []string{}}, {"USA", "ID", []string{}},
	{"USA", "IL", []string{"Ill.", "IL"}}, {"USA", "IN", []string{"Ind."}}, {"USA", "IA", []string{"IA"}},
	{"USA", "KS", []string{"Kan.", "Kans.", "KS"}}, {"USA", "KY", []string{"Ky.", "KY"}}, {"USA", "LA", []string{"La."}},
	{"USA", "ME", []string{}}, {"USA", "MD", []string{"Md.", "MD"}}, {"USA", "MA", []string{"Mass."}},
	{"USA", "MI", []string{"Mich.", "MI"}}, {"USA", "MN", []string{"Minn.", "MN"}}, {"USA", "MS", []string{"Miss."}},
	{"USA", "MO", []string{"Mo."}}, {"USA", "MT", []string{"Mont.", "MT"}}, {"USA", "NE", []string{"Neb.", "Nebr."}},
	{"USA", "NV", []string{"Nev.", "NV"}}, {"USA", "NH", []string{"N.H.", "NH"}}, {"USA", "NJ", []string{"N.J.", "NJ"}},
	{"USA", "NM", []string{"N.M.", "N.Mex.", "NM"}}, {"USA", "NY", []string{"N.Y.", "NY", "New York State"}},
	{"USA", "NC", []string{"N.C.", "NC"}}, {"USA", "ND", []string{"N.D.", "N.Dak."}}, {"USA", "OH", []string{}},
	{"USA", "OK", []string{"Okla."}}, {"USA", "OR", []string{"Ore.", "Oreg."}}, {"USA", "PA", []string{"Pa.", "Penn.", "Penna."}},
	{"USA", "RI", []string{"R.I.", "RI"}}, {"USA", "SC", []string{"S.C.", "SC"}}, {"USA", "SD", []string{"S.D.", "S.Dak.", "SD"}},
	{"USA", "TN", []string{"Tenn.", "TN"}}, {"USA", "TX", []string{"Tex.", "TX"}}, {"USA", "UT", []string{}},
	{"USA", "VT", []string{"Vt.", "VT"}}, {"USA", "VA", []string{"Va."}}, {"USA", "WA", []string{"Wash.", "Washington State"}},
	{"USA", "WV", []string{"W.Va.", "W. Va.", "WV"}}, {"USA", "WI", []string{"Wis.", "Wisc.", "WI"}},
	{"USA", "WY", []string{"Wyo.", "WY"}}, {"USA", "DC", []string{"D.C.", "DC", "District of Columbia"}},
	{"CAN", "01", []string{"Alta."}}, {"CAN", "02", []string{"B.C.", "BC"}}, {"CAN", "03", []string{"Man."}},
	{"CAN", "04", []string{"N.B."}}, {"CAN", "05", []string{"Nfld.", "Newfoundland", "N.L."}},
	{"CAN", "07", []string{"N.S."}}, {"CAN", "08", []string{"Ont."}}, {"CAN", "09", []string{"P.E.I.", "PEI"}},
	{"CAN", "10", []string{"Que.", "Québec"}}, {"CAN", "11", []string{"Sask."}},
	{"CAN", "13", []string{"N.W.T.", "NWT"}},
	{"AUS", "02", []string{"NSW", "N.S.W."}}, {"AUS", "04", []string{"Qld", "Qld.", "QLD"}}, {"AUS", "07", []string{"Vic."}},
	{"AUS", "03", []string{"N.T."}}, {"AUS", "08", []string{"WA", "W.A."}}, {"AUS", "01", []string{"ACT", "A.C.T."}},
	{"AUS", "06", []string{"Tas."}},
}

// usPostal maps every US two-letter postal code to its GeoNames admin1
// code (they are the same); the resolver uses it for "City, ST".
var usPostal = map[string]bool{
	"AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true, "DE": true, "FL": true,
	"GA": true, "HI": true, "ID": true, "IL": true, "IN": true, "IA": true, "KS": true, "KY": true, "LA": true,
	"ME": true, "MD": true, "MA": true, "MI": true, "MN": true, "MS": true, "MO": true, "MT": true, "NE": true,
	"NV": true, "NH": true, "NJ": true, "NM": true, "NY": true, "NC": true, "ND": true, "OH": true, "OK": true,
	"OR": true, "PA": true, "RI": true, "SC": true, "SD": true, "TN": true, "TX": true, "UT": true, "VT": true,
	"VA": true, "WA": true, "WV": true, "WI": true, "WY": true, "DC": true,
}

// USState returns the US state whose postal code is code ("TX"), for
// "Paris, TX" appositions.
func (g *Gazetteer) USState(code string) (Place, bool) {
	if !usPostal[code] {
		return Place{}, false
	}
	return g.Admin1("USA", code)
}

// admin1Points overrides the generated representative point of regions
// whose populated places sit far from their middle (ISO3.code -> lat, lon).
var admin1Points = parsePoints(`
USA.AL 32.75 -86.75; USA.AK 64 -150; USA.AZ 34.5 -111.5; USA.AR 34.75 -92.5; USA.CA 37.25 -119.75;
USA.CO 39 -105.5; USA.CT 41.67 -72.67; USA.DE 39 -75.5; USA.DC 38.9 -77.02; USA.FL 28.75 -82.5;
USA.GA 32.75 -83.5; USA.HI 20.75 -156.5; USA.ID 44.5 -114.25; USA.IL 40 -89.25; USA.IN 40 -86.25;
USA.IA 42 -93.5; USA.KS 38.5 -98.5; USA.KY 38 -85; USA.LA 31 -92; USA.ME 45.5 -69.25; USA.MD 39 -76.75;
USA.MA 42.37 -71.9; USA.MI 44.25 -85.5; USA.MN 46.25 -94.25; USA.MS 32.75 -89.75; USA.MO 38.25 -92.5;
USA.MT 47 -109.5; USA.NE 41.5 -99.75; USA.NV 39.25 -116.75; USA.NH 43.67 -71.5; USA.NJ 40.17 -74.5;
USA.NM 34.5 -106; USA.NY 43 -75.5; USA.NC 35.5 -80; USA.ND 47.5 -100.5; USA.OH 40.25 -82.75;
USA.OK 35.5 -97.5; USA.OR 44 -120.5; USA.PA 40.75 -77.75; USA.RI 41.75 -71.5; USA.SC 34 -81;
USA.SD 44.5 -100.25; USA.TN 35.75 -86.25; USA.TX 31.25 -99.25; USA.UT 39.25 -111.75; USA.VT 44 -72.75;
USA.VA 37.5 -78.5; USA.WA 47.5 -120.5; USA.WV 38.5 -80.5; USA.WI 44.5 -90; USA.WY 43 -107.5;
CAN.01 52.28 -117.47; CAN.02 54 -125; CAN.03 55 -97; CAN.04 46.5 -66; CAN.05 52 -56; CAN.07 45 -63;
CAN.08 49.25 -84.5; CAN.09 46.25 -63.25; CAN.10 52 -72; CAN.11 54 -106; CAN.12 63.5 -135.5;
CAN.13 64.8 -124.9; CAN.14 70 -90;
AUS.01 -35.5 149; AUS.02 -33 146; AUS.03 -20 134; AUS.04 -20 145; AUS.05 -30 135; AUS.06 -42 147;
AUS.07 -37 144; AUS.08 -25 122;
GBR.ENG 52.16 -0.7; GBR.SCT 56.5 -4; GBR.WLS 52.5 -3.5; GBR.NIR 54.61 -6.61
`)

// Acronym reports whether a name is written as an acronym: two to four
// capital letters, points allowed ("OAS", "NSW", "U.S.", "UK"), as places
// and countries are abbreviated.
func Acronym(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 4
}
