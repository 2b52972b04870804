package gazetteer

// adminAbbrev lists the short forms of one first-level region.
type adminAbbrev struct {
	iso3, code string
	names      []string
}

// adminAbbrevs are the AP-style and postal abbreviations of US states and
// Canadian provinces, as datelines and "City, ST" appositions use them.
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
	{"AUS", "02", []string{"NSW", "N.S.W."}}, {"AUS", "04", []string{"Qld", "Qld."}}, {"AUS", "07", []string{"Vic."}},
	{"AUS", "03", []string{"N.T."}},
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
var admin1Points = map[string][2]float64{}
