package events

import "github.com/dateline-news/dateline/doc"

// cameoInfo is what Dateline needs to know about a CAMEO code: its PLOVER
// type and mode, and its Goldstein scale value. Codes, meanings and values
// are those of the CAMEO codebook and the PLOVER conversion table.
type cameoInfo struct {
	plover    string
	mode      string
	context   string
	goldstein float64
}

var cameo = map[string]cameoInfo{
	"020": {"REQUEST", "", "", 3}, "021": {"REQUEST", "assist", "", 3.4}, "022": {"REQUEST", "assist", "diplomatic", 3.4},
	"023": {"REQUEST", "assist", "", 3.4}, "024": {"REQUEST", "change", "political_institutions", -0.3}, "025": {"REQUEST", "yield", "", -0.3},
	"026": {"REQUEST", "meet", "diplomatic", 4}, "027": {"REQUEST", "meet", "diplomatic", 4}, "028": {"REQUEST", "meet", "diplomatic", 4},
	"030": {"AGREE", "", "diplomatic", 4}, "031": {"AGREE", "", "diplomatic", 5.2}, "032": {"AGREE", "", "diplomatic", 4.5},
	"033": {"AGREE", "", "diplomatic", 5.2}, "035": {"AGREE", "", "", 7}, "036": {"AGREE", "", "diplomatic", 4},
	"037": {"AGREE", "", "diplomatic", 5}, "039": {"AGREE", "", "diplomatic", 5},
	"040": {"CONSULT", "", "", 1}, "041": {"CONSULT", "phone", "", 1}, "042": {"CONSULT", "visit", "", 1.9},
	"043": {"CONSULT", "visit", "", 2.8}, "044": {"CONSULT", "third-party", "", 2.5}, "045": {"CONSULT", "", "diplomatic", 5},
	"046": {"CONSULT", "", "diplomatic", 7},
	"050": {"SUPPORT", "", "diplomatic", 3.5}, "051": {"SUPPORT", "", "diplomatic", 3.4}, "052": {"SUPPORT", "", "diplomatic", 3.5},
	"053": {"SUPPORT", "", "diplomatic", 3.8}, "054": {"SUPPORT", "", "diplomatic", 6}, "055": {"SUPPORT", "", "diplomatic", 7},
	"056": {"SUPPORT", "", "diplomatic", 7}, "057": {"SUPPORT", "", "diplomatic", 8},
	"060": {"COOPERATE", "", "", 6}, "061": {"COOPERATE", "", "economic", 6.4}, "062": {"COOPERATE", "", "military", 7.4},
	"063": {"COOPERATE", "", "legal", 7.4}, "064": {"COOPERATE", "", "intelligence", 7},
	"070": {"AID", "", "", 7}, "071": {"AID", "", "economic", 7.4}, "072": {"AID", "", "military", 8.3},
	"073": {"AID", "", "humanitarian", 7.4}, "074": {"AID", "", "peacekeeping", 8.5}, "075": {"AID", "", "asylum", 7},
	"080": {"CONCEDE", "", "", 5}, "081": {"CONCEDE", "", "legal", 5}, "083": {"CONCEDE", "", "political_institutions", 5},
	"084": {"RETREAT", "release", "legal", 7}, "085": {"RETREAT", "ease", "economic", 7}, "086": {"RETREAT", "access", "diplomatic", 9},
	"087": {"RETREAT", "disarm", "military", 9}, "0871": {"RETREAT", "ceasefire", "military", 9}, "0874": {"RETREAT", "withdraw", "military", 9},
	"090": {"ACCUSE", "investigate", "", -2},
	"100": {"REQUEST", "", "", -5}, "105": {"REQUEST", "change", "legal", -5}, "106": {"REQUEST", "meet", "diplomatic", -5},
	"110": {"ACCUSE", "disapprove", "", -2}, "111": {"ACCUSE", "disapprove", "", -2}, "112": {"ACCUSE", "disapprove", "", -2},
	"114": {"ACCUSE", "allege", "diplomatic", -2}, "115": {"ACCUSE", "allege", "legal", -2}, "116": {"ACCUSE", "disapprove", "legal", -2},
	"152": {"MOBILIZE", "troops", "military", -7.2}, "162": {"SANCTION", "discontinue", "human_security", -5.6},
	"164": {"SANCTION", "withdraw", "diplomatic", -6.5}, "191": {"COERCE", "restrict", "military", -9.5},
	"120": {"REJECT", "", "", -4}, "125": {"REJECT", "meet", "diplomatic", -5}, "128": {"REJECT", "yield", "legal", -5}, "129": {"REJECT", "yield", "diplomatic", -5},
	"130": {"THREATEN", "", "", -4.4}, "138": {"THREATEN", "violence", "military", -7}, "132": {"THREATEN", "ban", "executive", -5.8},
	"137": {"THREATEN", "violence", "", -7}, "139": {"THREATEN", "relations", "diplomatic", -7},
	"131": {"THREATEN", "", "", -5.8}, "1312": {"THREATEN", "restrict", "economic", -5.8}, "1313": {"THREATEN", "relations", "diplomatic", -5.8},
	"140": {"PROTEST", "", "", -6.5}, "141": {"PROTEST", "demo", "", -6.5}, "143": {"PROTEST", "boycott", "", -6.5}, "145": {"PROTEST", "riot", "", -7.5},
	"150": {"MOBILIZE", "", "", -7.2}, "154": {"MOBILIZE", "troops", "military", -7.2},
	"160": {"SANCTION", "", "", -4}, "161": {"SANCTION", "withdraw", "diplomatic", -4}, "163": {"COERCE", "restrict", "diplomatic", -8},
	"166": {"SANCTION", "expel", "diplomatic", -7},
	"170": {"COERCE", "", "", -7}, "171": {"COERCE", "seize", "", -9.2}, "172": {"COERCE", "restrict", "executive", -5},
	"173": {"COERCE", "arrest", "legal", -5}, "174": {"COERCE", "deport", "legal", -5},
	"175": {"ASSAULT", "pro_autocracy", "military", -10},
	"180": {"ASSAULT", "", "", -9}, "181": {"ASSAULT", "abduct", "", -9}, "182": {"ASSAULT", "beat", "", -9.5},
	"183": {"ASSAULT", "suicide-attack", "", -10}, "186": {"ASSAULT", "assassinate", "", -10},
	"190": {"ASSAULT", "", "military", -10}, "192": {"COERCE", "seize", "military", -9.5}, "193": {"ASSAULT", "firearms", "military", -10},
	"194": {"ASSAULT", "heavy-weapons", "military", -10}, "195": {"ASSAULT", "heavy-weapons", "military", -10},
	"200": {"ASSAULT", "massacre", "military", -10},
}

// quadClass is GDELT's QuadClass of a CAMEO code: 1 verbal cooperation
// (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-14),
// 4 material conflict (15-20).
func quadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root := (int(code[0]-'0'))*10 + int(code[1]-'0')
	switch {
	case root <= 5:
		return 1
	case root <= 8:
		return 2
	case root <= 14:
		return 3
	}
	return 4
}

// rootInfo gives the PLOVER type and the CAMEO root's Goldstein value for
// codes the table above does not list (from user dictionaries).
var rootInfo = map[string]cameoInfo{
	"02": {"REQUEST", "", "", 3}, "03": {"AGREE", "", "", 4}, "04": {"CONSULT", "", "", 1}, "05": {"SUPPORT", "", "", 3.5},
	"06": {"COOPERATE", "", "", 6}, "07": {"AID", "", "", 7}, "08": {"CONCEDE", "", "", 5}, "09": {"ACCUSE", "investigate", "", -2},
	"10": {"REQUEST", "", "", -5}, "11": {"ACCUSE", "", "", -2}, "12": {"REJECT", "", "", -4}, "13": {"THREATEN", "", "", -6},
	"14": {"PROTEST", "", "", -6.5}, "15": {"MOBILIZE", "", "", -7.2}, "16": {"SANCTION", "", "", -4}, "17": {"COERCE", "", "", -7},
	"18": {"ASSAULT", "", "", -9}, "19": {"ASSAULT", "", "military", -10}, "20": {"ASSAULT", "", "", -10},
}

// lookupCameo returns what is known of a CAMEO code: its own entry, the
// entry of its three-digit parent, or its root's.
func lookupCameo(code string) (cameoInfo, bool) {
	if info, ok := cameo[code]; ok {
		return info, true
	}
	if len(code) > 3 {
		if info, ok := cameo[code[:3]]; ok {
			return info, true
		}
	}
	if len(code) >= 2 {
		if code[:3] >= "084" && code[:3] <= "087" && len(code) >= 3 {
			return cameoInfo{"RETREAT", "", "", 7}, true
		}
		info, ok := rootInfo[code[:2]]
		return info, ok
	}
	return cameoInfo{}, false
}

// Complete fills an event's PLOVER type, mode, context, Goldstein value and
// QuadClass from its CAMEO code where they are missing. It reports false
// when the code is not one PLOVER covers (public statements, 01x).
func Complete(e *doc.Event) bool {
	info, ok := lookupCameo(e.Cameo)
	if !ok || info.plover == "" {
		return false
	}
	if e.Type == "" {
		e.Type = info.plover
	}
	if e.Mode == "" {
		e.Mode = info.mode
	}
	if len(e.Context) == 0 && info.context != "" {
		e.Context = []string{info.context}
	}
	if e.Goldstein == 0 {
		e.Goldstein = info.goldstein
	}
	if e.QuadClass == 0 {
		e.QuadClass = quadClass(e.Cameo)
	}
	if e.Confidence == 0 {
		e.Confidence = 0.8
	}
	for _, ps := range [][]doc.Participant{e.Actors, e.Recipients} {
		for i := range ps {
			// PETRARCH writes "---" for an unknown country: "---BUS"
			if a := &ps[i].Actor; len(a.Code) >= 3 && a.Code[:3] == "---" {
				a.Code, a.Country = a.Code[3:], ""
			}
		}
	}
	return true
}
